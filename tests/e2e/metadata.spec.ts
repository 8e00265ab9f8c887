import { XMLParser } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { newsItems } from '@/lib/news';
import { siteUrl } from '@/lib/site';
import { sitePages } from '../support/site';

const pages = sitePages();
const absolute = (path: string) => `${siteUrl}${path}`;

test.describe('metadata', () => {
  for (const page of pages) {
    test(`${page.path}: canonical, alternates and share tags in its language`, async ({
      page: tab,
    }) => {
      await tab.goto(page.path);
      const head = tab.locator('head');
      const meta = (selector: string) => head.locator(selector).getAttribute('content');
      const twin = pages.find((other) => other.slug === page.slug && other.locale !== page.locale)!;

      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        absolute(page.path),
      );
      await expect(head.locator(`link[rel="alternate"][hreflang="${page.lang}"]`)).toHaveAttribute(
        'href',
        absolute(page.path),
      );
      await expect(head.locator(`link[rel="alternate"][hreflang="${twin.lang}"]`)).toHaveAttribute(
        'href',
        absolute(twin.path),
      );
      await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
        'href',
        absolute('/'),
      );
      expect(await meta('meta[name="description"]')).toBe(page.description);
      expect(await meta('meta[property="og:title"]')).toBe(page.documentTitle);
      expect(await meta('meta[property="og:description"]')).toBe(page.description);
      expect(await meta('meta[property="og:url"]')).toBe(absolute(page.path));
      expect(await meta('meta[property="og:locale"]')).toBe(
        page.locale === 'zh' ? 'zh_CN' : 'en_GB',
      );
      expect(await meta('meta[property="og:image"]')).toBe(absolute(`/share/${page.locale}.png`));
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(await meta('meta[name="twitter:title"]')).toBe(page.documentTitle);
      expect(await meta('meta[name="twitter:image"]')).toBe(absolute(`/share/${page.locale}.png`));
      await expect(head.locator('link[rel="manifest"]')).toHaveAttribute(
        'href',
        `/${page.locale}/manifest.webmanifest`,
      );
      await expect(
        head.locator('link[rel="alternate"][type="application/atom+xml"]'),
      ).toHaveAttribute('href', absolute(`/${page.locale}/news/feed.xml`));
    });
  }

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
      expect(
        entries.map((entry: { title: string | { '#text': string } }) =>
          typeof entry.title === 'string' ? entry.title : entry.title['#text'],
        ),
      ).toEqual(newsItems(locale).map((item) => item.frontmatter.title));
    });

    test(`/${locale}/news/ lists the news newest first`, async ({ page }) => {
      await page.goto(`/${locale}/news/`);
      const dates = await page
        .getByTestId('news-list')
        .locator('time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(dates.length).toBe(newsItems(locale).length);
      expect([...dates].sort().reverse()).toEqual(dates);
    });
  }
});
