import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { site } from '@/lib/content/site';
import { contactDetails, type Contact } from '@/lib/contact';

/**
 * How to reach the Park Administrative Committee (or, with `contact="media"`, the press contact),
 * from content/site.ts. On a page it says so when nothing is published yet; in the footer
 * (`compact`), or with `whenEmpty="hide"`, it is then simply absent. With
 * `appearance="call-to-action"` (the page for investors) it is a boxed section under its own
 * heading, which goes with it while nothing is published.
 */
export async function ContactDetails({
  compact = false,
  whenEmpty = 'say',
  contact = 'committee',
  appearance = 'plain',
}: {
  compact?: boolean;
  whenEmpty?: 'say' | 'hide';
  contact?: Contact;
  appearance?: 'plain' | 'call-to-action';
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
  const label = t(contact === 'media' ? 'mediaLabel' : 'label', { committee });
  const list = (
    <dl
      aria-label={appearance === 'call-to-action' ? undefined : label}
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
  if (appearance === 'plain') return list;
  return (
    <section
      aria-labelledby="contact-heading"
      className="not-prose my-10 rounded-lg border-2 border-park-600 bg-park-50 p-5"
      data-testid="contact-call-to-action"
    >
      <h2 id="contact-heading" className="text-xl font-bold text-park-900">
        {label}
      </h2>
      {list}
    </section>
  );
}
