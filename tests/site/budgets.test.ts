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
} from '../support/page-weight';

// Size budgets, in gzip bytes at level 9 (1 KB = 1,024 bytes); see tests/support/page-weight.ts
// for what is counted. They keep the site fast on a phone on a slow mobile network: Next and
// React alone are about 136 KB, so the JS budget leaves little room for client components.
const budgetKB = { js: 140, css: 15 };
const imageLimit = 200 * KB;

/**
 * Every page of the sitemap, then every other HTML file a host serves from out/: the root
 * language chooser and the 404 pages. Web-server files in `_nginx/` are not pages.
 */
function pagesToWeigh(): { path: string; file: string }[] {
  const pages = sitemapPages().map((page) => ({ path: page.path, file: page.file }));
  const seen = new Set(pages.map((page) => page.file));
  const others = builtHtmlFiles()
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => !name.startsWith('_nginx/'))
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
    '%s: first-load JS ≤ 140 KB gzip, CSS ≤ 15 KB gzip',
    (pagePath, file) => {
      const weight = measurePage(file, pagePath, outDir);
      // Every page runs Next's runtime and has the site's stylesheet: zero means a measurement
      // that found nothing, not a light page.
      expect(weight.js.files.length).toBeGreaterThan(0);
      expect(weight.css.files.length).toBeGreaterThan(0);
      const problems = [
        overBudget(pagePath, 'first-load JS', weight.js.gzip, budgetKB.js),
        overBudget(pagePath, 'CSS', weight.css.gzip, budgetKB.css),
      ].filter(Boolean);
      expect(problems).toEqual([]);
    },
  );

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
});
