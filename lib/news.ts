import { Feed } from 'feed';
import content from '@/content/site';
import { listPageSlugs, loadPage, type LoadedPage } from './content/pages';
import { htmlLang, type Locale } from './i18n/routing';
import { pageHref } from './navigation';
import { siteUrl } from './site';

export interface NewsItem extends LoadedPage {
  slug: string;
  /** As precise as known: 2023, 2023-06 or 2023-06-30. */
  date: string;
}

/** The news of a locale (pages under content/<locale>/news/), newest first. */
export function newsItems(locale: Locale): NewsItem[] {
  return listPageSlugs(locale)
    .filter((slug) => slug.startsWith('news/'))
    .map((slug) => {
      const page = loadPage(locale, slug);
      return { ...page, slug, date: page.frontmatter.date ?? '' };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/** The address of a locale's Atom feed. */
export function feedPath(locale: Locale): string {
  return `${pageHref(locale, 'news')}feed.xml`;
}

/**
 * The Atom feed of a locale's news. An entry's `updated` is its page's `updated` date, a real
 * day; the event's own date, often only a year, is stated in the summary rather than padded out.
 */
export function newsFeed(locale: Locale): string {
  const items = newsItems(locale);
  const newest =
    items
      .map((item) => item.frontmatter.updated)
      .sort()
      .at(-1) ?? '2026-01-01';
  const feed = new Feed({
    id: `${siteUrl}${pageHref(locale, 'news')}`,
    link: `${siteUrl}${pageHref(locale, 'news')}`,
    title: locale === 'zh' ? `${content.shortName.zh}：园区动态` : `${content.shortName.en}: news`,
    language: htmlLang[locale],
    updated: new Date(`${newest}T00:00:00Z`),
    copyright: content.name[locale],
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
    });
  }
  return feed.atom1();
}
