import { expect, test } from './fixtures';

test.describe('the root address', () => {
  for (const [browserLocale, destination] of [
    ['zh-CN', '/zh/'],
    ['en-GB', '/en/'],
    ['fr-FR', '/zh/'],
  ] as const) {
    test.describe(`in a ${browserLocale} browser`, () => {
      test.use({ locale: browserLocale });
      test(`sends the visitor to ${destination}`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(destination);
      });
    });
  }
});

test.describe('the root address without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-GB' });

  test('stays and offers both languages as plain links', async ({ page }) => {
    await page.goto('/');
    for (const [lang, path] of [
      ['zh-Hans', '/zh/'],
      ['en', '/en/'],
    ]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
        'href',
        new RegExp(`${path}$`),
      );
    }
    await expect(page).toHaveURL('/');
    await expect(page.locator('a[href="/zh/"]')).toBeVisible();
    await expect(page.locator('a[href="/en/"]')).toBeVisible();
    await page.locator('a[href="/en/"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('a missing page', () => {
  for (const path of ['/zh/no-such-page/', '/en/no-such-page/', '/no-such-page']) {
    test(`${path} answers 404 in both languages, with a way home`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('section[lang="zh-Hans"] h1')).toHaveText('页面未找到');
      await expect(page.locator('section[lang="en"] h1')).toHaveText('Page not found');
      await page.locator('a[href="/en/"]').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  }
});
