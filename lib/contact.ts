import content from '@/content/site';
import type { Locale } from './i18n/routing';

/** One way to reach someone at the Park, as set in content/site.ts. */
export interface ContactDetail {
  kind: 'name' | 'address' | 'phone' | 'email';
  value: string;
  href?: string;
}

/** Whose details: the Park Administrative Committee, or the contact for journalists. */
export type Contact = 'committee' | 'media';

const telephoneLink = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`;

/** The contact details that are filled in; empty settings are left out, never guessed. */
export function contactDetails(locale: Locale, contact: Contact = 'committee'): ContactDetail[] {
  const details: ContactDetail[] =
    contact === 'media'
      ? [
          { kind: 'name', value: content.mediaContact.name[locale] },
          {
            kind: 'phone',
            value: content.mediaContact.phone,
            href: telephoneLink(content.mediaContact.phone),
          },
          {
            kind: 'email',
            value: content.mediaContact.email,
            href: `mailto:${content.mediaContact.email}`,
          },
        ]
      : [
          { kind: 'address', value: content.address[locale] },
          { kind: 'phone', value: content.phone, href: telephoneLink(content.phone) },
          { kind: 'email', value: content.email, href: `mailto:${content.email}` },
        ];
  return details.filter((detail) => detail.value !== '');
}
