import { getTranslations } from 'next-intl/server';
import { htmlLang, otherLocale, type Locale } from '@/lib/i18n/routing';
import { pageHref } from '@/lib/navigation';
import { keepFragment } from '@/lib/browser/hooks';

/**
 * A link to the same page in the other language, labelled in that language. The site's script
 * adds the current #fragment to it (lib/browser/keep-fragment.ts), so the twin page opens at the
 * same section; without JavaScript it leads to the top of that page.
 */
export async function LanguageSwitch({ locale, slug }: { locale: Locale; slug: string }) {
  const target = otherLocale(locale);
  const t = await getTranslations({ locale, namespace: 'LanguageSwitch' });
  return (
    <a
      href={pageHref(target, slug)}
      hrefLang={htmlLang[target]}
      lang={htmlLang[target]}
      title={t('description')}
      data-testid="language-switch"
      {...{ [keepFragment]: '' }}
      suppressHydrationWarning
      className="inline-flex min-h-11 shrink-0 simple:hidden print:hidden items-center rounded-md border border-white/60 px-3 text-sm font-medium text-white hover:bg-white/10"
    >
      {t('label')}
    </a>
  );
}
