import { expect, test } from './fixtures';
import { allFigures } from '@/lib/figures/registry';
import { expectedFigure } from '../fixtures/expected-figures';

/** The word before a figure's period in its entry, by hand: a proposal has a status, not a date. */
const periodTerm = {
  zh: { period: '时间', status: '性质' },
  en: { period: 'Period', status: 'Status' },
} as const;

test.describe('the Statistics page', () => {
  for (const locale of ['zh', 'en'] as const) {
    test(`/${locale}/statistics/ shows every figure under its id with its value, period and source`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/statistics/`);
      const entries = page.locator('main article[data-figure-id]');
      expect(allFigures().size).toBeGreaterThan(0);
      await expect(entries).toHaveCount(allFigures().size);
      for (const figure of allFigures().values()) {
        const expected = expectedFigure(figure.id);
        const entry = page.locator(`article#${figure.id}`);
        await expect(entry.locator('h3')).toHaveText(figure.label[locale]);
        await expect(entry.getByTestId('figure-value')).toHaveText(expected.value[locale]);
        // The period in the entry's own facts, exactly: not merely its year somewhere in the entry
        // (the citation has the source's year too).
        const facts = entry.locator('dl');
        const proposed = expected.period.en.startsWith('proposed by');
        await expect(facts.locator('dt').first()).toHaveText(
          periodTerm[locale][proposed ? 'status' : 'period'],
        );
        await expect(facts.locator('dd').first()).toHaveText(expected.period[locale]);
      }
    });

    test(`/${locale}/statistics/ states the shared source once per theme, with its reporter and no newspaper`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/statistics/`);
      const statements = page.getByTestId('group-source');
      await expect(statements).toHaveCount(3);
      for (const statement of await statements.all()) {
        await expect(statement).toContainText(locale === 'zh' ? '张国静' : 'Zhang Guojing');
        await expect(statement).toContainText(
          locale === 'zh' ? '报刊名称未注明' : '[newspaper not named in the article]',
        );
      }
      // Not repeated in each entry's facts, nor attributed to the Park; the entry's own citation
      // (to copy) still names the full source.
      const entry = page.locator('article#high-tech-enterprises');
      await expect(entry.locator('dl')).not.toContainText(
        locale === 'zh' ? '张国静' : 'Zhang Guojing',
      );
      await expect(entry.locator('details')).toContainText(
        locale === 'zh' ? '张国静：《' : 'Zhang Guojing, “',
      );
      await expect(page.locator('main')).not.toContainText(
        locale === 'zh' ? '园区提供' : 'given by the Park',
      );
    });

    test(`/${locale}/statistics/ says who proposed the ideal altitude band instead of dating it`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/statistics/`);
      const entry = page.locator('article#ideal-altitude-band');
      await expect(entry.locator('dd').first()).toHaveText(
        locale === 'zh' ? '吴天一院士提出（2023年报道）' : 'proposed by Wu Tianyi (reported 2023)',
      );
      await expect(entry).not.toContainText(locale === 'zh' ? '截至2023年' : 'as of 2023');
    });

    test(`/${locale}/statistics/ opens with an overview table whose every row leads to its entry`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${locale}/statistics/`);
      const table = page.getByTestId('figures-overview');
      await expect(table.locator('caption')).not.toBeEmpty();
      await expect(table.locator('thead th[scope="col"]')).toHaveCount(3);
      // The table scrolls inside its own labelled, focusable region, never the page.
      const region = page.getByRole('region', { name: await table.locator('caption').innerText() });
      await expect(region).toHaveAttribute('tabindex', '0');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      // It comes before the downloads and every entry: the first thing after the introduction.
      const [tableTop, downloadsTop] = await Promise.all([
        table.evaluate((element) => element.getBoundingClientRect().top),
        page.locator('#download-and-cite').evaluate((e) => e.getBoundingClientRect().top),
      ]);
      expect(tableTop).toBeLessThan(downloadsTop);

      const rows = table.locator('tbody tr:has(th[scope="row"])');
      expect(allFigures().size).toBeGreaterThan(0);
      await expect(rows).toHaveCount(allFigures().size);
      for (const [index, figure] of [...allFigures().values()].entries()) {
        const expected = expectedFigure(figure.id);
        const row = rows.nth(index);
        const link = row.locator('th[scope="row"] a');
        await expect(link).toHaveText(figure.label[locale]);
        await expect(row.locator('td')).toHaveText([
          expected.value[locale],
          expected.period[locale],
        ]);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/statistics/#${figure.id}$`));
        await expect(page.locator(`article#${figure.id}`)).toBeInViewport();
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

    test(`on /${locale}/ state their shared source once, beneath them`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const source = page.getByTestId('grid-source');
      await expect(source).toHaveCount(1);
      await expect(source).toContainText(locale === 'zh' ? '张国静' : 'Zhang Guojing');
      const cards = page.locator('main [data-figure-id]:has(a)');
      expect(await cards.count()).toBeGreaterThanOrEqual(4);
      for (const card of await cards.all())
        await expect(card).not.toContainText(locale === 'zh' ? '来源' : 'Source');
    });
  }
});

test.describe('the altitude scale', () => {
  for (const [locale, park, ideal, cellTexts] of [
    ['zh', '2240–2350米', '2220–2500米', ['2220', '2500', '2240', '2350']],
    ['en', '2,240–2,350 m', '2,220–2,500 m', ['2,220', '2,500', '2,240', '2,350']],
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
      expect(cells).toEqual(cellTexts);
    });
  }
});
