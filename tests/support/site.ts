import { site } from '@/lib/content/site';
import { listPageSlugs, loadPage } from '@/lib/content/pages';
import { htmlLang, routing, type Locale } from '@/lib/i18n/routing';
import { pageHref } from '@/lib/navigation';

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
        path: pageHref(locale, slug),
        lang: htmlLang[locale],
        title,
        description,
        documentTitle: slug === 'index' ? title : `${title} | ${site().shortName[locale]}`,
      };
    }),
  );
}
