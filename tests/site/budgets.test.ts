import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, outDir, sitemapPages } from '../support/built-site';
import {
  fontFaceDeclarations,
  fontFiles,
  imagesOver,
  KB,
  measurePage,
  overBudget,
  svgSizes,
} from '../support/page-weight';

// Size budgets, in gzip bytes at level 9 (1 KB = 1,024 bytes), HTML raw; see
// tests/support/page-weight.ts for what is counted. They keep the site fast on a phone on a slow
// mobile network: pages are documents with a few KB of the site's own script, and the search
// page adds Pagefind's code (its script and WebAssembly) when the reader searches.
const budgetKB = { js: 8, searchJs: 80, css: 15, html: 80, svg: 15 };
const imageLimit = 200 * KB;

/**
 * Every page of the sitemap, then every other HTML file a host serves from out/: the root
 * language chooser and the 404 pages.
 */
function pagesToWeigh(): { path: string; file: string }[] {
  const pages = sitemapPages().map((page) => ({ path: page.path, file: page.file }));
  const seen = new Set(pages.map((page) => page.file));
  const others = builtHtmlFiles()
    .map((name) => name.split(path.sep).join('/'))
    .map((name) => ({
      path: `/${name.replace(/(^|\/)index\.html$/, '$1')}`,
      file: path.join(outDir, name),
    }))
    .filter((page) => !seen.has(page.file));
  return [...pages, ...others];
}

describe('size budgets', () => {
  const pages = pagesToWeigh();

  it('weighs the sitemap pages, the root chooser and the 404 page', () => {
    const paths = pages.map((page) => page.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/404.html');
    expect(paths).toContain('/en/statistics/');
    expect(paths).toContain('/zh/statistics/');
  });

  it.each(pages.map((page) => [page.path, page.file]))(
    '%s: JS ≤ 8 KB gzip (search: with Pagefind ≤ 80 KB), CSS ≤ 15 KB gzip, HTML ≤ 80 KB',
    (pagePath, file) => {
      const weight = measurePage(file, pagePath, outDir);
      // Every page of a locale and the root chooser run a script of the site (the bilingual 404
      // page has none), and every page has the stylesheet: zero means a measurement that found
      // nothing, not a light page.
      if (/^\/(zh\/|en\/|$)/.test(pagePath)) expect(weight.js.files.length).toBeGreaterThan(0);
      expect(weight.css.files.length).toBeGreaterThan(0);
      const searches = weight.onDemandJs.files.length > 0;
      const problems = [
        overBudget(pagePath, 'JS', weight.js.gzip, budgetKB.js),
        searches &&
          overBudget(
            pagePath,
            'JS with Pagefind',
            weight.js.gzip + weight.onDemandJs.gzip,
            budgetKB.searchJs,
          ),
        overBudget(pagePath, 'CSS', weight.css.gzip, budgetKB.css),
        overBudget(pagePath, 'HTML', weight.html.raw, budgetKB.html, 'raw'),
      ].filter(Boolean);
      expect(problems).toEqual([]);
    },
  );

  it('counts Pagefind on the search pages, and only there', () => {
    const searching = pages.filter(
      (page) => measurePage(page.file, page.path, outDir).onDemandJs.files.length > 0,
    );
    expect(searching.map((page) => page.path).sort()).toEqual(['/en/search/', '/zh/search/']);
  });

  it('ships no font files: the site uses the system fonts', () => {
    expect(fontFiles(outDir)).toEqual([]);
  });

  it('declares no @font-face in any stylesheet or inline style', () => {
    expect(fontFaceDeclarations(outDir)).toEqual([]);
  });

  it('has no image over 200 KB', () => {
    expect(
      imagesOver(outDir, imageLimit).map(
        ({ file, bytes }) => `${file}: ${(bytes / KB).toFixed(1)} KB, over the 200 KB limit`,
      ),
    ).toEqual([]);
  });

  it('has no SVG over 15 KB gzip, as a file or drawn in a page', () => {
    const sizes = svgSizes(outDir, builtHtmlFiles());
    // The measure sees the files and the home page's drawing, and the drawing is among them.
    expect(sizes.some(({ svg }) => svg.endsWith('.svg'))).toBe(true);
    expect(sizes.some(({ svg }) => svg.startsWith(path.join('zh', 'index.html')))).toBe(true);
    expect(
      sizes.map(({ svg, gzip }) => overBudget(svg, 'SVG', gzip, budgetKB.svg)).filter(Boolean),
    ).toEqual([]);
  });

  it('gives the home page, with its drawing, no script that a plain content page lacks', () => {
    const scripts = (pagePath: string) => {
      const page = sitemapPages().find((each) => each.path === pagePath)!;
      return measurePage(page.file, pagePath, outDir).js.files;
    };
    for (const locale of ['zh', 'en']) {
      expect(scripts(`/${locale}/`)).toEqual(scripts(`/${locale}/about/`));
    }
  });
});
