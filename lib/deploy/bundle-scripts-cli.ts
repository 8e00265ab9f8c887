// A step of `npm run build`, before `next build`: bundles the site's browser scripts.
import { bundleBrowserScripts } from './browser-scripts';

bundleBrowserScripts().catch((error: unknown) => {
  console.error(`bundling the browser scripts failed: ${String(error)}`);
  process.exitCode = 1;
});
