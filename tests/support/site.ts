import { site } from '@/lib/content/site';
import { listPageSlugs, loadPage, pagesWithRole } from '@/lib/content/pages';
import { routing, type Locale } from '@/lib/i18n/routing';

/**
 * The language tag each locale's pages declare (`<html lang>`, hreflang), written here by hand
 * rather than taken from the code that writes the pages.
 */
export const languageTag = { zh: 'zh-Hans', en: 'en' } as const satisfies Record<Locale, string>;

/** The other locale of the two, by hand: the language switch's destination. */
export const twinLocale = { zh: 'en', en: 'zh' } as const satisfies Record<Locale, Locale>;

/**
 * The address a page of content/ is published at, as the README documents it: `/zh/` for the
 * home page (`index`), `/en/golden-altitude/` for the others, with the trailing slash. Written
 * here, not taken from the site's own link builder, so a mistake there cannot confirm itself.
 */
export function expectedPath(locale: Locale, slug: string): string {
  return slug === 'index' ? `/${locale}/` : `/${locale}/${slug}/`;
}

/** One built page as the browser tests see it, with what its source says it should show. */
export interface SitePage {
  locale: Locale;
  slug: string;
  path: string;
  lang: string;
  title: string;
  description: string;
  documentTitle: string;
}

/** Every page of both locales, from content/ (the source of truth, not the build). */
export function sitePages(): SitePage[] {
  return routing.locales.flatMap((locale) =>
    listPageSlugs(locale).map((slug) => {
      const { title, description } = loadPage(locale, slug).frontmatter;
      return {
        locale,
        slug,
        path: expectedPath(locale, slug),
        lang: languageTag[locale],
        title,
        description,
        documentTitle: slug === 'index' ? title : `${title} | ${site().shortName[locale]}`,
      };
    }),
  );
}

/**
 * The titles of a locale's news items (pages with `role: news-item` in content/), newest first by
 * their frontmatter `date` ("2023" or "2023-06-30"), and by file name among those of one date: the
 * order the news list and the feed promise, sorted here rather than by the site's own code.
 */
export function newsTitlesNewestFirst(locale: Locale): string[] {
  const items = pagesWithRole(locale, 'news-item').map((page) => ({
    slug: page.slug,
    date: String(page.frontmatter.date ?? ''),
    title: page.frontmatter.title,
  }));
  items.sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? 1 : -1));
  return items.map((item) => item.title);
}
