import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { loadContent } from '../content/load';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // The catalogs of content/messages/, as the content loader read and checked them.
  return { locale, messages: loadContent().messages[locale]!.messages };
});
