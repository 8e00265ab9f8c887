import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { searchForm } from '@/lib/browser/hooks';
import { htmlElements } from '@/lib/deploy/html-elements';
import { siteFilesIn } from '@/lib/deploy/paths';

// Weights of the built site as a browser receives it, read from the files in out/. Sizes are in
// bytes; "KB" is 1,024 bytes throughout. Gzip sizes use Node's zlib at level 9 (the most a
// static host precompressing its files would get), so they are a little below what a server
// compressing on the fly at a lower level sends.

export const KB = 1024;

/** A size as stored and as sent gzipped. */
export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** The HTML document itself (it carries the inline scripts and styles). */
  html: Size;
  /**
   * First-load JavaScript: the external `<script src>` files a modern browser fetches, each
   * counted once. `nomodule` scripts are left out: module-capable browsers never download them.
   */
  js: Size & { files: string[] };
  /**
   * Code the page loads when the reader acts: on the search page, Pagefind's script and its
   * WebAssembly for the page's language, fetched at the first search (lib/browser/search-page.ts).
   * Not counted: the index and excerpt chunks a query fetches, which are data (a few KB each).
   */
  onDemandJs: Size & { files: string[] };
  /**
   * Inline `<script>` elements (JSON-LD data), reported on their own: they arrive inside the
   * HTML, so the HTML size already counts them.
   */
  inlineScript: Size;
  /** Linked stylesheets plus the contents of inline `<style>` elements. */
  css: Size & { files: string[] };
}

/** Gzip size at level 9. */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

function sizeOf(data: string | Buffer): Size {
  return { raw: Buffer.byteLength(data), gzip: gzipSize(data) };
}

function sum(sizes: Size[]): Size {
  return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/**
 * The file in `root` that answers a same-origin reference made from `pagePath`. A reference to
 * another origin cannot be measured here (and the design forbids it), so it throws.
 */
function localFile(root: string, pagePath: string, reference: string): string {
  const base = 'http://site.invalid';
  const url = new URL(reference, base + pagePath);
  if (url.origin !== base)
    throw new Error(`${pagePath} loads ${reference} from another origin; it cannot be measured`);
  return path.join(root, decodeURIComponent(url.pathname));
}

/**
 * Pagefind's code for a page in language `lang`: its script, and the WebAssembly its entry file
 * names for that language (`wasm.unknown.pagefind` for a language without a stemmer, Chinese).
 * The WebAssembly is stored compressed by Pagefind, so its gzip size is about its size.
 */
function pagefindCode(root: string, lang: string): string[] {
  const folder = path.join(root, 'pagefind');
  const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string | null }>;
  };
  const language = entry.languages[lang.toLowerCase()];
  if (!language) throw new Error(`Pagefind has no index for the page's language "${lang}"`);
  return [
    path.join(folder, 'pagefind.js'),
    path.join(folder, `wasm.${language.wasm ?? 'unknown'}.pagefind`),
  ];
}

/**
 * Weighs one built page. `htmlFile` is the page's HTML; `pagePath` its address (`/en/news/`),
 * against which relative references resolve; `root` the folder the site is served from.
 */
export function measurePage(htmlFile: string, pagePath: string, root: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const elements = htmlElements(html);
  const scripts = elements.filter(({ tagName }) => tagName === 'script');
  const sources = scripts.flatMap(({ attributes }) =>
    attributes.has('src') && !attributes.has('nomodule') ? [attributes.get('src')!] : [],
  );
  const searches = elements.some(({ attributes }) => attributes.has(searchForm));
  const lang = elements.find(({ tagName }) => tagName === 'html')?.attributes.get('lang') ?? '';
  const onDemandFiles = searches ? pagefindCode(root, lang) : [];
  const jsFiles = [...new Set(sources.map((src) => localFile(root, pagePath, src)))];
  const inline = scripts.filter(({ attributes }) => !attributes.has('src')).map(({ text }) => text);

  const cssFiles = [
    ...new Set(
      elements
        .filter(
          ({ tagName, attributes }) =>
            tagName === 'link' &&
            attributes.get('rel')?.toLowerCase().split(/\s+/).includes('stylesheet'),
        )
        .map(({ attributes }) => localFile(root, pagePath, attributes.get('href') ?? '')),
    ),
  ];
  const inlineStyles = elements
    .filter(({ tagName }) => tagName === 'style')
    .map(({ text }) => text);

  return {
    html: sizeOf(html),
    js: { ...sum(jsFiles.map((file) => sizeOf(readFileSync(file)))), files: jsFiles },
    onDemandJs: {
      ...sum(onDemandFiles.map((file) => sizeOf(readFileSync(file)))),
      files: onDemandFiles,
    },
    inlineScript: inline.length > 0 ? sizeOf(inline.join('')) : { raw: 0, gzip: 0 },
    css: {
      ...sum([
        ...cssFiles.map((file) => sizeOf(readFileSync(file))),
        ...(inlineStyles.length > 0 ? [sizeOf(inlineStyles.join(''))] : []),
      ]),
      files: cssFiles,
    },
  };
}

const fontExtensions = /\.(woff2?|ttf|otf|eot)$/i;
const imageExtensions = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;

/** Font files in the site: there should be none (system fonts only, nothing to download). */
export function fontFiles(root: string): string[] {
  return siteFilesIn(root).filter((name) => fontExtensions.test(name));
}

/** Stylesheets and HTML files (inline styles) that declare an `@font-face`. */
export function fontFaceDeclarations(root: string): string[] {
  return siteFilesIn(root)
    .filter((name) => /\.(css|html)$/i.test(name))
    .filter((name) => {
      const text = readFileSync(path.join(root, name), 'utf8');
      const css = name.endsWith('.css')
        ? text
        : [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, b]) => b).join('');
      return /@font-face/i.test(css);
    });
}

/** Images larger than `limit` bytes, with their sizes. */
export function imagesOver(root: string, limit: number): { file: string; bytes: number }[] {
  return siteFilesIn(root)
    .filter((name) => imageExtensions.test(name))
    .map((file) => ({ file, bytes: statSync(path.join(root, file)).size }))
    .filter(({ bytes }) => bytes > limit);
}

/**
 * Every SVG of the site with its gzip size: the files (icons, cursors, favicon) and the drawings
 * written inline in the pages (the home page's altitude drawing), largest first.
 */
export function svgSizes(root: string, htmlFiles: string[]): { svg: string; gzip: number }[] {
  const files = siteFilesIn(root)
    .filter((name) => name.endsWith('.svg'))
    .map((name) => ({ svg: name, gzip: gzipSize(readFileSync(path.join(root, name))) }));
  const inline = htmlFiles.flatMap((file) =>
    [...readFileSync(path.join(root, file), 'utf8').matchAll(/<svg[\s\S]*?<\/svg>/g)].map(
      (match, index) => ({ svg: `${file} (inline SVG ${index + 1})`, gzip: gzipSize(match[0]) }),
    ),
  );
  return [...files, ...inline].sort((a, b) => b.gzip - a.gzip);
}

/** Bytes as KB with one decimal: 139623 → "136.3". */
export function kb(bytes: number): string {
  return (bytes / KB).toFixed(1);
}

/**
 * Undefined within budget; otherwise a sentence naming the page, what was measured and the excess:
 * "/en/statistics/: first-load JS 143.2 KB gzip, 3.2 KB over the 140 KB budget".
 */
export function overBudget(
  page: string,
  what: string,
  bytes: number,
  budgetKB: number,
  measure: 'gzip' | 'raw' = 'gzip',
): string | undefined {
  const excess = bytes - budgetKB * KB;
  if (excess <= 0) return undefined;
  return `${page}: ${what} ${kb(bytes)} KB ${measure}, ${kb(excess)} KB over the ${budgetKB} KB budget`;
}
