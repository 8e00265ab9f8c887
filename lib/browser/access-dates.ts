import { formatDate } from '../dates';
import type { Locale } from '../i18n/routing';
import { accessDate, selector } from './hooks';

/**
 * Citations carry the date the reader consulted the site: the build date in the static page,
 * the reader's `today` (YYYY-MM-DD) once this runs, so a copied citation is right.
 */
export function setAccessDates(root: ParentNode, today: string) {
  for (const time of root.querySelectorAll<HTMLTimeElement>(selector(accessDate))) {
    time.dateTime = today;
    time.textContent = formatDate(today, time.getAttribute(accessDate) as Locale);
  }
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
