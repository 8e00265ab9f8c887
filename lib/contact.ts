import { site } from '@/lib/content/site';
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
          { kind: 'name', value: site().mediaContact.name[locale] },
          {
            kind: 'phone',
            value: site().mediaContact.phone,
            href: telephoneLink(site().mediaContact.phone),
          },
          {
            kind: 'email',
            value: site().mediaContact.email,
            href: `mailto:${site().mediaContact.email}`,
          },
        ]
      : [
          { kind: 'address', value: site().address[locale] },
          { kind: 'phone', value: site().phone, href: telephoneLink(site().phone) },
          { kind: 'email', value: site().email, href: `mailto:${site().email}` },
        ];
  return details.filter((detail) => detail.value !== '');
}
