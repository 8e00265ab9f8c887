import { expect, test } from './fixtures';

test.describe('site search', { tag: '@nginx' }, () => {
  for (const [locale, query, expected] of [
    ['zh', '黄金海拔', '/zh/golden-altitude/'],
    ['zh', '高新技术企业', '/zh/innovation/'],
    ['en', 'golden altitude', '/en/golden-altitude/'],
    ['en', 'high-tech enterprises', '/en/innovation/'],
  ] as const) {
    test(`"${query}" on /${locale}/search/ finds ${expected}, and only pages in that language`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/`);
      const box = page.getByTestId('header-search').getByRole('searchbox');
      await box.fill(query);
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`^[^?]*/${locale}/search/\\?q=`));
      const results = page.getByTestId('search-results').getByRole('link');
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')),
      );
      expect(hrefs).toContain(expected);
      expect(hrefs.every((href) => href?.startsWith(`/${locale}/`))).toBe(true);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search box opens the search page, which says search needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/en/golden-altitude/');
    const box = page.getByTestId('header-search').getByRole('searchbox');
    await box.fill('altitude');
    await box.press('Enter');
    await expect(page).toHaveURL('/en/search/?q=altitude');
    // The note is in <noscript>, which a browser with scripting turned off shows. Playwright turns
    // JavaScript off by a DevTools switch under which Chromium parses the note but still hides
    // <noscript> as if scripts ran, so the test reads the note's text rather than its display.
    expect(await page.locator('main noscript p').textContent()).toContain(
      'Search needs JavaScript',
    );
    await expect(page.getByRole('searchbox', { name: 'Search terms' })).toBeVisible();
  });
});
