import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ContentProblemsPage, contentProblems } from '@/components/layout/ContentProblemsPage';
import { SkipLink } from '@/components/layout/SkipLink';
import { localeStaticParams, pageLocale } from '@/lib/i18n/locale-route';
import { htmlLang } from '@/lib/i18n/routing';
import { browserScriptSrc } from '@/lib/deploy/script-manifest';

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
  // While previewing (`npm run dev`), a mistake in content/ is shown in place of the page, which
  // (like the skip link's translations) would throw it: see ContentProblemsPage.
  const problems = contentProblems();
  return (
    // The reading aids' early script writes the reader's choice onto <html> before React sees it.
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        {/* The reader's stored reading aids, applied before the first paint so no page flashes at
            the default size or contrast: a few hundred bytes, and so on purpose synchronous. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src={browserScriptSrc('readingAids')} />
        {/* The site's script: a module of a few KB (lib/browser/site.ts). Modules are deferred by
            nature, so the rule against synchronous scripts does not apply. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script type="module" src={browserScriptSrc('site')} />
      </head>
      <body>
        {problems.length > 0 ? (
          <ContentProblemsPage problems={problems} />
        ) : (
          <>
            <SkipLink locale={locale} />
            {children}
          </>
        )}
      </body>
    </html>
  );
}
