import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { site } from '@/lib/content/site';
import { slugOfRole } from '@/lib/content/pages';
import type { Locale } from '@/lib/i18n/routing';
import { pageHref } from '@/lib/navigation';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** The slug of the 404 page in each locale: its language switch leads to the other one. */
export const notFoundSlug = '404';

/** A 404 page is never indexed and has no canonical address of its own. */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return {
    title: `${t('title')} | ${site().shortName[locale]}`,
    robots: { index: false },
    icons: { icon: '/favicon.svg', apple: '/apple-touch-icon.png' },
  };
}

/** The ways onward, as buttons a thumb can't miss. */
export const onwardLink =
  'inline-flex min-h-11 items-center rounded-md border border-park-700 px-4 font-medium text-park-800 hover:bg-park-50';

/** "Page not found" in one language, with the site's header and footer and ways onward. */
export async function NotFoundPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const searchSlug = slugOfRole(locale, 'search');
  return (
    <>
      <SiteHeader locale={locale} slug={notFoundSlug} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-8 focus:outline-none">
        <article className="prose-park">
          <h1>{t('title')}</h1>
          <p>{t('body')}</p>
          <ul className="not-prose mt-6 flex flex-wrap gap-3">
            <li>
              <a className={onwardLink} href={pageHref(locale, 'index')}>
                {t('home')}
              </a>
            </li>
            {searchSlug && (
              <li>
                <a className={onwardLink} href={pageHref(locale, searchSlug)}>
                  {t('search')}
                </a>
              </li>
            )}
          </ul>
        </article>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
