import { expect, test } from '@playwright/test';
import { sitePages } from '../support/site';

test.describe('every page of both locales', () => {
  for (const page of sitePages()) {
    test(`${page.path} has lang ${page.lang}, its title and its heading`, async ({ page: tab }) => {
      const response = await tab.goto(page.path);
      expect(response?.status()).toBe(200);
      await expect(tab.locator('html')).toHaveAttribute('lang', page.lang);
      await expect(tab).toHaveTitle(page.documentTitle);
      await expect(tab.locator('main h1')).toHaveText(page.title);
      // Markdown that failed to render (e.g. bold next to Chinese punctuation) shows as **.
      expect(await tab.locator('main').innerText()).not.toMatch(/\*\*|\]\(|<\w/);
    });
  }
});

test('a page without its trailing slash is served too', async ({ page }) => {
  await page.goto('/en/golden-altitude');
  await expect(page.locator('main h1')).toHaveText('Golden Altitude');
});
