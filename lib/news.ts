import { Feed } from 'feed';
import { site } from '@/lib/content/site';
import { pagesWithRole, slugOfRole, type LoadedPage } from './content/pages';
import { htmlLang, type Locale } from './i18n/routing';
import { translator } from './i18n/translator';
import { pageHref } from './navigation';
import { siteUrl } from './site';

export interface NewsItem extends LoadedPage {
  slug: string;
  /** As precise as known: 2023, 2023-06 or 2023-06-30. */
  date: string;
}

/** The news of a locale (pages with `role: news-item`), newest first. */
export function newsItems(locale: Locale): NewsItem[] {
  return pagesWithRole(locale, 'news-item')
    .map((page) => ({ ...page, date: page.frontmatter.date ?? '' }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/** The address of a locale's Atom feed: its own route, app/[locale]/news/feed.xml. */
export function feedPath(locale: Locale): string {
  return `/${locale}/news/feed.xml`;
}

/**
 * The Atom feed of a locale's news (RFC 4287), in the locale's language (`xml:lang`), with the
 * Park as its author. An entry's `updated` and `published` are both its page's `updated` date, a
 * real day: the site keeps no separate date of first publication, and the event's own date, often
 * only a year, is no instant, so it is stated in the summary rather than padded out to one.
 */
export function newsFeed(locale: Locale): string {
  const items = newsItems(locale);
  const newest =
    items
      .map((item) => item.frontmatter.updated)
      .sort()
      .at(-1) ?? '2026-01-01';
  const t = translator(locale, 'News');
  const newsPage = slugOfRole(locale, 'news');
  const home = `${siteUrl}${newsPage ? pageHref(locale, newsPage) : feedPath(locale)}`;
  const feed = new Feed({
    id: home,
    link: home,
    title: t('feedTitle', { site: site().shortName[locale] }),
    language: htmlLang[locale],
    updated: new Date(`${newest}T00:00:00Z`),
    copyright: site().name[locale],
    author: { name: site().name[locale] },
    feedLinks: { atom: `${siteUrl}${feedPath(locale)}` },
  });
  for (const item of items) {
    const url = `${siteUrl}${pageHref(locale, item.slug)}`;
    feed.addItem({
      id: url,
      link: url,
      title: item.frontmatter.title,
      description: `${item.date} · ${item.frontmatter.description}`,
      date: new Date(`${item.frontmatter.updated}T00:00:00Z`),
      published: new Date(`${item.frontmatter.updated}T00:00:00Z`),
    });
  }
  return withLanguage(feed.atom1(), htmlLang[locale]);
}

const atomRoot = '<feed xmlns="http://www.w3.org/2005/Atom">';

/**
 * The feed with `xml:lang` on its root, which the `feed` package does not write (its `language`
 * goes to RSS only). Throws if the package's root element ever changes, rather than omit it.
 */
function withLanguage(atom: string, language: string): string {
  if (!atom.includes(atomRoot)) throw new Error(`the Atom feed has no ${atomRoot}`);
  return atom.replace(
    atomRoot,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`,
  );
}
