import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sitemapPages } from '../support/built-site';
import { smallProseText } from '../support/phone-checks';
import { expect, test } from './fixtures';

// The reading aids (issue 16), in a real browser, in both locales. The words are the ones
// content/messages/*.json gives the control, written here by hand.
const words = {
  zh: {
    aids: '无障碍',
    largest: '特大',
    standard: '标准',
    contrast: '高对比度',
    spacing: '加大行距',
    cursor: '大鼠标',
    simple: '简约版',
    reset: '恢复默认',
    play: '朗读',
    pause: '暂停',
    stop: '停止',
    noVoice: '此浏览器没有中文语音，无法朗读。',
    voice: 'zh-CN',
  },
  en: {
    aids: 'Accessibility',
    largest: 'Largest',
    standard: 'Standard',
    contrast: 'High contrast',
    spacing: 'Wider spacing',
    cursor: 'Large cursor',
    simple: 'Simplified view',
    reset: 'Reset to defaults',
    play: 'Play',
    pause: 'Pause',
    stop: 'Stop',
    noVoice: 'This browser has no English voice, so it cannot read aloud.',
    voice: 'en-GB',
  },
} as const;
const locales = ['zh', 'en'] as const;
const storageKey = 'park-reading-aids';

/** One page of each type: home, a content page, Invest, Statistics, news list and item, search,
 * press, the accessibility page and the 404 page. */
function pageTypes(locale: string): string[] {
  const newsList = `/${locale}/news/`;
  const newsItem = sitemapPages().find(
    (page) => page.path.startsWith(newsList) && page.path !== newsList,
  );
  expect(newsItem, 'a news item in the sitemap').toBeDefined();
  return [
    `/${locale}/`,
    `/${locale}/golden-altitude/`,
    `/${locale}/invest/`,
    `/${locale}/statistics/`,
    `/${locale}/news/`,
    newsItem!.path,
    `/${locale}/search/`,
    `/${locale}/press/`,
    `/${locale}/accessibility/`,
    `/${locale}/404/`,
  ];
}

/** Stores a choice of aids, as the control does, before the next page loads. */
async function storeAids(page: Page, aids: object) {
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [storageKey, JSON.stringify(aids)],
  );
}
const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const firstParagraphColour = (page: Page) =>
  page
    .locator('main article p')
    .first()
    .evaluate((p) => getComputedStyle(p).color);
const aidsPanel = (page: Page) => page.locator('[data-reading-aids]');
const aidButton = (page: Page, name: string) =>
  aidsPanel(page).getByRole('button', { name, exact: true });

/** What axe finds against WCAG 2.2 AA, or only with the rules named. */
async function axeViolations(page: Page, rules?: string[]) {
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: rules
        ? { type: 'rule', values: rules }
        : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
  );
}
/**
 * A change of colours can break only axe's rules on colour: AA contrast, links told apart from
 * text, and with `color-contrast-enhanced` the 7:1 of AAA. (The full run takes several seconds a
 * page, and quality.spec.ts makes it on every page.)
 */
const colourRules = ['color-contrast', 'link-in-text-block'];
const aaaColourRules = [...colourRules, 'color-contrast-enhanced'];
/**
 * A larger text changes the layout, not the names, roles or structure: the rules that depend on
 * layout are contrast (text may overflow onto another background), target size and scrolling.
 */
const layoutRules = ['color-contrast', 'target-size', 'scrollable-region-focusable'];

for (const locale of locales) {
  for (const path of pageTypes(locale)) {
    test(`${path}: axe finds nothing with the largest text, in the dark scheme or in high contrast (there AAA contrast), the largest text fits 360 px`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      // The default mode is checked on every page by quality.spec.ts, with every AA rule.
      await page.goto(path);

      await test.step('largest text', async () => {
        await storeAids(page, { textSize: 3 });
        await page.reload();
        expect(await rootFontSize(page)).toBe(28);
        expect(await axeViolations(page, layoutRules)).toEqual([]);
        await page.setViewportSize({ width: 360, height: 740 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
        // Prose at least 1.5 × today's 17 px and never under 24 px.
        expect(await page.evaluate(smallProseText, 25.5), 'prose under 25.5 px').toEqual([]);
        await page.setViewportSize({ width: 1280, height: 720 });
      });

      await test.step('dark scheme: the page turns dark, and no contrast failure', async () => {
        await storeAids(page, {});
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.reload();
        const ground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(ground, 'the dark scheme applies').not.toBe('rgb(255, 255, 255)');
        expect(await axeViolations(page, colourRules)).toEqual([]);
        await page.emulateMedia({ colorScheme: 'light' });
      });

      await test.step('high contrast: no contrast failure, and every text at least 7:1', async () => {
        await storeAids(page, { contrast: 'high' });
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
        expect(await axeViolations(page, aaaColourRules)).toEqual([]);
      });
    });
  }
}

test('the AAA contrast check can fail: a grey of 4.5:1 in high contrast is found', async ({
  page,
}) => {
  test.setTimeout(90_000); // three runs of axe
  await page.goto('/en/golden-altitude/');
  await storeAids(page, { contrast: 'high' });
  await page.reload();
  expect(await axeViolations(page, aaaColourRules)).toEqual([]);
  await page
    .locator('main article p')
    .first()
    .evaluate((p) => (p.style.color = '#767676'));
  // 4.5:1 passes AA: only the AAA rule finds it.
  expect(await axeViolations(page)).toEqual([]);
  expect(await axeViolations(page, aaaColourRules)).toEqual([
    expect.stringMatching(/^color-contrast-enhanced: /),
  ]);
});

for (const locale of locales) {
  const w = words[locale];

  test(`${locale}: by keyboard alone, the largest text is chosen, kept on the next page before its first paint, and reset @nginx`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/golden-altitude/`);
    // The skip link stays the first stop; the aids button is reached by Tab.
    await page.keyboard.press('Tab');
    await expect(page.locator('a[href="#main"]')).toBeFocused();
    const summary = aidsPanel(page).locator('summary');
    for (
      let step = 0;
      step < 15 && !(await summary.evaluate((e) => e === document.activeElement));
      step++
    )
      await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveText(w.aids);
    await page.keyboard.press('Enter');
    await expect(aidButton(page, w.largest)).toBeVisible();

    // Every control of the panel shows a focus outline of at least 3 px.
    await page.keyboard.press('Tab');
    const outlines: number[] = [];
    for (let step = 0; step < 4; step++) {
      outlines.push(
        await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement!);
          return style.outlineStyle === 'solid' ? parseFloat(style.outlineWidth) : 0;
        }),
      );
      await page.keyboard.press('Tab');
    }
    expect(Math.min(...outlines)).toBeGreaterThanOrEqual(3);

    await aidButton(page, w.largest).focus();
    await page.keyboard.press('Space');
    await expect(aidButton(page, w.largest)).toHaveAttribute('aria-pressed', 'true');
    await expect(aidButton(page, w.standard)).toHaveAttribute('aria-pressed', 'false');
    expect(await rootFontSize(page)).toBe(28);
    await page.keyboard.press('Escape');
    await expect(aidButton(page, w.largest)).toBeHidden();
    await expect(summary).toBeFocused();

    // The next page: <html> carries the choice already when <body> is first parsed.
    await page.addInitScript(() => {
      const seen: (string | null)[] = [];
      (window as unknown as { sizeAtFirstBody: (string | null)[] }).sizeAtFirstBody = seen;
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        seen.push(document.documentElement.getAttribute('data-text-size'));
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.getByRole('navigation').first().locator('a:not([aria-current])').first().click();
    await page.waitForLoadState('load');
    expect(
      await page.evaluate(
        () => (window as unknown as { sizeAtFirstBody: string[] }).sizeAtFirstBody,
      ),
    ).toEqual(['3']);
    expect(await rootFontSize(page)).toBe(28);

    // Reset returns every aid to its default, here and on the next visit.
    await aidsPanel(page).locator('summary').click();
    await aidButton(page, w.reset).click();
    expect(await rootFontSize(page)).toBe(16);
    await page.reload();
    expect(await rootFontSize(page)).toBe(16);
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
  });

  test(`${locale}: high contrast, wider spacing, the large cursor and the simplified view do what they say @nginx`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}/innovation/`);
    await aidsPanel(page).locator('summary').click();

    await aidButton(page, w.contrast).click();
    await expect(aidButton(page, w.contrast)).toHaveAttribute('aria-pressed', 'true');
    const link = page.locator('main article p a').first();
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
    expect(await firstParagraphColour(page)).toBe('rgb(0, 0, 0)');

    await aidButton(page, w.spacing).click();
    const spacing = await page
      .locator('main article p')
      .first()
      .evaluate((p) => {
        const style = getComputedStyle(p);
        return {
          font: parseFloat(style.fontSize),
          line: parseFloat(style.lineHeight),
          after: parseFloat(style.marginBottom),
        };
      });
    expect(spacing.line / spacing.font).toBeGreaterThanOrEqual(1.5);
    expect(spacing.after / spacing.line).toBeGreaterThanOrEqual(1.3);

    await aidButton(page, w.cursor).click();
    const cursors = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('main p')!).cursor,
      link: getComputedStyle(document.querySelector('main a')!).cursor,
    }));
    expect(cursors.text).toContain('/cursors/arrow.svg');
    expect(cursors.link).toContain('/cursors/hand.svg');
    for (const file of ['/cursors/arrow.svg', '/cursors/hand.svg']) {
      const answer = await request.get(file);
      expect(answer.status(), file).toBe(200);
      expect(answer.headers()['content-type']).toContain('image/svg+xml');
    }

    await aidButton(page, w.simple).click();
    await expect(page.getByRole('navigation').first()).toBeHidden();
    await expect(page.getByTestId('header-search')).toBeHidden();
    await expect(page.getByTestId('language-switch')).toBeHidden();
    await expect(page.locator('body > footer')).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(aidsPanel(page).locator('summary')).toBeVisible();
    expect(await rootFontSize(page)).toBeGreaterThanOrEqual(24);
    // Turned off again, the page is as it was.
    await aidButton(page, w.simple).click();
    await expect(page.getByRole('navigation').first()).toBeVisible();
  });

  test(`${locale}: the large cursor is not offered on a touch screen`, async ({ browser }) => {
    const phone = await browser.newContext({ hasTouch: true, isMobile: true });
    const page = await phone.newPage();
    await page.goto(`/${locale}/`);
    await aidsPanel(page).locator('summary').click();
    await expect(aidButton(page, w.spacing)).toBeVisible();
    await expect(aidButton(page, w.cursor)).toBeHidden();
    await phone.close();
  });

  test(`${locale}: read aloud speaks the article in order, in the page's language, highlighting each block`, async ({
    page,
  }) => {
    await page.addInitScript(installSpeechStub, { voices: ['en-GB', 'zh-CN'] });
    await page.goto(`/${locale}/golden-altitude/`);
    const expectedOrder = await page
      .locator('main article')
      .locator('h1, h2, p')
      .evaluateAll((elements) =>
        elements
          .filter((element) => !element.closest('[hidden], button, .sr-only, li, dd, td, th'))
          .map((element) => (element.textContent ?? '').trim())
          .filter(Boolean),
      );
    expect(expectedOrder.length).toBeGreaterThan(3);

    await aidsPanel(page).locator('summary').click();
    await aidButton(page, w.play).click();
    // The first block, the title, is highlighted while it is spoken.
    const title = page.locator('main article h1');
    await expect(title).toHaveAttribute('data-reading-now', '');
    expect(await title.evaluate((h1) => parseFloat(getComputedStyle(h1).outlineWidth))).toBe(3);
    await aidButton(page, w.pause).click();
    await aidButton(page, w.play).click();
    // The stub ends each utterance when asked; let it speak the whole article.
    await page.evaluate(() => (window as unknown as SpeechStubWindow).speechStub.finishAll());
    const spoken = await page.evaluate(() => (window as unknown as SpeechStubWindow).speechStub);
    expect(spoken.calls.slice(0, 3)).toEqual(['speak', 'pause', 'resume']);
    const texts = spoken.utterances.map((utterance) => utterance.text);
    expect(texts[0]).toBe(expectedOrder[0]);
    // Every heading and paragraph, in the page's order, among what was spoken.
    let position = -1;
    for (const text of expectedOrder) {
      position = texts.indexOf(text, position + 1);
      expect(position, `"${text}" spoken after the block before it`).toBeGreaterThan(-1);
    }
    expect(new Set(spoken.utterances.map((utterance) => utterance.lang))).toEqual(
      new Set([w.voice]),
    );
    await expect(page.locator('[data-reading-now]')).toHaveCount(0);

    await aidButton(page, w.play).click();
    await aidButton(page, w.stop).click();
    await expect(page.locator('[data-reading-now]')).toHaveCount(0);
    expect(
      (await page.evaluate(() => (window as unknown as SpeechStubWindow).speechStub)).calls.at(-1),
    ).toBe('cancel');
  });

  test(`${locale}: without a voice for the language, read aloud says so and stays off`, async ({
    page,
  }) => {
    await page.addInitScript(installSpeechStub, { voices: [locale === 'zh' ? 'en-GB' : 'zh-CN'] });
    await page.goto(`/${locale}/`);
    await aidsPanel(page).locator('summary').click();
    await expect(aidsPanel(page).locator('[data-read-aloud-status]')).toHaveText(w.noVoice);
    await expect(aidButton(page, w.play)).toBeDisabled();
  });

  test(`${locale}: the system's settings are honoured without being asked`, async ({ page }) => {
    await page.goto(`/${locale}/golden-altitude/`);
    const paragraphColour = () => firstParagraphColour(page);
    const before = await paragraphColour();
    expect(before).not.toBe('rgb(0, 0, 0)');

    await page.emulateMedia({ contrast: 'more' });
    expect(await paragraphColour()).toBe('rgb(0, 0, 0)');
    expect(await axeViolations(page, aaaColourRules)).toEqual([]);
    await aidsPanel(page).locator('summary').click();
    await expect(aidButton(page, w.contrast)).toHaveAttribute('aria-pressed', 'true');
    // The reader may still turn it off.
    await aidButton(page, w.contrast).click();
    expect(await paragraphColour()).toBe(before);
    await page.emulateMedia({ contrast: 'no-preference' });

    await page.emulateMedia({ forcedColors: 'active' });
    const current = page.getByRole('navigation').first().locator('[aria-current="page"]');
    expect(await current.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid');
    await page.emulateMedia({ forcedColors: 'none' });
    expect(await current.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('none');

    const transition = () =>
      page.locator('body').evaluate((body) => getComputedStyle(body).transitionDuration);
    expect(await transition()).toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(await transition())).toBeLessThan(0.001);
    expect(await transition()).not.toBe('0s');
  });

  test(`${locale}: without JavaScript the control explains the alternatives, and system contrast still applies`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/golden-altitude/`);
    await aidsPanel(page).locator('summary').click();
    const advice = aidsPanel(page).locator('[data-aids-fallback]');
    await expect(advice).toBeVisible();
    await expect(advice).toContainText('Ctrl');
    await expect(aidButton(page, w.largest)).toBeHidden();
    await expect(aidsPanel(page).getByRole('link')).toHaveAttribute(
      'href',
      `/${locale}/accessibility/`,
    );
    await page.emulateMedia({ contrast: 'more' });
    expect(await firstParagraphColour(page)).toBe('rgb(0, 0, 0)');
    await context.close();
  });
}

type SpeechStubWindow = {
  speechStub: {
    utterances: { text: string; lang: string }[];
    calls: string[];
    finishAll: () => void;
  };
};

/**
 * Replaces the browser's speech synthesis with a recorder (run before the page's scripts): it
 * lists the given voices, records each utterance's text and language and each call, and ends the
 * utterances only when the test asks, so the highlight can be seen mid-sentence.
 */
function installSpeechStub({ voices }: { voices: string[] }) {
  const pending: SpeechSynthesisUtterance[] = [];
  const stub = {
    utterances: [] as { text: string; lang: string }[],
    calls: [] as string[],
    finishAll() {
      for (let guard = 0; guard < 1000 && pending.length > 0; guard++) {
        const utterance = pending.shift()!;
        utterance.onend?.call(utterance, {} as SpeechSynthesisEvent);
      }
    },
  };
  class Utterance {
    voice: SpeechSynthesisVoice | null = null;
    lang = '';
    onend: ((event: SpeechSynthesisEvent) => void) | null = null;
    constructor(public text: string) {}
  }
  const synth = {
    getVoices: () =>
      voices.map((lang) => ({
        lang,
        name: lang,
        default: false,
        localService: true,
        voiceURI: lang,
      })),
    addEventListener: () => {},
    speak(utterance: SpeechSynthesisUtterance) {
      stub.utterances.push({ text: utterance.text, lang: utterance.lang });
      stub.calls.push('speak');
      pending.push(utterance);
    },
    pause: () => void stub.calls.push('pause'),
    resume: () => void stub.calls.push('resume'),
    cancel: () => {
      stub.calls.push('cancel');
      pending.length = 0;
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: Utterance,
    configurable: true,
  });
  (window as unknown as SpeechStubWindow).speechStub = stub;
}
