import { describe, expect, it } from 'vitest';
import acceptLanguage from '@/deploy/accept-language.mjs';
import { routing } from '@/lib/i18n/routing';
import { acceptLanguageCases } from '../support/accept-language-cases';

// deploy/accept-language.mjs: the language of `/` (nginx runs it through njs; the same table runs
// against real nginx in tests/site/tls.test.ts).
const { chooseLocale, parseAcceptLanguage, preferredLocale, siteLocales } = acceptLanguage;
const forHeader = (header: string | undefined) =>
  preferredLocale({ headersIn: header === undefined ? {} : { 'Accept-Language': header } });

describe('the language of the root address (RFC 9110 §12.5.4)', () => {
  it.each(acceptLanguageCases)('Accept-Language %j → %s', (header, locale) => {
    expect(forHeader(header)).toBe(locale);
  });

  it('knows the locales of the site, the default first', () => {
    expect(siteLocales).toEqual([
      routing.defaultLocale,
      ...routing.locales.filter((l) => l !== routing.defaultLocale),
    ]);
  });

  it('reads ranges and weights in header order, lower-cased', () => {
    expect(parseAcceptLanguage('zh-CN, EN;q=0.8 ,*;q=0.1')).toEqual([
      { range: 'zh-cn', q: 1 },
      { range: 'en', q: 0.8 },
      { range: '*', q: 0.1 },
    ]);
    expect(parseAcceptLanguage('en;q=1.0001, fr;q=0.1234, de;level=1, x;q=0.5')).toEqual([
      { range: 'x', q: 0.5 },
    ]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });

  it('chooses among any locales, the first being the default', () => {
    expect(chooseLocale(parseAcceptLanguage('de, fr;q=0.5'), ['en', 'fr'])).toBe('fr');
    expect(chooseLocale(parseAcceptLanguage('de'), ['en', 'fr'])).toBe('en');
  });

  // No time limit here: a timed test fails on a busy machine, not on slow code.
  it('chooses right in a header of thousands of items', () => {
    const header = Array.from({ length: 2000 }, (_, i) => `x${i};q=0.${i % 1000}`).join(', ');
    expect(forHeader(`${header}, en;q=0.001`)).toBe('en');
    expect(forHeader(`${header}, zh;q=0.001, en;q=0`)).toBe('zh');
  });
});
