import type { Page } from '@playwright/test';
import { routing } from '@/lib/i18n/routing';
import { sitemapPages } from '../support/built-site';
import { expect, test } from './fixtures';

// Run by the `nginx` project only (see .config/playwright.config.ts): the site served by nginx with
// the production configuration and its one Content-Security-Policy (no inline code, no hashes).
// The `cspViolations` fixture fails a test on any violation the browser reports.

/** Whether the page fetched the site's script (the module every locale page loads). */
const ranSiteScript = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => /\/assets\/site-[^/]+\.js$/.test(entry.name)),
  );

test.describe('under the production Content-Security-Policy', { tag: '@nginx' }, () => {
  // One tab visits the pages of a locale in turn: a new browser context per page would cost more
  // than the visit.
  for (const locale of routing.locales) {
    test(`every /${locale}/ page runs its scripts with no violation`, async ({ page }) => {
      const paths = sitemapPages().filter((built) => built.locale === locale);
      expect(paths.length).toBeGreaterThan(0);
      for (const { path } of paths) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          const policy = response?.headers()['content-security-policy'];
          expect(policy).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?; style-src 'self';/);
          expect(await ranSiteScript(page)).toBe(true);
        });
      }
    });
  }

  for (const path of ['/zh/no-such-page/', '/en/no-such-page/']) {
    test(`the 404 page for ${path} runs with no violation`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(await ranSiteScript(page)).toBe(true);
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

  /** Opens `path` as nginx sends it, with `markup` inserted before `before` in the page. */
  async function openWith(page: Page, path: string, before: string, markup: string) {
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(before, markup + before);
      await route.fulfill({ response, body });
    });
    await page.goto(path);
  }

  test('an inline script is blocked and reported', async ({ page, cspViolations }) => {
    await openWith(page, '/zh/about/', '</body>', '<script>document.title = "injected"</script>');
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations[0]).toContain('script-src');
    await expect(page).not.toHaveTitle('injected');
    cspViolations.length = 0; // seen and expected: don't fail the test for it
  });

  test('a style attribute is blocked and reported', async ({ page, cspViolations }) => {
    await openWith(
      page,
      '/en/about/',
      '<main',
      '<p id="styled" style="color: rgb(255, 0, 0)">x</p>',
    );
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations[0]).toMatch(/style-src/);
    await expect(page.locator('#styled')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
    cspViolations.length = 0;
  });
});
