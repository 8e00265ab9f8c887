import { expect, test } from './fixtures';

test('a page without its trailing slash is served too', async ({ page }) => {
  await page.goto('/en/golden-altitude');
  await expect(page.locator('main h1')).toHaveText('Golden Altitude');
});
