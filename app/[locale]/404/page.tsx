import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { NotFoundPage, notFoundMetadata } from '@/components/layout/NotFoundPage';
import { localeStaticParams, pageLocale } from '@/lib/i18n/locale-route';

type Params = Promise<{ locale: string }>;

export const generateStaticParams = localeStaticParams;
export const dynamicParams = false;

/**
 * The 404 page of one locale (out/zh/404/index.html). A web server that reads the locale from the
 * address (deploy/nginx.conf) answers a missing /zh/… with it: the visitor's language and the
 * site's navigation. Hosts that can't do that serve out/404.html, which speaks both.
 */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return notFoundMetadata(pageLocale((await params).locale));
}

export default async function LocaleNotFound({ params }: { params: Params }) {
  const locale = pageLocale((await params).locale);
  setRequestLocale(locale);
  return <NotFoundPage locale={locale} />;
}
