import { XMLParser } from 'fast-xml-parser';
import { expect, test } from './fixtures';
import { siteUrl } from '@/lib/site';
import { newsTitlesNewestFirst, sitePages } from '../support/site';

const pages = sitePages();
const absolute = (path: string) => `${siteUrl}${path}`;

test.describe('metadata', () => {
  test('the share images, icons and manifests are served', async ({ request }) => {
    for (const path of [
      '/share/zh.png',
      '/share/en.png',
      '/apple-touch-icon.png',
      '/favicon.svg',
    ]) {
      const response = await request.get(path);
      expect(response.ok(), path).toBe(true);
      expect((await response.body()).length, path).toBeLessThan(200_000);
    }
    for (const locale of ['zh', 'en']) {
      const manifest = await (await request.get(`/${locale}/manifest.webmanifest`)).json();
      expect(manifest.start_url).toBe(`/${locale}/`);
      expect(manifest.lang).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
    }
  });
});

test.describe('the sitemap', () => {
  test('lists exactly the built pages of both locales, each with its twin', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const entries: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] =
      parsed.urlset.url;
    expect(pages.length).toBeGreaterThan(0);
    expect(entries.map((entry) => entry.loc).sort()).toEqual(
      pages.map((page) => absolute(page.path)).sort(),
    );
    for (const entry of entries) {
      const page = pages.find((each) => absolute(each.path) === entry.loc)!;
      const twin = pages.find((other) => other.slug === page.slug && other.locale !== page.locale)!;
      const alternates = Object.fromEntries(
        entry['xhtml:link'].map((link) => [link['@_hreflang'], link['@_href']]),
      );
      expect(alternates).toEqual({
        [page.lang]: entry.loc,
        [twin.lang]: absolute(twin.path),
        'x-default': absolute('/'),
      });
    }
  });

  test('is named by robots.txt', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toContain(
      `Sitemap: ${absolute('/sitemap.xml')}`,
    );
  });
});

test.describe('the news feeds', () => {
  for (const locale of ['zh', 'en'] as const) {
    test(`/${locale}/news/feed.xml parses and holds the news items`, async ({ request }) => {
      const xml = await (await request.get(`/${locale}/news/feed.xml`)).text();
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
      const entries = [feed.entry].flat();
      const expected = newsTitlesNewestFirst(locale);
      expect(expected.length).toBeGreaterThan(0);
      expect(
        entries.map((entry: { title: string | { '#text': string } }) =>
          typeof entry.title === 'string' ? entry.title : entry.title['#text'],
        ),
      ).toEqual(expected);
    });

    test(`/${locale}/news/ lists the news newest first`, async ({ page }) => {
      await page.goto(`/${locale}/news/`);
      const dates = await page
        .getByTestId('news-list')
        .locator('time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(dates.length).toBe(newsTitlesNewestFirst(locale).length);
      expect(dates.length).toBeGreaterThan(1);
      expect([...dates].sort().reverse()).toEqual(dates);
    });
  }
});
