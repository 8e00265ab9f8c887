import type { Page } from '@playwright/test';
import { siteUrl } from '@/lib/site';
import type { SitePage } from '../support/site';
import { expect, test } from './fixtures';

const absolute = (path: string) => `${siteUrl}${path}`;

/**
 * What every page must have, checked on a page already open in `tab`: its language, title and
 * heading as content/ gives them, the language switch to its twin, and the head's canonical,
 * alternates, share tags, manifest and feed. Called from the one visit per page of quality.spec.
 */
export async function checkPageBasics(tab: Page, page: SitePage, pages: SitePage[]) {
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
    expect(await meta('meta[property="og:locale"]')).toBe(page.locale === 'zh' ? 'zh_CN' : 'en_GB');
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
