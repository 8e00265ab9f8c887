import type { Locale } from './i18n/routing';

const dateLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/** A YYYY-MM-DD date as a reader writes it: "2026年11月27日", "27 November 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
