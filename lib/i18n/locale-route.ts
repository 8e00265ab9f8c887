import { hasLocale } from 'next-intl';
import { notFound } from 'next/navigation';
import { routing, type Locale } from './routing';

/** generateStaticParams of a route under app/[locale]/: one copy per locale. */
export function localeStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The locale of a page's params; anything else is not a page of this site. */
export function pageLocale(locale: string): Locale {
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}

/** The locale of a route handler's params, or a 404 response for anything else. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale | Response> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? locale : new Response('Not found', { status: 404 });
}
