import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BilingualDocument } from '@/components/layout/BilingualDocument';
import { ContentProblemsDocument, contentProblems } from '@/components/layout/ContentProblemsPage';
import { onwardLink } from '@/components/layout/NotFoundPage';
import { htmlLang } from '@/lib/i18n/routing';
import { pageHref } from '@/lib/navigation';

export const metadata: Metadata = {
  title: '页面未找到 · Page not found',
  icons: { icon: '/favicon.svg' },
};

/**
 * The one 404 page a static host serves for every missing address, so it speaks both languages.
 */
export default async function NotFound() {
  // `next dev` renders this page with every page: while content/ has a mistake, its translations
  // would throw it (see ContentProblemsPage).
  const problems = contentProblems();
  if (problems.length > 0) return <ContentProblemsDocument problems={problems} />;
  const t = {
    zh: await getTranslations({ locale: 'zh', namespace: 'NotFound' }),
    en: await getTranslations({ locale: 'en', namespace: 'NotFound' }),
  };
  return (
    <BilingualDocument>
      {(locale) => (
        <>
          <h1 className="text-2xl font-bold text-park-900">{t[locale]('title')}</h1>
          <p>{t[locale]('body')}</p>
          <p>
            <a className={onwardLink} href={pageHref(locale, 'index')} hrefLang={htmlLang[locale]}>
              {t[locale]('home')}
            </a>
          </p>
        </>
      )}
    </BilingualDocument>
  );
}
