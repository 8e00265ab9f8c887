import { routing } from '@/lib/i18n/routing';
import { sitemapPages } from '../support/built-site';
import { expect, test, waitForHydration } from './fixtures';

// Run by the `nginx` project only (see .config/playwright.config.ts): the site served by nginx with
// the production configuration, whose Content-Security-Policy names each page's inline scripts.
// The `cspViolations` fixture fails a test on any violation the browser reports.

test.describe('under the production Content-Security-Policy', { tag: '@nginx' }, () => {
  // One tab visits the pages of a locale in turn: a new browser context per page would cost more
  // than the visit.
  for (const locale of routing.locales) {
    test(`every /${locale}/ page runs its scripts with no violation`, async ({ page }) => {
      for (const { path } of sitemapPages().filter((built) => built.locale === locale)) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
          await waitForHydration(page);
        });
      }
    });
  }

  for (const path of ['/zh/no-such-page/', '/en/no-such-page/']) {
    test(`the 404 page for ${path} runs with no violation`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await waitForHydration(page);
    });
  }

  test('the bilingual 404 page runs with no violation', async ({ page }) => {
    const response = await page.goto('/no-such-page', { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
  });

  test('the root chooser page runs its redirect script', async ({ page }) => {
    await page.goto('/index.html');
    await expect(page).toHaveURL(/\/(zh|en)\/$/);
  });

  test('a script the build did not hash is blocked and reported', async ({
    page,
    cspViolations,
  }) => {
    // The same response nginx sends, with one inline script added to the page.
    await page.route('**/zh/about/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '</body>',
        '<script>document.title = "injected"</script></body>',
      );
      await route.fulfill({ response, body });
    });
    await page.goto('/zh/about/');
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations[0]).toContain('script-src');
    await expect(page).not.toHaveTitle('injected');
    cspViolations.length = 0; // seen and expected: don't fail the test for it
  });
});
