import type { Locale } from './i18n/routing';

const dateLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

// One formatter per locale: making an Intl.DateTimeFormat loads locale data and costs far more
// than formatting with it, and the Statistics page writes a date into every citation (at build
// time, and again in the reader's browser, lib/browser/access-dates.ts).
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A YYYY-MM-DD date as a reader writes it: "2026年11月27日", "27 November 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale[locale], { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${isoDate}T00:00:00Z`));
}
