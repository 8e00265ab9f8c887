import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { site } from '@/lib/content/site';
import { contactDetails, type Contact } from '@/lib/contact';

/**
 * How to reach the Park Administrative Committee (or, with `contact="media"`, the press contact),
 * from content/site.ts. On a page it says so when nothing is published yet; in the footer
 * (`compact`), or with `whenEmpty="hide"`, it is then simply absent.
 */
export async function ContactDetails({
  compact = false,
  whenEmpty = 'say',
  contact = 'committee',
}: {
  compact?: boolean;
  whenEmpty?: 'say' | 'hide';
  contact?: Contact;
}) {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'ContactDetails' });
  const details = contactDetails(locale, contact);
  const committee = site().administrativeCommittee[locale];
  if (details.length === 0) {
    if (compact || whenEmpty === 'hide') return null;
    return (
      <p>{t(contact === 'media' ? 'mediaNotYetPublished' : 'notYetPublished', { committee })}</p>
    );
  }
  return (
    <dl
      aria-label={t(contact === 'media' ? 'mediaLabel' : 'label', { committee })}
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
