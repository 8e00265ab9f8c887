import { slugOfRole } from '../content/pages';
import type { Locale } from '../i18n/routing';
import { pageHref } from '../navigation';
import { siteUrl } from '../site';

/**
 * The address of the statistics page (the page with `role: statistics`), relative to the site
 * or absolute. The content checker makes sure there is one in each language once there are figures.
 */
export function statisticsAddress(locale: Locale, form: 'absolute' | 'relative'): string {
  const slug = slugOfRole(locale, 'statistics');
  if (!slug) throw new Error(`No page with role: statistics in content/${locale}/`);
  return form === 'absolute' ? `${siteUrl}${pageHref(locale, slug)}` : pageHref(locale, slug);
}

/** A figure's permalink, its entry on the statistics page: the one place that address is made. */
export function figurePermalink(
  id: string,
  locale: Locale,
  form: 'absolute' | 'relative' = 'absolute',
): string {
  return `${statisticsAddress(locale, form)}#${id}`;
}
