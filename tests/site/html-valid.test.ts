import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDir, publishedHtmlFiles, sitemapPages } from '../support/built-site';
import { describeProblems, validateBuiltFile } from '../support/html-validity';

const projectRoot = path.dirname(outDir);

describe('every built HTML page is valid (html-validate, config in tests/support/html-validity.ts)', () => {
  const files = publishedHtmlFiles();

  it('covers every sitemap page, the root language chooser and the 404 page', () => {
    const expected = [
      ...sitemapPages().map((page) => path.relative(outDir, page.file).split(path.sep).join('/')),
      'index.html',
      '404.html',
    ];
    expect(expected.filter((file) => !files.includes(file))).toEqual([]);
  });

  it.each(files)('out/%s', async (file) => {
    const report = await validateBuiltFile(path.join(outDir, file));
    // Each line reads `out/<file>:<line>:<column>  <rule>  <message>`.
    expect(describeProblems(report, projectRoot)).toEqual([]);
  });
});
