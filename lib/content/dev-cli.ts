// `npm run dev`: the Next.js preview, plus the content checker run again whenever a file in
// content/ changes, so a staff member sees in the terminal the same messages as `npm run check`
// (for interface strings and figures too, not only for the page open in the browser).
import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { watchBrowserScripts } from '../deploy/browser-scripts';

// The site's browser scripts, bundled as in the build and again as their sources change.
const bundling = watchBrowserScripts();

const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});

let checker: ChildProcess | undefined;
let pending: NodeJS.Timeout | undefined;

/** Runs `npm run check` in a fresh process, so edited figure modules are read anew. */
function check() {
  checker?.kill();
  console.log('\n[content] 正在检查内容 · checking content/ …');
  checker = spawn('npx', ['tsx', 'lib/content/check-cli.ts'], { stdio: 'inherit' });
}

watch('content', { recursive: true }, () => {
  clearTimeout(pending);
  pending = setTimeout(check, 400);
});
check();

const stop = () => {
  checker?.kill();
  next.kill();
  void bundling.then((stopBundling) => stopBundling()).finally(() => process.exit());
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', (code) => process.exit(code ?? 0));
