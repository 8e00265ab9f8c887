import { getTranslations } from 'next-intl/server';
import content from '@/content/site';
import type { Locale } from '@/lib/i18n/routing';

/** The park's full name and its contact and filing details; each detail is hidden while empty. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' });
  const details = [
    { key: 'address', label: t('address'), value: content.address[locale] },
    {
      key: 'phone',
      label: t('phone'),
      value: content.phone,
      href: `tel:${content.phone.replace(/[^+\d]/g, '')}`,
    },
    { key: 'email', label: t('email'), value: content.email, href: `mailto:${content.email}` },
  ].filter((detail) => detail.value);
  const filings = [
    { key: 'icp', value: content.icpFilingNumber, href: 'https://beian.miit.gov.cn/' },
    { key: 'psb', value: content.publicSecurityFilingNumber },
  ].filter((filing) => filing.value);

  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50 text-sm text-stone-700">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8">
        <p className="font-semibold text-stone-900">{content.name[locale]}</p>
        {details.length > 0 && (
          <dl
            className="space-y-1"
            aria-label={t('contactHeading', { committee: content.administrativeCommittee[locale] })}
          >
            {details.map((detail) => (
              <div key={detail.key} className="flex flex-wrap gap-x-2">
                <dt>{detail.label}:</dt>
                <dd>
                  {detail.href ? (
                    <a className="underline" href={detail.href}>
                      {detail.value}
                    </a>
                  ) : (
                    detail.value
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
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
