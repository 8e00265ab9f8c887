import { parse } from 'csv-parse/sync';
import { allFigures } from '@/lib/figures/registry';
import { siteUrl } from '@/lib/site';
import { expectedFigure, expectedPermalink } from '../fixtures/expected-figures';
import { expect, test } from './fixtures';

const locales = ['zh', 'en'] as const;

test.describe('the downloads', () => {
  test('figures.csv is UTF-8 with a byte-order mark and holds exactly the figures', async ({
    request,
  }) => {
    const response = await request.get('/data/figures.csv');
    expect(response.ok()).toBe(true);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: Record<string, string>[] = parse(bytes.toString('utf8'), {
      bom: true,
      columns: true,
    });
    expect(new Set(records.map((record) => record.id))).toEqual(new Set(allFigures().keys()));
    const highTech = records.find((record) => record.id === 'high-tech-enterprises')!;
    expect(highTech.value).toBe('71');
    expect(highTech.formatted_zh).toBe('71家');
    expect(highTech.formatted_en).toBe('71 enterprises');
  });

  test('figures.json parses and holds exactly the figures', async ({ request }) => {
    const dataset = await (await request.get('/data/figures.json')).json();
    const ids = dataset.themes.flatMap((theme: { figures: { id: string }[] }) =>
      theme.figures.map((f) => f.id),
    );
    expect(ids).toEqual([...allFigures().keys()]);
  });

  for (const locale of locales) {
    test(`are linked from /${locale}/statistics/ and /${locale}/press/ with format and size`, async ({
      page,
    }) => {
      for (const path of [`/${locale}/statistics/`, `/${locale}/press/`]) {
        await page.goto(path);
        for (const file of ['figures.csv', 'figures.json']) {
          const link = page.locator(`main a[href="/data/${file}"]`);
          await expect(link).toContainText(/(CSV|JSON).*\d+(\.\d)? KB/);
        }
      }
    });
  }
});

test.describe('citations', { tag: '@nginx' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const locale of locales) {
    test(`on /${locale}/statistics/ the copy button puts the figure's citation on the clipboard`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/statistics/`);
      const entry = page.locator('#high-tech-enterprises');
      await entry.locator('summary').click();
      const citation = entry.getByTestId('citation');
      // The statement: label, value and period, each as a reader of the language writes them.
      await expect(citation).toContainText(
        locale === 'zh'
          ? '高新技术企业总数：71家，截至2023年。'
          : 'High-tech enterprises: 71 enterprises, as of 2023.',
      );
      await expect(citation).toContainText(
        locale === 'zh'
          ? '张国静：《生物园区：奋力打造生态文明高地上的新型现代化科创园区》，报刊名称未注明，2023年。'
          : 'Zhang Guojing, “The Biotechnology Industrial Park: striving to build a new, modern science-and-innovation park on the highland of ecological civilization”, [newspaper not named in the article], 2023.',
      );
      await expect(citation).toContainText(
        `${siteUrl}${expectedPermalink('high-tech-enterprises', locale)}`,
      );
      await entry
        .getByRole('button', { name: locale === 'zh' ? '复制引用' : 'Copy citation' })
        .click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe((await citation.innerText()).trim());
    });
  }

  test('the copy-link button puts the permanent link on the clipboard, and says so', async ({
    page,
  }) => {
    await page.goto('/en/statistics/');
    const button = page.locator('#kunlun-talents-selected button[data-copy-text]');
    await expect(button).toHaveText('Copy link');
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The site's public address (SITE_URL, as built), the page's path and the figure's anchor.
    expect(copied).toBe(`${siteUrl}/en/statistics/#kunlun-talents-selected`);
    await expect(button).toHaveText('Link copied');
  });

  for (const locale of locales) {
    test(`on /${locale}/statistics/ a citation's access date is the reader's today`, async ({
      page,
    }) => {
      // A reader whose clock says 5 January 2027, long after the build.
      await page.clock.setFixedTime(new Date(2027, 0, 5, 10, 0));
      await page.goto(`/${locale}/statistics/`);
      const entry = page.locator('#high-tech-enterprises');
      await entry.locator('summary').click();
      const date = entry.getByTestId('citation').locator('time');
      await expect(date).toHaveAttribute('datetime', '2027-01-05');
      await expect(date).toHaveText(locale === 'zh' ? '2027年1月5日' : '5 January 2027');
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a citation can be opened and read, and no dead copy button is shown', async ({ page }) => {
    await page.goto('/zh/statistics/');
    const entry = page.locator('#high-tech-enterprises');
    await entry.locator('summary').click();
    await expect(entry.getByTestId('citation')).toBeVisible();
    await expect(entry.getByRole('button')).toHaveCount(0);
  });
});

test.describe('charts', () => {
  for (const locale of locales) {
    test(`on /${locale}/innovation/ each has a name and a table with the same numbers`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/innovation/`);
      const charts = page.getByTestId('figure-chart');
      expect(await charts.count()).toBeGreaterThanOrEqual(3);
      for (const chart of await charts.all()) {
        await expect(chart.locator('figcaption')).not.toBeEmpty();
        const image = chart.getByRole('img');
        const alternative = (await image.getAttribute('aria-label')) ?? '';
        const rows = chart.locator('tbody tr');
        expect(await rows.count()).toBeGreaterThanOrEqual(2);
        for (const row of await rows.all()) {
          const shown = (await row.locator('td').innerText()).trim();
          // The table's number is the figure's, and the chart's text alternative says it too.
          const href = (await row.locator('a').getAttribute('href')) ?? '';
          const [address, id = ''] = href.split('#');
          expect(address).toBe(locale === 'zh' ? '/zh/statistics/' : '/en/statistics/');
          expect(shown).toBe(expectedFigure(id).value[locale]);
          expect(alternative).toContain(shown);
        }
      }
    });
  }
});

test.describe('printing the Press page', () => {
  for (const locale of locales) {
    test(`/${locale}/press/ prints without navigation, with link addresses`, async ({ page }) => {
      await page.goto(`/${locale}/press/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation').first()).toBeHidden();
      await expect(page.getByTestId('language-switch')).toBeHidden();
      await expect(page.getByTestId('fact-sheet')).toBeVisible();
      const printedAddress = await page
        .locator('main a[data-print-url]')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
      expect(printedAddress).toMatch(/https?:\/\/.+\/statistics\//);
      const rowBreak = await page
        .getByTestId('fact-sheet')
        .locator('tr[data-figure-id]')
        .first()
        .evaluate((row) => getComputedStyle(row).breakInside);
      expect(rowBreak).toBe('avoid');
    });
  }
});

test.describe('structured data', () => {
  for (const locale of locales) {
    test(`/${locale}/statistics/ describes the dataset and both downloads`, async ({ page }) => {
      await page.goto(`/${locale}/statistics/`);
      const data = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
      );
      expect(data['@type']).toBe('Dataset');
      expect(data.inLanguage).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
      expect(data.temporalCoverage).toBe('2022/2023');
      // The figures are the article's: its reporter is their creator; the newspaper is unknown.
      const reporter = locale === 'zh' ? '张国静' : 'Zhang Guojing';
      expect(data.creator).toEqual([{ '@type': 'Person', name: reporter }]);
      expect(data.isBasedOn[0]['@type']).toBe('NewsArticle');
      expect(data.isBasedOn[0].author.name).toBe(reporter);
      expect(data.isBasedOn[0]).not.toHaveProperty('publisher');
      const urls = data.distribution.map((file: { contentUrl: string }) => file.contentUrl);
      expect(urls.some((url: string) => url.endsWith('/data/figures.csv'))).toBe(true);
      expect(urls.some((url: string) => url.endsWith('/data/figures.json'))).toBe(true);
    });

    test(`/${locale}/ describes the park as Organization and Place`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const data = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
      );
      expect(data['@graph'].map((node: { '@type': string }) => node['@type'])).toEqual([
        'Organization',
        'Place',
      ]);
    });
  }
});
