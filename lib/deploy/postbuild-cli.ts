// The last step of `npm run build`, after `next build` and Pagefind: prepares out/ for a web
// server — the CSP hash map nginx includes (out/_nginx/), and precompressed copies of text files.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nginxCspMaps } from './csp';
import { cspMapFile, outDir } from './paths';
import { precompress } from './precompress';
import { readdirSync } from 'node:fs';

async function main() {
  const htmlFiles = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.html'),
  );
  const pages = await Promise.all(
    htmlFiles.map(async (file) => ({
      file,
      html: await readFile(path.join(outDir, file), 'utf8'),
    })),
  );
  await mkdir(path.dirname(cspMapFile), { recursive: true });
  await writeFile(cspMapFile, nginxCspMaps(pages));
  const totals = await precompress(outDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `CSP hashes of ${pages.length} pages → ${path.relative(process.cwd(), cspMapFile)}; ` +
      `precompressed ${totals.files} files: ${kb(totals.bytes)} → gzip ${kb(totals.gzip)}, brotli ${kb(totals.brotli)}`,
  );
}

main().catch((error: unknown) => {
  console.error(`postbuild failed: ${String(error)}`);
  process.exitCode = 1;
});
