import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { sitemapPages, type BuiltPage } from '../support/built-site';
import { smallProseText, smallTapTargets } from '../support/phone-checks';
import { languageTag, sitePages, twinLocale } from '../support/site';
import { checkPageBasics } from './page-basics';

// What content/ says each page must show, to compare with what the build made of it.
const sourcePages = sitePages();

// Every page of the sitemap, in both locales, and beside them the root chooser and the 404 pages
// (the bilingual one, and each locale's, which the preview server serves as ordinary pages).
const pages: { path: string; built?: BuiltPage }[] = [
  { path: '/' },
  { path: '/zh/no-such-page/' },
  { path: '/zh/404/' },
  { path: '/en/404/' },
  ...sitemapPages().map((built) => ({ path: built.path, built })),
];

// One visit per page checks all of it, since opening a page is the slow part of a browser test.
for (const { path, built } of pages) {
  test(`${path}: ${built ? 'content, head, ' : ''}accessible, no third-party request, fits a 360 px phone${built ? ', works without JavaScript' : ''}`, async ({
    page,
    browser,
    baseURL,
  }) => {
    // axe on the longest pages, and two more visits without JavaScript, take a while.
    test.setTimeout(120_000);
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin)
        foreign.push(request.url());
    });
    // The load event: the stylesheet and every eager image are in (the site loads nothing later).
    const response = await page.goto(path, { waitUntil: 'load' });
    if (built) {
      expect(response?.status()).toBe(200);
      const source = sourcePages.find((sourcePage) => sourcePage.path === path);
      expect(source, `${path} is in the sitemap but not in content/`).toBeDefined();
      await checkPageBasics(page, source!, sourcePages);
    }

    await test.step('axe finds no WCAG 2.2 AA violation', async () => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const violations = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
      );
      expect(violations).toEqual([]);
    });

    await test.step('nothing was requested from another origin', () => {
      expect(foreign).toEqual([]);
    });

    await test.step('a 360 px phone: no horizontal scrolling, prose ≥ 16 px, tap targets ≥ 24 px', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      expect(await page.evaluate(smallProseText, 16), 'prose text under 16 px').toEqual([]);
      expect(await page.evaluate(smallTapTargets, 24), 'tap targets under 24 × 24 px').toEqual([]);
    });

    if (!built) return;
    await test.step('without JavaScript: content shown, menu and language switch work', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const plain = await context.newPage();
      await plain.goto(path);
      const main = plain.locator('main');
      await expect(main.locator('h1')).toBeVisible();
      await expect(main.locator('p').filter({ hasText: /\S/ }).first()).toBeVisible();

      // The menu and the language switch are one component on every page: followed from the two
      // home pages, a section opens and the twin page loads.
      if (built.path === `/${built.locale}/`) {
        const menuLink = plain
          .getByRole('navigation')
          .first()
          .locator('a:not([aria-current])')
          .last();
        const target = await menuLink.getAttribute('href');
        await menuLink.click();
        await expect(plain).toHaveURL(target!);
        await expect(plain.locator('main h1')).toBeVisible();

        await plain.goto(path);
        await plain.getByTestId('language-switch').click();
        const other = twinLocale[built.locale];
        await expect(plain).toHaveURL(path.replace(`/${built.locale}/`, `/${other}/`));
        await expect(plain.locator('html')).toHaveAttribute('lang', languageTag[other]);
        await expect(plain.locator('main h1')).toBeVisible();
      }
      await context.close();
    });
  });
}

test('the skip link is the first stop of the keyboard and leads to the content', async ({
  page,
}) => {
  await page.goto('/en/golden-altitude/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('a focused link shows a visible focus ring', async ({ page }) => {
  await page.goto('/zh/golden-altitude/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('the menu marks the current section', async ({ page }) => {
  await page.goto('/en/golden-altitude/');
  const current = page.getByRole('navigation').locator('[aria-current="page"]');
  await expect(current).toHaveText('Golden Altitude');
});
