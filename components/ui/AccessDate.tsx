import { accessDate } from '@/lib/browser/hooks';
import { formatDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The date a reader consulted the site, for citations: the build date in the static page, the
 * reader's today once the site's script runs (lib/browser/access-dates.ts), so a copied citation
 * carries the right access date.
 */
export function AccessDate({ builtOn, locale }: { builtOn: string; locale: Locale }) {
  return (
    <time dateTime={builtOn} {...{ [accessDate]: locale }} suppressHydrationWarning>
      {formatDate(builtOn, locale)}
    </time>
  );
}
