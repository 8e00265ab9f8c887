import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/layout/SkipLink';
import { localeStaticParams, pageLocale } from '@/lib/i18n/locale-route';
import { htmlLang } from '@/lib/i18n/routing';

export const generateStaticParams = localeStaticParams;

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = pageLocale((await params).locale);
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
