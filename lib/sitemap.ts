import { listPageSlugs, loadPage } from '@/lib/content/pages';
import { routing } from './i18n/routing';
import { languageAlternates } from './metadata';
import { pageHref } from './navigation';
import { siteUrl } from './site';

/** One address of the sitemap: the page, its last change and its language alternates. */
export interface SitemapEntry {
  loc: string;
  /** `YYYY-MM-DD`, the page's `updated`. */
  lastmod: string;
  /** hreflang → absolute address, the page itself included. */
  alternates: Record<string, string>;
}

/** Every published page of both locales, each with its twin and the x-default as alternates. */
export function sitemapEntries(): SitemapEntry[] {
  const absolute = (path: string) => `${siteUrl}${path}`;
  return routing.locales.flatMap((locale) =>
    listPageSlugs(locale).map((slug) => ({
      loc: absolute(pageHref(locale, slug)),
      lastmod: loadPage(locale, slug).frontmatter.updated,
      alternates: Object.fromEntries(
        Object.entries(languageAlternates(slug)).map(([language, path]) => [
          language,
          absolute(path),
        ]),
      ),
    })),
  );
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/**
 * The sitemap as sitemaps.org's schema orders a `<url>`: `loc`, `lastmod`, then the elements of
 * other namespaces (the `xhtml:link` alternates). Next's own sitemap writer puts the alternates
 * before `lastmod`, which the schema rejects, hence this writer.
 */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) =>
    [
      '<url>',
      `<loc>${escapeXml(entry.loc)}</loc>`,
      `<lastmod>${escapeXml(entry.lastmod)}</lastmod>`,
      ...Object.entries(entry.alternates).map(
        ([language, href]) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}"/>`,
      ),
      '</url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
