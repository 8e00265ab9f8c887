import content from '@/content/site';
import type { Locale } from './i18n/routing';

/** One way to reach the Park Administrative Committee, as set in content/site.ts. */
export interface ContactDetail {
  kind: 'address' | 'phone' | 'email';
  value: string;
  href?: string;
}

/** The contact details that are filled in; empty settings are left out, never guessed. */
export function contactDetails(locale: Locale): ContactDetail[] {
  const details: ContactDetail[] = [
    { kind: 'address', value: content.address[locale] },
    { kind: 'phone', value: content.phone, href: `tel:${content.phone.replace(/[^+\d]/g, '')}` },
    { kind: 'email', value: content.email, href: `mailto:${content.email}` },
  ];
  return details.filter((detail) => detail.value !== '');
}
