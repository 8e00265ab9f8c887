import { expect, test } from './fixtures';
import { formatFigureValue } from '@/lib/figures/format';
import { allFigures, latestObservation } from '@/lib/figures/registry';

test.describe('the Statistics page', () => {
  for (const locale of ['zh', 'en'] as const) {
    test(`/${locale}/statistics/ shows every figure under its id with its value, period and source`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/statistics/`);
      const entries = page.locator('main article[data-figure-id]');
      await expect(entries).toHaveCount(allFigures().size);
      for (const figure of allFigures().values()) {
        const entry = page.locator(`article#${figure.id}`);
        await expect(entry.locator('h3')).toHaveText(figure.label[locale]);
        const value = formatFigureValue(figure, latestObservation(figure), locale);
        await expect(entry.getByTestId('figure-value')).toHaveText(value);
        await expect(entry).toContainText(latestObservation(figure).source.publisher[locale]);
        await expect(entry).toContainText(String(latestObservation(figure).period.year));
      }
    });
  }

  test('a link to a figure opens the page at that figure, highlighted', async ({ page }) => {
    await page.goto('/en/statistics/#high-tech-enterprises');
    const entry = page.locator('#high-tech-enterprises');
    await expect(entry).toBeInViewport();
    const background = await entry.evaluate((element) => getComputedStyle(element).backgroundColor);
    const other = await page
      .locator('#innovation-platforms')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe(other);
  });
});

test.describe('figure cards', () => {
  for (const locale of ['zh', 'en'] as const) {
    test(`on /${locale}/ link to their entry on the Statistics page`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const cards = page.locator('main [data-figure-id]:has(a)');
      expect(await cards.count()).toBeGreaterThanOrEqual(4);
      const id = await cards.nth(2).getAttribute('data-figure-id');
      await cards.nth(2).getByRole('link').click();
      await expect(page).toHaveURL(`/${locale}/statistics/#${id}`);
      await expect(page.locator(`#${id}`)).toBeInViewport();
    });
  }
});

test.describe('the altitude scale', () => {
  for (const [locale, park, ideal] of [
    ['zh', '2,240–2,350 米', '2,220–2,500 米'],
    ['en', '2,240–2,350 m', '2,220–2,500 m'],
  ] as const) {
    test(`on /${locale}/golden-altitude/ draws the Park's band inside the ideal band`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${locale}/golden-altitude/`);
      const scale = page.getByTestId('altitude-scale');
      await expect(scale.locator('figcaption')).toContainText(park);
      await expect(scale.locator('figcaption')).toContainText(ideal);
      const idealBox = (await scale.locator('[data-band="ideal-altitude-band"]').boundingBox())!;
      const parkBox = (await scale.locator('[data-band="park-altitude-band"]').boundingBox())!;
      expect(parkBox.x).toBeGreaterThan(idealBox.x);
      expect(parkBox.x + parkBox.width).toBeLessThan(idealBox.x + idealBox.width);
      // 2,240–2,350 against 2,220–2,500: the Park's band is 110/280 of the ideal one.
      expect(parkBox.width / idealBox.width).toBeCloseTo(110 / 280, 1);
      // The same numbers in a table.
      const cells = await scale.locator('tbody td').allInnerTexts();
      expect(cells).toEqual(['2,220', '2,500', '2,240', '2,350']);
    });
  }
});
