import { describe, expect, it } from 'vitest';
import { sitemapXml } from '@/lib/sitemap';
import { sitemapSchemaProblems } from '../support/sitemap-schema';

const entry = {
  loc: 'https://example.org/en/a&b/',
  lastmod: '2026-11-30',
  alternates: { 'zh-Hans': 'https://example.org/zh/a/', 'x-default': 'https://example.org/' },
};

describe('the sitemap writer', () => {
  it('writes loc, lastmod, then the alternates, as sitemap.xsd orders them, escaping addresses', async () => {
    const xml = sitemapXml([entry]);
    expect(xml).toMatch(
      /<url>\n<loc>https:\/\/example\.org\/en\/a&amp;b\/<\/loc>\n<lastmod>2026-11-30<\/lastmod>\n<xhtml:link rel="alternate" hreflang="zh-Hans"/,
    );
    expect(await sitemapSchemaProblems(xml)).toEqual([]);
  });
});
