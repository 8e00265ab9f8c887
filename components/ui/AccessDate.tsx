'use client';

import { useClientValue } from './useClientValue';
import { formatDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/routing';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The date a reader consulted the site, for citations: the build date in the static page, the
 * reader's today once JavaScript runs, so a copied citation carries the right access date.
 */
export function AccessDate({ builtOn, locale }: { builtOn: string; locale: Locale }) {
  const date = useClientValue(today, builtOn);
  return <time dateTime={date}>{formatDate(date, locale)}</time>;
}
