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

/**
 * Sets the access dates of a citation when the reader opens it: citations sit in closed
 * `<details>`, and formatting dozens of dates that may never be read would cost every page load
 * (the first date format loads the locale's data). Returns the listener, for tests.
 */
export function setAccessDatesWhenOpened(root: Document, today: () => string) {
  // `toggle` does not bubble: listen in the capture phase to hear every <details>.
  const listener = (event: Event) => {
    const details = event.target;
    if (details instanceof HTMLDetailsElement && details.open) setAccessDates(details, today());
  };
  root.addEventListener('toggle', listener, true);
  return listener;
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
