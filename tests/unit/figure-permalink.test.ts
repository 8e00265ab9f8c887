import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';

// The language in which the test pretends no page has `role: statistics`.
let withoutStatistics: Locale | undefined;
vi.mock('@/lib/content/pages', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/content/pages')>();
  return {
    ...original,
    slugOfRole: (locale: Locale, role: Parameters<typeof original.slugOfRole>[1]) =>
      locale === withoutStatistics ? undefined : original.slugOfRole(locale, role),
  };
});

const { figurePermalink, statisticsAddress } = await import('@/lib/figures/permalink');

afterEach(() => {
  withoutStatistics = undefined;
});

describe('statisticsAddress', () => {
  it('gives the page relative to the site, or with the site address before it', () => {
    expect(statisticsAddress('en', 'relative')).toBe('/en/statistics/');
    expect(statisticsAddress('zh', 'relative')).toBe('/zh/statistics/');
    expect(statisticsAddress('en', 'absolute')).toBe(`${siteUrl}/en/statistics/`);
  });

  it('names the language that has no statistics page', () => {
    withoutStatistics = 'en';
    expect(() => statisticsAddress('en', 'relative')).toThrow(
      'No page with role: statistics in content/en/',
    );
    expect(statisticsAddress('zh', 'relative')).toBe('/zh/statistics/');
  });
});

describe('figurePermalink', () => {
  it('is absolute unless asked otherwise', () => {
    expect(figurePermalink('high-tech-enterprises', 'zh')).toBe(
      `${siteUrl}/zh/statistics/#high-tech-enterprises`,
    );
    expect(figurePermalink('high-tech-enterprises', 'en', 'relative')).toBe(
      '/en/statistics/#high-tech-enterprises',
    );
  });
});
