import { rmSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { browserScripts, recordBundle, type BrowserScript } from './script-manifest';

// The site's own scripts (lib/browser/), bundled by esbuild into public/assets/ under names that
// carry a hash of their content, so a host may cache them for a year. The pages name them through
// the manifest (script-manifest.ts); `npm run build` bundles once before `next build`, and
// `npm run dev` keeps them bundled as their sources change, so both serve the same files.

const projectRoot = process.cwd();
/** Where the bundles go: public/ is served as it is by `next dev` and copied into out/. */
export const assetsDir = path.join(projectRoot, 'public', 'assets');
const names = Object.keys(browserScripts) as BrowserScript[];

function options(name: BrowserScript): esbuild.BuildOptions {
  return {
    entryPoints: { [name]: path.join(projectRoot, browserScripts[name].source) },
    bundle: true,
    minify: true,
    format: browserScripts[name].format,
    target: ['es2020'],
    outdir: assetsDir,
    entryNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  };
}

/** Records the file esbuild wrote for an entry, from its metafile. */
function record(name: BrowserScript, metafile: esbuild.Metafile) {
  const output = Object.keys(metafile.outputs).find((file) => file.endsWith('.js'));
  if (!output) throw new Error(`esbuild wrote no script for "${name}"`);
  recordBundle(name, path.basename(output));
}

/** Bundles every entry once (`npm run build`), replacing what an earlier run left. */
export async function bundleBrowserScripts() {
  rmSync(assetsDir, { recursive: true, force: true });
  for (const name of names) record(name, (await esbuild.build(options(name))).metafile!);
}

/** Bundles every entry, then again whenever its sources change (`npm run dev`). */
export async function watchBrowserScripts(): Promise<() => Promise<void>> {
  rmSync(assetsDir, { recursive: true, force: true });
  const contexts = await Promise.all(
    names.map((name) =>
      esbuild.context({
        ...options(name),
        plugins: [
          {
            name: 'record',
            setup: (build) =>
              build.onEnd((result) => {
                if (result.metafile) record(name, result.metafile);
              }),
          },
        ],
      }),
    ),
  );
  await Promise.all(contexts.map((context) => context.watch()));
  return async () => {
    await Promise.all(contexts.map((context) => context.dispose()));
  };
}
