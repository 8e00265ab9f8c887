// The last step of `npm run build`, after `next build` and Pagefind: prepares out/ for a web
// server. In this order, since each step works on what the one before wrote: hydration after the
// first paint (the pages' HTML), the CSP hash map nginx includes (out/_nginx/, hashes of the final
// HTML), and precompressed copies of the text files (of their final bytes).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nginxCspMaps } from './csp';
import { deferHydration } from './defer-hydration';
import { cspMapFile, htmlFilesIn, outDir } from './paths';
import { precompress } from './precompress';

async function main() {
  const pages = await Promise.all(
    htmlFilesIn().map(async (file) => {
      const html = deferHydration(await readFile(path.join(outDir, file), 'utf8'));
      await writeFile(path.join(outDir, file), html);
      return { file, html };
    }),
  );
  await mkdir(path.dirname(cspMapFile), { recursive: true });
  await writeFile(cspMapFile, nginxCspMaps(pages));
  const totals = await precompress(outDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `${pages.length} pages: hydration after first paint, CSP hashes → ` +
      `${path.relative(process.cwd(), cspMapFile)}; precompressed ${totals.files} files: ` +
      `${kb(totals.bytes)} → gzip ${kb(totals.gzip)}, brotli ${kb(totals.brotli)}`,
  );
}

main().catch((error: unknown) => {
  console.error(`postbuild failed: ${String(error)}`);
  process.exitCode = 1;
});
