import { describe, expect, it } from 'vitest';
import {
  builtFiles,
  builtSiteLinkOptions,
  pathForFile,
  publishedHtmlFiles,
  sitemapPages,
} from '../support/built-site';
import { LinkChecker } from '../support/link-check';

describe('every link of every built page leads somewhere (files, anchors, languages)', () => {
  const checker = new LinkChecker(builtFiles, builtSiteLinkOptions);
  const pagePaths = publishedHtmlFiles().map(pathForFile);

  it('checks against the origin the site was built for (give build and tests the same SITE_URL)', () => {
    // Links to another origin are skipped, so checking against the wrong one would skip them all.
    const builtOrigins = new Set(sitemapPages().map((page) => new URL(page.url).origin));
    expect([...builtOrigins]).toEqual([builtSiteLinkOptions.origin]);
  });

  it.each(pagePaths)('%s', (pagePath) => {
    const { internalLinks, problems } = checker.checkPage(pagePath);
    expect(problems).toEqual([]);
    // Every page links at least to its stylesheet and home page; none found means none were read.
    expect(internalLinks).toBeGreaterThan(0);
  });
});
