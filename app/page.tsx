import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BilingualDocument } from '@/components/layout/BilingualDocument';
import { site } from '@/lib/content/site';
import { chooserLocales } from '@/lib/browser/hooks';
import { browserScriptSrc } from '@/lib/deploy/script-manifest';
import { routing } from '@/lib/i18n/routing';
import { pageHref } from '@/lib/navigation';
import { siteUrl } from '@/lib/site';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: `${site().shortName.zh} · ${site().shortName.en}`,
  description: `${site().name.zh} · ${site().name.en}`,
  // The chooser is the x-default; search engines should index the two language versions.
  alternates: { canonical: '/', languages: { 'zh-Hans': '/zh/', en: '/en/', 'x-default': '/' } },
  icons: { icon: '/favicon.svg', apple: '/apple-touch-icon.png' },
};

/** The site's locales for the chooser script, the default (which it falls back to) first. */
const localesDefaultFirst = [
  routing.defaultLocale,
  ...routing.locales.filter((locale) => locale !== routing.defaultLocale),
].join(' ');

/** `/`: sends the browser to its language; without JavaScript, offers both as plain links. */
export default async function LanguageChooserPage() {
  const t = {
    zh: await getTranslations({ locale: 'zh', namespace: 'LanguageChooser' }),
    en: await getTranslations({ locale: 'en', namespace: 'LanguageChooser' }),
  };
  return (
    <BilingualDocument
      head={
        // A classic script in the head, synchronous on purpose: the redirect happens before the
        // page is drawn. It is 0.3 KB.
        // eslint-disable-next-line @next/next/no-sync-scripts
        <script src={browserScriptSrc('chooser')} {...{ [chooserLocales]: localesDefaultFirst }} />
      }
    >
      {(locale) => (
        <>
          <h1 className="text-2xl font-bold text-park-900">{t[locale]('title')}</h1>
          <p>
            <a
              href={pageHref(locale, 'index')}
              hrefLang={locale === 'zh' ? 'zh-Hans' : 'en'}
              className="inline-flex min-h-11 items-center rounded-md bg-action px-5 font-semibold text-white hover:bg-band"
            >
              {t[locale]('link')}
            </a>
          </p>
        </>
      )}
    </BilingualDocument>
  );
}
