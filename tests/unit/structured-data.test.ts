import { describe, expect, it } from 'vitest';
import { loadPage } from '@/lib/content/pages';
import { structuredData } from '@/lib/structured-data';

describe('the Dataset of the Statistics page', () => {
  for (const [locale, reporter] of [
    ['zh', '张国静'],
    ['en', 'Zhang Guojing'],
  ] as const) {
    it(`in ${locale} credits the article's reporter, not the Park, and names no newspaper`, () => {
      const data = structuredData(locale, loadPage(locale, 'statistics'))!;
      expect(data['@type']).toBe('Dataset');
      expect(data.creator).toEqual([{ '@type': 'Person', name: reporter }]);
      expect(data).not.toHaveProperty('publisher');
      const [article, ...others] = data.isBasedOn as Record<string, unknown>[];
      expect(others).toEqual([]);
      expect(article).toMatchObject({
        '@type': 'NewsArticle',
        headline: '生物园区：奋力打造生态文明高地上的新型现代化科创园区',
        author: { '@type': 'Person', name: reporter },
        datePublished: '2023',
      });
      expect(article).not.toHaveProperty('publisher');
      expect(article).not.toHaveProperty('url');
      expect(JSON.stringify(data)).not.toContain('"Organization"');
    });
  }
});
