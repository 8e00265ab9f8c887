import type { MDXContent } from 'mdx/types';
import { getTranslations } from 'next-intl/server';
import { mdxComponents } from '@/components/mdx/mdxComponents';
import type { LoadedPage } from '@/lib/content/pages';
import { formatDate } from '@/lib/dates';
import { hasAltitudeBands } from '@/lib/figures/altitude-profile';
import { formatSourceDate } from '@/lib/figures/format';
import type { Locale } from '@/lib/i18n/routing';
import { structuredData } from '@/lib/structured-data';
import { HomeHero } from './HomeHero';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** One page of content: header, the MDX body under its title, and the footer. */
export async function ContentPage({
  locale,
  slug,
  page,
  Content,
}: {
  locale: Locale;
  slug: string;
  page: LoadedPage;
  Content: MDXContent;
}) {
  const t = await getTranslations({ locale, namespace: 'PageMeta' });
  const { title, description, updated } = page.frontmatter;
  const jsonLd = structuredData(locale, page);
  // The home page leads with the altitude drawing when the content has its two figures.
  const isHome = slug === 'index' && hasAltitudeBands();
  return (
    <>
      {jsonLd && (
        <script
          type="application/ld+json"
          // JSON-LD is data, not script; "<" is escaped so no text can close the element.
          dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
        />
      )}
      <SiteHeader locale={locale} slug={slug} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-8 focus:outline-none">
        {/* The home page's first screen is as wide as the header; its text is searchable too. */}
        {isHome && <HomeHero locale={locale} title={title} lead={description} />}
        {/* Only the main content is searchable, and not the search page itself. */}
        <article
          className="prose-park"
          data-pagefind-body={page.frontmatter.role === 'search' ? undefined : ''}
        >
          {!isHome && <h1>{title}</h1>}
          {page.frontmatter.date && (
            <p className="text-stone-600">
              <time dateTime={page.frontmatter.date}>
                {formatSourceDate(page.frontmatter.date, locale)}
              </time>
            </p>
          )}
          <Content components={mdxComponents} />
          <footer>
            <p className="text-sm text-stone-600">
              <time dateTime={updated}>{t('updated', { date: formatDate(updated, locale) })}</time>
            </p>
          </footer>
        </article>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
