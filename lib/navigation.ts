import { site } from './content/site';
import type { PageLink } from './site';

/** The URL of a page: `/zh/` for the home page, `/en/golden-altitude/` for the others. */
export function pageHref(locale: string, slug: string): string {
  return slug === 'index' ? `/${locale}/` : `/${locale}/${slug}/`;
}

/** The header's menu, as content/site.ts lists it (the checker makes sure every page exists). */
export function menuLinks(): PageLink[] {
  return site().menu;
}
