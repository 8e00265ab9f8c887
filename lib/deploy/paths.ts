import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The folder `next build` exports to, which the web server serves. */
// Commands and tests run from the project's root, as lib/content/pages.ts assumes too.
export const outDir = path.resolve(process.cwd(), 'out');

/** Every file under a folder (out/ by default), as sorted paths relative to it, with `/`. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** Every HTML file under a folder (out/ by default), as paths relative to it, sorted. */
export function htmlFilesIn(dir = outDir): string[] {
  return filesIn(dir).filter((name) => name.endsWith('.html'));
}

/**
 * The files a visitor can ask for, relative to the folder: all but the precompressed `.gz`/`.br`
 * twins (served under their original's address) and the `_headers` file (read by hosts, never
 * served).
 */
export function siteFilesIn(dir = outDir): string[] {
  return filesIn(dir).filter((name) => !/\.(gz|br)$/.test(name) && name !== '_headers');
}
