import content from '@/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { ContactDetails } from './ContactDetails';

/** The park's full name, its contact details and filing numbers; each is hidden while empty. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const filings = [
    // The ICP number links to the national filing register, as mainland sites customarily do.
    { key: 'icp', value: content.icpFilingNumber, href: 'https://beian.miit.gov.cn/' },
    { key: 'public-security', value: content.publicSecurityFilingNumber },
  ].filter((filing) => filing.value !== '');

  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50 text-sm text-stone-700">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8">
        <p className="font-semibold text-stone-900">{content.name[locale]}</p>
        <ContactDetails compact />
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
