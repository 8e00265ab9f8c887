// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('the attributes through which pages ask for an enhancement', () => {
  it('are the data attributes the components write', async () => {
    vi.resetModules();
    const hooks = await import('@/lib/browser/hooks');
    expect([
      hooks.copyText,
      hooks.copyTarget,
      hooks.copiedLabel,
      hooks.accessDate,
      hooks.keepFragment,
      hooks.searchForm,
      hooks.searchResults,
      hooks.searchEmpty,
      hooks.chooserLocales,
    ]).toEqual([
      'data-copy-text',
      'data-copy-target',
      'data-copied-label',
      'data-access-date',
      'data-keep-fragment',
      'data-search-form',
      'data-search-results',
      'data-search-empty',
      'data-locales',
    ]);
    expect(hooks.selector('data-copy-text')).toBe('[data-copy-text]');
  });
});

describe("the root page's script", () => {
  /** Runs lib/browser/chooser.ts as the root page would, in a browser with these languages. */
  async function choose(browser: { languages?: string[]; language?: string }, locales?: string) {
    const script = document.createElement('script');
    if (locales !== undefined) script.setAttribute('data-locales', locales);
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(
      locales === undefined ? null : script,
    );
    vi.stubGlobal('navigator', browser);
    const replace = vi.fn();
    vi.stubGlobal('location', { replace });
    vi.resetModules();
    await import('@/lib/browser/chooser');
    return replace.mock.calls;
  }

  it('sends the browser to the first of its languages the site has', async () => {
    expect(await choose({ languages: ['fr-FR', 'en-GB', 'zh-CN'] }, 'zh en')).toEqual([['/en/']]);
  });

  it('sends it to the default, the first locale, when it has none of them', async () => {
    expect(await choose({ languages: ['fr-FR'] }, 'zh en')).toEqual([['/zh/']]);
  });

  it('goes by navigator.language where navigator.languages is missing or empty', async () => {
    expect(await choose({ language: 'en-US' }, 'zh en')).toEqual([['/en/']]);
    expect(await choose({ languages: [], language: 'en-US' }, 'zh en')).toEqual([['/en/']]);
  });
});

describe("the site's script", () => {
  /** Runs lib/browser/site.ts on a page with a citation, a copy button and the language switch. */
  async function runSiteScript(clipboard?: { writeText: () => Promise<void> }) {
    document.body.innerHTML = `
      <details id="citation"><summary>Cite</summary>
        <time data-access-date="en" datetime="2026-12-01">1 December 2026</time></details>
      <button type="button" hidden data-copy-text="text">Copy</button>
      <a data-keep-fragment href="/zh/statistics/">中文</a>`;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 2, 5, 12));
    vi.stubGlobal('navigator', clipboard ? { clipboard } : {});
    vi.resetModules();
    await import('@/lib/browser/site');
  }

  it("dates a citation the reader opens with the reader's today", async () => {
    await runSiteScript();
    const details = document.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const time = document.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2027-03-05');
    expect(time.textContent).toBe('5 March 2027');
  });

  it('shows the copy buttons where the browser has a clipboard, and only there', async () => {
    await runSiteScript({ writeText: async () => {} });
    expect(document.querySelector('button')!.hidden).toBe(false);
    await runSiteScript();
    expect(document.querySelector('button')!.hidden).toBe(true);
  });

  it('keeps the language switch at the section the reader moves to', async () => {
    await runSiteScript();
    location.hash = '#figures';
    window.dispatchEvent(new Event('hashchange'));
    expect(document.querySelector('a')!.getAttribute('href')).toBe('/zh/statistics/#figures');
  });
});
