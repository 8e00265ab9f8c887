import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text formats worth compressing; images and Pagefind's own files are compressed already. */
const compressible = /\.(html|css|js|mjs|json|xml|txt|csv|svg|webmanifest)$/;

/** Below this size a compressed copy saves less than the headers it costs. */
const minimumBytes = 256;

/**
 * Writes `file.gz` and `file.br` beside every compressible file of the folder, at the highest
 * levels (they are made once, at build), so nginx's gzip_static and brotli_static serve them
 * without compressing on each request. Node's own zlib makes both formats.
 */
export async function precompress(
  folder: string,
): Promise<{ files: number; bytes: number; gzip: number; brotli: number }> {
  const names = (await readdir(folder, { recursive: true, encoding: 'utf8' })).filter((name) =>
    compressible.test(name),
  );
  const totals = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name);
      if (!(await stat(file)).isFile()) return;
      const original = await readFile(file);
      if (original.length < minimumBytes) return;
      const [gzipped, brotlied] = await Promise.all([
        gzipAsync(original, { level: 9 }),
        brotliAsync(original, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
          },
        }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gzipped), writeFile(`${file}.br`, brotlied)]);
      totals.files += 1;
      totals.bytes += original.length;
      totals.gzip += gzipped.length;
      totals.brotli += brotlied.length;
    }),
  );
  return totals;
}
