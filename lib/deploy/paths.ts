import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The folder `next build` exports to, which the web server serves. */
// Commands and tests run from the project's root, as lib/content/pages.ts assumes too.
export const outDir = path.resolve(process.cwd(), 'out');

/**
 * The generated CSP map travels with the build it describes, inside out/; nginx includes it and
 * refuses to serve it (deploy/park-server.conf).
 */
export const cspMapFile = path.join(outDir, '_nginx', 'csp-hashes.conf');

/** Every HTML file under a folder (out/ by default), as paths relative to it, sorted. */
export function htmlFilesIn(dir = outDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}
