import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test.describe('a content page without JavaScript', () => {
  // The altitude as the issue gives it for each language.
  for (const [locale, altitude] of [
    ['zh', '2240–2350米'],
    ['en', '2,240–2,350 m'],
  ] as const) {
    test(`/${locale}/golden-altitude/ is fully readable`, async ({ page }) => {
      await page.goto(`/${locale}/golden-altitude/`);
      const main = page.locator('main');
      await expect(main.locator('h1')).toBeVisible();
      expect(await main.locator('h2').count()).toBeGreaterThanOrEqual(5);
      for (const heading of await main.locator('h2').all()) await expect(heading).toBeVisible();
      // Figures are rendered on the server, formatted for the page's language.
      await expect(main.getByText(altitude).first()).toBeVisible();
      await expect(page.getByRole('navigation').getByRole('link').first()).toBeVisible();
    });
  }
});
