import type { Locale } from '../i18n/routing';
import type { Frontmatter, PageRole } from './frontmatter';
import { loadContent, pageFile, type ContentPage } from './load';

export { mdxComponentNames } from './page-check';
export { pageFile };

/**
 * Drafts are shown while previewing with `npm run dev` (NODE_ENV is "development" only under
 * `next dev`) and left out of the built site, unless it is built with INCLUDE_DRAFTS=1 for a
 * preview host; such a build records its drafts (out/version.json), and `npm run release` will not
 * publish it without `--include-drafts`.
 */
export const showDrafts =
  process.env.NODE_ENV === 'development' || process.env.INCLUDE_DRAFTS === '1';

/** The files of the draft pages the site shows (none in a build for publishing). */
export function shownDraftFiles(): string[] {
  return showDrafts
    ? loadContent()
        .pages.filter((page) => page.isDraft)
        .map((page) => page.file)
        .sort()
    : [];
}

/** A published page, as the site shows it. */
export interface LoadedPage {
  slug: string;
  file: string;
  frontmatter: Frontmatter;
}

function publishedPages(locale: Locale): ContentPage[] {
  return loadContent().pages.filter(
    (page) => page.locale === locale && (showDrafts || !page.isDraft),
  );
}

function loaded(page: ContentPage): LoadedPage {
  // The loader stops on any page whose frontmatter has a mistake, so every page here has one.
  return { slug: page.slug, file: page.file, frontmatter: page.frontmatter! };
}

/** The slugs of the pages of a locale that are published: drafts only while previewing. */
export function listPageSlugs(locale: Locale): string[] {
  return publishedPages(locale).map((page) => page.slug);
}

/** True when the page exists in this locale and is published (or drafts are shown). */
export function pageExists(locale: Locale, slug: string): boolean {
  return publishedPages(locale).some((page) => page.slug === slug);
}

/** One published page; the route asks only for pages listed by listPageSlugs. */
export function loadPage(locale: Locale, slug: string): LoadedPage {
  const page = publishedPages(locale).find((each) => each.slug === slug);
  if (!page) throw new Error(`No published page ${pageFile(locale, slug)}`);
  return loaded(page);
}

/** The published pages of a locale that play a role (frontmatter `role:`). */
export function pagesWithRole(locale: Locale, role: PageRole): LoadedPage[] {
  return publishedPages(locale)
    .filter((page) => page.frontmatter?.role === role)
    .map(loaded);
}

/** The slug of the one page of a locale with this role, if it is published. */
export function slugOfRole(locale: Locale, role: PageRole): string | undefined {
  return pagesWithRole(locale, role)[0]?.slug;
}
