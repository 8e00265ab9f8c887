import { getLocale, getTranslations } from 'next-intl/server';
import content from '@/content/site';
import { contactDetails } from '@/lib/contact';
import type { Locale } from '@/lib/i18n/routing';

/**
 * How to reach the Park Administrative Committee, from content/site.ts. On the About page
 * (`<ContactDetails />`) it says so when nothing is published yet; in the footer (`compact`)
 * it is then simply absent.
 */
export async function ContactDetails({ compact = false }: { compact?: boolean }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations({ locale, namespace: 'ContactDetails' });
  const details = contactDetails(locale);
  const committee = content.administrativeCommittee[locale];
  if (details.length === 0) {
    return compact ? null : <p>{t('notYetPublished', { committee })}</p>;
  }
  return (
    <dl
      aria-label={t('label', { committee })}
      className={compact ? 'space-y-1' : 'not-prose my-4 space-y-2 text-base'}
    >
      {details.map((detail) => (
        <div key={detail.kind} className="flex flex-wrap gap-x-2">
          <dt className="font-medium">{t(detail.kind)}</dt>
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
  );
}
