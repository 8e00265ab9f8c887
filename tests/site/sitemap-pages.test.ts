import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routing } from '@/lib/i18n/routing';
import { sitemapPages } from '../support/built-site';
import { sitePages } from '../support/site';

describe('the built site', () => {
  const built = sitemapPages();

  it('lists in its sitemap exactly the published pages of content/, in both locales', () => {
    expect(built.map((page) => page.path).sort()).toEqual(
      sitePages()
        .map((page) => page.path)
        .sort(),
    );
    for (const locale of routing.locales)
      expect(built.some((page) => page.locale === locale)).toBe(true);
  });

  it.each(built.map((page) => [page.path, page.file]))(
    'has the file that answers %s',
    (_path, file) => {
      expect(existsSync(file)).toBe(true);
    },
  );
});
