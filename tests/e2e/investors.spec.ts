import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/** What each home page must show on a phone's first screen, written out by hand. */
const homes = [
  {
    path: '/zh/',
    name: '西宁经济技术开发区生物科技产业园区',
    invest: '投资合作',
    investPath: '/zh/invest/',
    labels: ['2500 米', '2220 米', '2350 米', '2240 米'],
    caption: '生物园区海拔2240–2350米，处于高原康养理想海拔2220–2500米之内。',
  },
  {
    path: '/en/',
    name: 'Biotechnology Industrial Park of the Xining ETDZ',
    invest: 'Invest in the Park',
    investPath: '/en/invest/',
    labels: ['2,500 m', '2,220 m', '2,350 m', '2,240 m'],
    caption:
      'The Park, at 2,240–2,350 m, lies within the ideal altitude band for high-altitude health and wellness, 2,220–2,500 m.',
  },
];

for (const home of homes) {
  test(`${home.path}: a phone's first screen shows the name, the altitude drawing and the way to invest`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(home.path);
    const firstScreen = async (selector: ReturnType<typeof page.locator>) => {
      const box = (await selector.boundingBox())!;
      expect(box.y + box.height, 'bottom edge on the first screen').toBeLessThanOrEqual(740);
      expect(box.width).toBeGreaterThan(0);
    };
    const title = page.locator('main h1');
    await expect(title).toHaveText(home.name);
    await firstScreen(title);
    const drawing = page.locator('main svg[data-altitude-profile]');
    await firstScreen(drawing);
    expect(await drawing.locator('text').allTextContents()).toEqual(home.labels);
    // Legible on the phone: the smallest label is drawn at 11 px or more.
    const smallest = await drawing.evaluate((svg) =>
      Math.min(
        ...[...svg.querySelectorAll('text')].map((text) => text.getBoundingClientRect().height),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11);
    await expect(page.getByTestId('altitude-profile').locator('figcaption')).toContainText(
      home.caption,
    );
    const invest = page.locator('main').getByRole('link', { name: home.invest, exact: true });
    await firstScreen(invest);
    await invest.click();
    await expect(page).toHaveURL(home.investPath);
    await expect(page.locator('main h1')).toHaveText(home.path === '/zh/' ? '投资合作' : 'Invest');
  });
}

test('the dark scheme darkens the page, keeps the green band, and gives way to high contrast', async ({
  page,
}) => {
  const colours = () =>
    page.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      band: getComputedStyle(document.querySelector('header')!).backgroundColor,
    }));
  await page.goto('/en/golden-altitude/');
  const light = await colours();
  expect(light).toEqual({
    page: 'rgb(255, 255, 255)',
    text: expect.any(String),
    band: 'rgb(17, 69, 54)',
  });

  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colours()).toEqual({
    page: 'rgb(15, 23, 20)',
    text: 'rgb(239, 243, 241)',
    band: 'rgb(17, 69, 54)',
  });

  // The reader's high contrast: black on white, in the dark scheme too.
  await page.evaluate(() => document.documentElement.setAttribute('data-contrast', 'high'));
  expect(await colours()).toEqual({
    page: 'rgb(255, 255, 255)',
    text: 'rgb(0, 0, 0)',
    band: 'rgb(17, 69, 54)',
  });
  // The system's "more contrast" in a dark scheme: the same.
  await page.evaluate(() => document.documentElement.removeAttribute('data-contrast'));
  await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
  expect((await colours()).page).toBe('rgb(255, 255, 255)');
  // Printing stays dark on white.
  await page.emulateMedia({ colorScheme: 'dark', contrast: 'no-preference', media: 'print' });
  expect((await colours()).page).toBe('rgb(255, 255, 255)');
});

test('the invest page gives each project its status in the source’s words, in both languages', async ({
  page,
}) => {
  await page.goto('/zh/invest/');
  const zh = await page.locator('main').innerText();
  for (const words of ['谋划', '拟建', '拟发起设立', '对接开展招商引资工作'])
    expect(zh).toContain(words);
  await page.goto('/en/invest/');
  const en = await page.locator('main').innerText();
  for (const words of [
    'Status: being planned',
    'Investment: in talks',
    'Status: planned.',
    'Status: planned to initiate',
  ])
    expect(en).toContain(words);
  // The contact is not yet published, so no call to action (nor its heading) is shown.
  await expect(page.getByTestId('contact-call-to-action')).toHaveCount(0);
});

test('the section links carry their icons, same-origin SVG files @nginx', async ({
  page,
  baseURL,
}) => {
  await page.goto('/zh/');
  const icons = page.getByRole('navigation', { name: '栏目' }).locator('img');
  const sources = await icons.evaluateAll((images) =>
    images.map((image) => (image as HTMLImageElement).src),
  );
  expect(sources.map((src) => new URL(src).pathname)).toEqual([
    '/icons/invest.svg',
    '/icons/development-plan.svg',
    '/icons/golden-altitude.svg',
    '/icons/innovation.svg',
    '/icons/digital-economy.svg',
    '/icons/statistics.svg',
    '/icons/about.svg',
    '/icons/news.svg',
  ]);
  for (const src of sources) {
    expect(new URL(src).origin).toBe(new URL(baseURL!).origin);
    const response = await page.request.get(src);
    expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  }
  // Loaded lazily: each, once scrolled to, loads at its 32 × 32 size.
  await page.getByRole('navigation', { name: '栏目' }).scrollIntoViewIfNeeded();
  for (const image of await icons.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
      .toBe(32);
  }
});

test('the dark scheme’s contrast check can fail: dark grey text on the dark page is found', async ({
  page,
}) => {
  await page.goto('/en/golden-altitude/');
  await page.emulateMedia({ colorScheme: 'dark' });
  const contrastFailures = async () =>
    (await new AxeBuilder({ page }).withRules(['color-contrast']).analyze()).violations.length;
  expect(await contrastFailures()).toBe(0);
  await page
    .locator('main article p')
    .first()
    .evaluate((p) => (p.style.color = '#444444'));
  expect(await contrastFailures()).toBe(1);
});
