import { getTranslations } from 'next-intl/server';
import { site } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { slugOfRole } from '@/lib/content/pages';
import { menuLinks, pageHref } from '@/lib/navigation';
import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadingAids } from './ReadingAids';

/** The park's name, the main navigation and the language switch. */
export async function SiteHeader({ locale, slug }: { locale: Locale; slug: string }) {
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  const searchSlug = slugOfRole(locale, 'search');
  const accessibilitySlug = slugOfRole(locale, 'accessibility');
  return (
    <header className="bg-band text-white print:bg-white print:text-park-900">
      {/* The reading aids' panel opens below this row. */}
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
        <a
          href={pageHref(locale, 'index')}
          title={t('homeLink')}
          className="flex-1 text-lg leading-snug font-bold tracking-tight hover:underline sm:text-xl"
        >
          {site().shortName[locale]}
        </a>
        {/* On a phone the search box and the reading aids take a row under the name. */}
        <div className="order-last flex w-full flex-wrap items-center gap-x-3 gap-y-2 sm:order-none sm:w-auto">
          {searchSlug && <HeaderSearch href={pageHref(locale, searchSlug)} label={t('search')} />}
          <ReadingAids
            locale={locale}
            href={accessibilitySlug && pageHref(locale, accessibilitySlug)}
          />
        </div>
        <LanguageSwitch locale={locale} slug={slug} />
      </div>
      <nav
        aria-label={t('navigationLabel')}
        className="border-t border-white/15 simple:hidden print:hidden"
      >
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 gap-y-1 px-2 py-1.5">
          {menuLinks().map((link) => (
            <li key={link.page}>
              <a
                href={pageHref(locale, link.page)}
                aria-current={link.page === slug ? 'page' : undefined}
                className="nav-link"
              >
                {link.label[locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
