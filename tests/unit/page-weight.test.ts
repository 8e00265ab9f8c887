import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fontFaceDeclarations,
  fontFiles,
  gzipSize,
  imagesOver,
  measurePage,
  overBudget,
} from '../support/page-weight';

// A small site written to a temporary folder, so the budget checks are seen to count what they
// claim: if measurePage found nothing, every page would pass its budget.
const root = mkdtempSync(path.join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), content);
}

const app = 'console.log("app");'.repeat(200);
const page = 'document.title = "page";\n'.repeat(50);
const legacy = 'var polyfill = 1;\n'.repeat(300);
const styles = 'body { margin: 0; color: #123456; }\n'.repeat(40);
const inlineStyle = 'p{color:red}';
const payload = 'self.__next_f.push([1,"payload"])';

write('_next/app.js', app);
write('en/news/page.js', page);
write('_next/legacy.js', legacy);
write('_next/site.css', styles);
write(
  'en/news/index.html',
  `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/site.css">
<link rel="preload" as="script" href="/_next/app.js">
<style>${inlineStyle}</style>
<script src="/_next/app.js" async=""></script>
<script src="page.js"></script>
<script src="/_next/legacy.js" noModule=""></script>
<script src="/_next/app.js" async=""></script>
</head><body><script>${payload}</script></body></html>`,
);

describe('measurePage', () => {
  const weight = measurePage(path.join(root, 'en/news/index.html'), '/en/news/', root);

  it('counts each external script once, relative ones too, and leaves out nomodule', () => {
    expect(weight.js.files.map((file) => path.relative(root, file)).sort()).toEqual([
      '_next/app.js',
      'en/news/page.js',
    ]);
    expect(weight.js.raw).toBe(app.length + page.length);
  });

  it('sums the scripts gzipped one by one, at level 9', () => {
    const gzipped = gzipSync(app, { level: 9 }).length + gzipSync(page, { level: 9 }).length;
    expect(weight.js.gzip).toBe(gzipped);
    // And far less than raw: the scripts repeat themselves.
    expect(weight.js.gzip).toBeLessThan(weight.js.raw / 5);
  });

  it('reports inline scripts apart', () => {
    expect(weight.inlineScript.raw).toBe(payload.length);
  });

  it('counts linked stylesheets and inline styles as CSS', () => {
    expect(weight.css.raw).toBe(styles.length + inlineStyle.length);
    expect(weight.css.gzip).toBe(
      gzipSync(styles, { level: 9 }).length + gzipSync(inlineStyle, { level: 9 }).length,
    );
  });

  it('counts no on-demand code on a page without search', () => {
    expect(weight.onDemandJs).toEqual({ raw: 0, gzip: 0, files: [] });
  });

  it('refuses a script from another origin rather than count it as nothing', () => {
    write('other.html', '<script src="https://cdn.example.com/x.js"></script>');
    expect(() => measurePage(path.join(root, 'other.html'), '/other.html', root)).toThrow(
      /another origin/,
    );
  });
});

describe('a search page', () => {
  const pagefindScript = 'export const search = () => [];\n'.repeat(40);
  const wasm = { en: Buffer.alloc(3000, 7), unknown: Buffer.alloc(2000, 9) };
  write('pagefind/pagefind.js', pagefindScript);
  write('pagefind/wasm.en.pagefind', wasm.en);
  write('pagefind/wasm.unknown.pagefind', wasm.unknown);
  write(
    'pagefind/pagefind-entry.json',
    JSON.stringify({ languages: { en: { wasm: 'en' }, 'zh-hans': { wasm: null } } }),
  );
  const searchPage = (lang: string) =>
    `<!DOCTYPE html><html lang="${lang}"><head><script type="module" src="/_next/app.js"></script></head>` +
    '<body><form data-search-form=""><input name="q"></form></body></html>';
  write('en/search/index.html', searchPage('en'));
  write('zh/search/index.html', searchPage('zh-Hans'));

  it("adds Pagefind's script and the WebAssembly of the page's language, loaded at the first search", () => {
    const en = measurePage(path.join(root, 'en/search/index.html'), '/en/search/', root);
    expect(en.js.raw).toBe(app.length);
    expect(en.onDemandJs.files.map((file) => path.relative(root, file))).toEqual([
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
    expect(en.onDemandJs.raw).toBe(pagefindScript.length + wasm.en.length);
  });

  it('takes the language-neutral WebAssembly for a language without its own (Chinese)', () => {
    const zh = measurePage(path.join(root, 'zh/search/index.html'), '/zh/search/', root);
    expect(zh.onDemandJs.raw).toBe(pagefindScript.length + wasm.unknown.length);
  });
});

describe('gzipSize', () => {
  it('is the length of a level-9 gzip stream of the data', () => {
    const text = 'abc'.repeat(1000);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
  });
});

describe('overBudget', () => {
  it('names the page, the weight and the excess in KB of 1,024 bytes', () => {
    expect(overBudget('/en/statistics/', 'first-load JS', 143.2 * 1024, 140)).toBe(
      '/en/statistics/: first-load JS 143.2 KB gzip, 3.2 KB over the 140 KB budget',
    );
  });

  it('says when the size is of the file as it is', () => {
    expect(overBudget('/en/statistics/', 'HTML', 81 * 1024, 80, 'raw')).toBe(
      '/en/statistics/: HTML 81.0 KB raw, 1.0 KB over the 80 KB budget',
    );
  });

  it('says nothing at or under the budget', () => {
    expect(overBudget('/en/', 'CSS', 15 * 1024, 15)).toBeUndefined();
  });
});

describe('fonts and images in the site', () => {
  const site = mkdtempSync(path.join(root, 'site-'));
  const put = (name: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
    writeFileSync(path.join(site, name), content);
  };
  put('fonts/noto.woff2', 'x');
  put('a.css', '@font-face{font-family:X;src:url(x.woff2)}');
  put('b.css', 'body{font-family:system-ui}');
  put('page.html', '<style>@FONT-FACE{font-family:Y}</style>');
  put('big.png', Buffer.alloc(200 * 1024 + 1));
  put('small.svg', '<svg/>');
  // What a host adds beside the site is not the site.
  put('fonts/noto.woff2.br', 'x');
  put('big.png.gz', Buffer.alloc(300 * 1024));

  it('finds font files and @font-face rules', () => {
    expect(fontFiles(site)).toEqual(['fonts/noto.woff2']);
    expect(fontFaceDeclarations(site)).toEqual(['a.css', 'page.html']);
  });

  it('finds images over the limit', () => {
    expect(imagesOver(site, 200 * 1024)).toEqual([{ file: 'big.png', bytes: 200 * 1024 + 1 }]);
  });
});
