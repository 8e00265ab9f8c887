import { expect, test } from './fixtures';
import { siteUrl } from '@/lib/site';
import { sitePages } from '../support/site';

const pages = sitePages();
const absolute = (path: string) => `${siteUrl}${path}`;

// One visit per page checks what every page must have, since opening a page is the slow part.
test.describe('every page of both locales', () => {
  for (const page of pages) {
    test(`${page.path}: language, title, heading, language switch and head metadata`, async ({
      page: tab,
    }) => {
      const response = await tab.goto(page.path);
      expect(response?.status()).toBe(200);
      const twin = pages.find((other) => other.slug === page.slug && other.locale !== page.locale)!;

      await test.step('lang, title and heading', async () => {
        await expect(tab.locator('html')).toHaveAttribute('lang', page.lang);
        await expect(tab).toHaveTitle(page.documentTitle);
        await expect(tab.locator('main h1')).toHaveText(page.title);
        // Markdown that failed to render (e.g. bold next to Chinese punctuation) shows as **.
        expect(await tab.locator('main').innerText()).not.toMatch(/\*\*|\]\(|<\w/);
      });

      await test.step('the language switch leads to the twin page', async () => {
        await expect(tab.getByTestId('language-switch')).toHaveAttribute('href', twin.path);
      });

      await test.step('canonical, alternates, share tags, manifest and feed', async () => {
        const head = tab.locator('head');
        const meta = (selector: string) => head.locator(selector).getAttribute('content');

        await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
          'href',
          absolute(page.path),
        );
        await expect(
          head.locator(`link[rel="alternate"][hreflang="${page.lang}"]`),
        ).toHaveAttribute('href', absolute(page.path));
        await expect(
          head.locator(`link[rel="alternate"][hreflang="${twin.lang}"]`),
        ).toHaveAttribute('href', absolute(twin.path));
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
        expect(await meta('meta[name="twitter:image"]')).toBe(
          absolute(`/share/${page.locale}.png`),
        );
        await expect(head.locator('link[rel="manifest"]')).toHaveAttribute(
          'href',
          `/${page.locale}/manifest.webmanifest`,
        );
        await expect(
          head.locator('link[rel="alternate"][type="application/atom+xml"]'),
        ).toHaveAttribute('href', absolute(`/${page.locale}/news/feed.xml`));
      });
    });
  }
});

test('a page without its trailing slash is served too', async ({ page }) => {
  await page.goto('/en/golden-altitude');
  await expect(page.locator('main h1')).toHaveText('Golden Altitude');
});
