import type { Locale } from './i18n/routing';
import { pageExists } from './content/pages';

/** The main sections, in menu order; each is the slug of a page in content/<locale>/. */
const sections = [
  'index',
  'development-plan',
  'golden-altitude',
  'innovation',
  'digital-economy',
  'statistics',
  'about',
] as const;
export type SectionSlug = (typeof sections)[number];

/** The URL of a page: `/zh/` for the home page, `/en/golden-altitude/` for the others. */
export function pageHref(locale: Locale, slug: string): string {
  return slug === 'index' ? `/${locale}/` : `/${locale}/${slug}/`;
}

/** The sections that exist in this locale; a section is shown in the menu once its page does. */
export function menuSections(locale: Locale): SectionSlug[] {
  return sections.filter((slug) => pageExists(locale, slug));
}
