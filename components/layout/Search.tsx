import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { SiteSearch } from '../ui/SiteSearch';

/** The search page's body: the client search form, given its strings as props. */
export async function Search() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <SiteSearch
      label={t('label')}
      button={t('button')}
      noResults={t('noResults')}
      needsJavaScript={t('needsJavaScript')}
      resultsLabel={t('results')}
    />
  );
}
