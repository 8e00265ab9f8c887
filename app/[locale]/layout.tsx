import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/layout/SkipLink';
import { localeStaticParams } from '@/lib/i18n/locale-route';
import { htmlLang, routing } from '@/lib/i18n/routing';

export const generateStaticParams = localeStaticParams;

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={htmlLang[locale]}>
      <body>
        <SkipLink locale={locale} />
        {children}
      </body>
    </html>
  );
}
