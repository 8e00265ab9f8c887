import { getLocale } from 'next-intl/server';
import type { Locale } from './routing';

/** The locale of the page being rendered (set by its layout with setRequestLocale). */
export async function currentLocale(): Promise<Locale> {
  return (await getLocale()) as Locale;
}
