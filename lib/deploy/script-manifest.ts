import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Which bundle each of the site's browser scripts (lib/browser/) was written to. Kept apart from
// the bundler (browser-scripts.ts) so that the pages, which read it, never load esbuild.

const projectRoot = process.cwd();
/** The address under which the bundles are served (public/assets/). */
export const assetsPath = '/assets/';
/** Which file each entry was bundled to; outside public/, so it is never published. */
const manifestFile = path.join(projectRoot, '.build', 'browser-scripts.json');

/**
 * The entry points. `site` is a module on every locale page. `readingAids` is a classic script
 * in the same pages' head, which must run before the first paint (modules are deferred).
 * `chooser` is a classic script in the root page's head (it reads its own element,
 * `document.currentScript`, which modules lack).
 */
export const browserScripts = {
  site: { source: 'lib/browser/site.ts', format: 'esm' },
  readingAids: { source: 'lib/browser/reading-aids-early.ts', format: 'iife' },
  chooser: { source: 'lib/browser/chooser.ts', format: 'iife' },
} as const;
export type BrowserScript = keyof typeof browserScripts;

function readManifest(): Partial<Record<BrowserScript, string>> {
  try {
    return JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return {};
  }
}

/** Records the address of the bundle written for an entry (a file name under public/assets/). */
export function recordBundle(name: BrowserScript, fileName: string) {
  const manifest = readManifest();
  manifest[name] = assetsPath + fileName;
  mkdirSync(path.dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
}

/**
 * The address of an entry's bundle, for the pages' `<script src>`. Read anew on every call, so
 * `npm run dev` names the newest bundle; fails loudly when the scripts were never bundled.
 */
export function browserScriptSrc(name: BrowserScript): string {
  const src = readManifest()[name];
  if (!src) {
    throw new Error(
      `The browser script "${name}" is not bundled (${path.relative(projectRoot, manifestFile)} ` +
        'lacks it): run `npm run build` or `npm run dev`, which bundle lib/browser/ first.',
    );
  }
  return src;
}
