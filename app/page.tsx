import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BilingualDocument } from '@/components/layout/BilingualDocument';
import content from '@/content/site';
import { localeRedirectScript } from '@/lib/i18n/chooser';
import { pageHref } from '@/lib/navigation';
import { siteUrl } from '@/lib/site';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: `${content.shortName.zh} · ${content.shortName.en}`,
  description: `${content.name.zh} · ${content.name.en}`,
  // The chooser is the x-default; search engines should index the two language versions.
  alternates: { canonical: '/', languages: { 'zh-Hans': '/zh/', en: '/en/', 'x-default': '/' } },
  icons: { icon: '/favicon.svg', apple: '/apple-touch-icon.png' },
};

/** `/`: sends the browser to its language; without JavaScript, offers both as plain links. */
export default async function LanguageChooserPage() {
  const t = {
    zh: await getTranslations({ locale: 'zh', namespace: 'LanguageChooser' }),
    en: await getTranslations({ locale: 'en', namespace: 'LanguageChooser' }),
  };
  return (
    <BilingualDocument
      head={<script dangerouslySetInnerHTML={{ __html: localeRedirectScript() }} />}
    >
      {(locale) => (
        <>
          <h1 className="text-2xl font-bold text-park-900">{t[locale]('title')}</h1>
          <p>
            <a
              href={pageHref(locale, 'index')}
              hrefLang={locale === 'zh' ? 'zh-Hans' : 'en'}
              className="inline-flex min-h-11 items-center rounded-md bg-park-700 px-5 font-semibold text-white hover:bg-park-800"
            >
              {t[locale]('link')}
            </a>
          </p>
        </>
      )}
    </BilingualDocument>
  );
}
