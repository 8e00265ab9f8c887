import { getTranslations } from 'next-intl/server';
import { site } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { pageHref } from '@/lib/navigation';
import { ContactDetails } from './ContactDetails';

/** The park's full name, its contact details and filing numbers; each is hidden while empty. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' });
  const links = [
    ...site().footerLinks.map((link) => ({
      key: link.page,
      href: pageHref(locale, link.page),
      words: link.label[locale],
    })),
    { key: 'data', href: '/data/figures.csv', words: t('data') },
  ];
  const filings = [
    // The ICP number links to the national filing register, as mainland sites customarily do.
    { key: 'icp', value: site().icpFilingNumber, href: 'https://beian.miit.gov.cn/' },
    { key: 'public-security', value: site().publicSecurityFilingNumber },
  ].filter((filing) => filing.value !== '');

  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50 text-sm text-stone-700 simple:hidden">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8">
        <p className="font-semibold text-stone-900">{site().name[locale]}</p>
        <ContactDetails compact />
        <nav aria-label={t('label')} className="print:hidden">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map((link) => (
              <li key={link.key}>
                <a className="inline-flex min-h-6 items-center underline" href={link.href}>
                  {link.words}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {filings.length > 0 && (
          <p className="flex flex-wrap gap-x-4">
            {filings.map((filing) =>
              filing.href ? (
                <a key={filing.key} className="underline" href={filing.href} rel="noopener">
                  {filing.value}
                </a>
              ) : (
                <span key={filing.key}>{filing.value}</span>
              ),
            )}
          </p>
        )}
      </div>
    </footer>
  );
}
