import type { ReactNode } from 'react';
import { site } from '@/lib/content/site';
import { htmlLang, routing } from '@/lib/i18n/routing';

/**
 * A page outside the locales (the root language chooser, the 404 page): it speaks both
 * languages at once, Chinese first, each block marked with its own `lang`.
 */
export function BilingualDocument({
  head,
  children,
}: {
  head?: ReactNode;
  children: (locale: (typeof routing.locales)[number]) => ReactNode;
}) {
  return (
    <html lang={htmlLang[routing.defaultLocale]}>
      {/* The App Router takes <head> in a layout or page; next/head is the Pages Router's. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      {head && <head>{head}</head>}
      <body>
        <main id="main" className="mx-auto max-w-3xl px-4 py-12">
          <div className="grid gap-8 sm:grid-cols-2">
            {routing.locales.map((locale) => (
              <section key={locale} lang={htmlLang[locale]} className="space-y-4">
                <p className="text-sm font-semibold text-park-700">{site().name[locale]}</p>
                {children(locale)}
              </section>
            ))}
          </div>
        </main>
      </body>
    </html>
  );
}
