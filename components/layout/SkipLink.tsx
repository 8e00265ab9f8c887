import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/** The first link on every page: keyboard users jump past the header to the content. */
export async function SkipLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SkipLink' });
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-surface px-4 py-3 font-semibold text-park-900 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      {t('label')}
    </a>
  );
}
