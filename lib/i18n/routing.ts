import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['zh', 'en'],
  defaultLocale: 'zh',
  // Static export has no middleware: the locale is always in the URL.
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

/** The value of `<html lang>` and `hreflang` for each locale. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };

/** The other locale: where the language switch leads. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
