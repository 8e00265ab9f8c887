import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '@/lib/deploy/precompress';

// Each test writes its own small site into a folder of its own.
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function site(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  return folder;
}
/** Text of exactly `length` characters, varied enough to compress differently at each level. */
function text(length: number, seed: string): string {
  let result = '';
  for (let i = 0; result.length < length; i++) result += `<p>${seed} ${i * 7919}</p>\n`;
  return result.slice(0, length);
}
// The copies as the build must write them, made here with zlib directly.
const gzipped = (data: string) => gzipSync(Buffer.from(data), { level: 9 });
const brotlied = (data: string) =>
  brotliCompressSync(Buffer.from(data), {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  });

describe('precompress', () => {
  it('writes a .gz (level 9) and a .br beside each text file, in subfolders too', async () => {
    const page = text(600, 'page');
    const data = text(400, 'data');
    const folder = site({ 'index.html': page, 'data/figures/all.json': data });
    const totals = await precompress(folder);
    for (const [name, original] of [
      ['index.html', page],
      ['data/figures/all.json', data],
    ] as const) {
      const gz = readFileSync(path.join(folder, `${name}.gz`));
      expect(gz.equals(gzipped(original)), name).toBe(true);
      expect(gunzipSync(gz).toString()).toBe(original);
      expect(readFileSync(path.join(folder, `${name}.br`)).equals(brotlied(original)), name).toBe(
        true,
      );
    }
    expect(totals).toEqual({
      files: 2,
      bytes: 1000,
      gzip: gzipped(page).length + gzipped(data).length,
      brotli: brotlied(page).length + brotlied(data).length,
    });
  });

  it('the level matters: level 9 is not what the default level writes', () => {
    // Else the first test could not tell the two apart.
    const page = text(600, 'page');
    expect(gzipped(page).equals(gzipSync(Buffer.from(page)))).toBe(false);
  });

  it('compresses a file of 256 bytes, not one of 255', async () => {
    const folder = site({ 'a.css': text(256, 'a'), 'b.css': text(255, 'b') });
    const totals = await precompress(folder);
    expect(existsSync(path.join(folder, 'a.css.gz'))).toBe(true);
    expect(existsSync(path.join(folder, 'a.css.br'))).toBe(true);
    expect(existsSync(path.join(folder, 'b.css.gz'))).toBe(false);
    expect(existsSync(path.join(folder, 'b.css.br'))).toBe(false);
    expect(totals.files).toBe(1);
    expect(totals.bytes).toBe(256);
  });

  it('leaves alone what is not text, or only looks like it, and folders named like files', async () => {
    const big = text(1000, 'x');
    const folder = site({
      'image.png': big,
      'app.js.map': big,
      'pagefind/en_1.pf_fragment': big,
      'folder.js/inside.txt': big,
    });
    const totals = await precompress(folder);
    for (const name of ['image.png', 'app.js.map', 'pagefind/en_1.pf_fragment'])
      expect(existsSync(path.join(folder, `${name}.gz`)), name).toBe(false);
    expect(existsSync(path.join(folder, 'folder.js.gz'))).toBe(false);
    expect(existsSync(path.join(folder, 'folder.js/inside.txt.gz'))).toBe(true);
    expect(totals.files).toBe(1);
    expect(totals.bytes).toBe(1000);
  });

  it('counts nothing in a folder with nothing to compress', async () => {
    const folder = site({ 'small.html': '<p>hi</p>' });
    expect(await precompress(folder)).toEqual({ files: 0, bytes: 0, gzip: 0, brotli: 0 });
  });
});
