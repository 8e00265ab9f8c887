import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { AccessDate } from '../ui/AccessDate';
import { CopyButton } from '../ui/CopyButton';

/** Stands in a citation's text for the access date, which the reader's browser fills in. */
export const accessDateSlot = '\u0000ACCESSED\u0000';

/**
 * A citation in a disclosure element, readable without JavaScript, with a button that copies it.
 * `text` holds `accessDateSlot` where the access date goes.
 */
export async function Citation({
  id,
  text,
  locale,
  summary,
}: {
  id: string;
  text: string;
  locale: Locale;
  summary: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Citation' });
  const [before, after] = text.split(accessDateSlot);
  const builtOn = new Date().toISOString().slice(0, 10);
  return (
    <details className="group mt-3 rounded-md bg-stone-50 text-sm">
      <summary className="cursor-pointer px-3 py-2 font-medium text-park-700 select-none">
        {summary}
      </summary>
      <div className="space-y-2 px-3 pb-3">
        <p id={id} data-testid="citation" className="break-words text-stone-800">
          {before}
          <AccessDate builtOn={builtOn} locale={locale} />
          {after}
        </p>
        <CopyButton targetId={id} label={t('copy')} copiedLabel={t('copied')} />
      </div>
    </details>
  );
}
