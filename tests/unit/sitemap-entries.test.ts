import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { sitemapXml } from '@/lib/sitemap';
import { contentCopy, draftPage, freshModules, removeContentCopies } from '../support/content-copy';

// Each test reads content/ afresh, some seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(removeContentCopies);

describe('the sitemap', () => {
  it('lists every published page of both locales, and never a draft', async () => {
    const copy = contentCopy();
    copy.write('content/zh/investment-guide.mdx', draftPage('投资指南'));
    copy.write('content/en/investment-guide.mdx', draftPage('Investment guide'));
    freshModules(copy.root, 'https://park.example.org');
    const { sitemapEntries } = await import('@/lib/sitemap');
    const entries = sitemapEntries();
    const pages = [
      'about/',
      'accessibility/',
      'development-plan/',
      'digital-economy/',
      'golden-altitude/',
      '',
      'innovation/',
      'invest/',
      'news/',
      'news/golden-altitude-project-planning-begins/',
      'news/half-year-work-meeting/',
      'news/northern-area-replanned/',
      'news/top-ten-talent-project/',
      'press/',
      'search/',
      'statistics/',
    ];
    expect(entries.map((entry) => entry.loc).sort()).toEqual(
      [
        ...pages.map((page) => `https://park.example.org/en/${page}`),
        ...pages.map((page) => `https://park.example.org/zh/${page}`),
      ].sort(),
    );
    expect(JSON.stringify(entries)).not.toContain('investment-guide');
  });

  it('gives each page its last change and its twins, the language chooser as x-default', async () => {
    freshModules(process.cwd(), 'https://park.example.org');
    const { sitemapEntries } = await import('@/lib/sitemap');
    const entries = sitemapEntries();
    expect(
      entries.find((entry) => entry.loc === 'https://park.example.org/zh/statistics/'),
    ).toEqual({
      loc: 'https://park.example.org/zh/statistics/',
      lastmod: '2026-11-30',
      alternates: {
        'zh-Hans': 'https://park.example.org/zh/statistics/',
        en: 'https://park.example.org/en/statistics/',
        'x-default': 'https://park.example.org/',
      },
    });
    expect(entries.find((entry) => entry.loc === 'https://park.example.org/en/')).toEqual({
      loc: 'https://park.example.org/en/',
      lastmod: '2026-11-27',
      alternates: {
        'zh-Hans': 'https://park.example.org/zh/',
        en: 'https://park.example.org/en/',
        'x-default': 'https://park.example.org/',
      },
    });
  });

  it('is written whole, with each of the five XML special characters escaped', () => {
    const xml = sitemapXml([
      {
        loc: `https://example.org/<a>&"b"'c'/`,
        lastmod: '2026-11-30',
        alternates: { en: 'https://example.org/en/', 'x-default': 'https://example.org/' },
      },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '<url>',
        '<loc>https://example.org/&lt;a&gt;&amp;&quot;b&quot;&apos;c&apos;/</loc>',
        '<lastmod>2026-11-30</lastmod>',
        '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/"/>',
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/"/>',
        '</url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});
