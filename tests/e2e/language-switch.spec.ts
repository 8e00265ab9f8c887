import { expect, test } from './fixtures';

test.describe('the language switch', { tag: '@nginx' }, () => {
  test('round-trips to the same page and keeps the #fragment', async ({ page }) => {
    await page.goto('/zh/golden-altitude/#location-and-environment');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL('/en/golden-altitude/#location-and-environment');
    await expect(page.locator('main h1')).toHaveText('Golden Altitude');
    await expect(page.locator('#location-and-environment')).toBeInViewport();

    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL('/zh/golden-altitude/#location-and-environment');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('#location-and-environment')).toHaveText('区位与生态');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch is a plain link to the twin page', async ({ page }) => {
    await page.goto('/en/golden-altitude/');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL('/zh/golden-altitude/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  });
});
