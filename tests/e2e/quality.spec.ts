import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { sitePages } from '../support/site';

// The root chooser and the 404 page are tested alongside the content pages.
const paths = ['/', '/zh/no-such-page/', ...sitePages().map((page) => page.path)];

// One visit per page checks all three, since opening a page is the slow part of a browser test.
for (const path of paths) {
  test(`${path}: no WCAG 2.1 AA violation, no third-party request, fits a 360 px phone`, async ({
    page,
    baseURL,
  }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin)
        foreign.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });

    await test.step('axe finds no WCAG 2.1 AA violation', async () => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const violations = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
      );
      expect(violations).toEqual([]);
    });

    await test.step('nothing was requested from another origin', () => {
      expect(foreign).toEqual([]);
    });

    await test.step('a 360 px phone needs no horizontal scrolling', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
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
