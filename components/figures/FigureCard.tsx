import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { presentFigure } from '@/lib/figures/present';
import { FigureLabel } from './FigureLabel';
import { LinkedSource } from './LinkedSource';

/**
 * A figure on its own: label, value, reference period and source. The label links to the
 * figure's entry on the Statistics page, where its definition and full citation are. Inside a
 * FigureGrid whose cards share one source, the grid states that source once and the card leaves
 * it out (`sourceStated`, set by the grid, never written in MDX).
 */
export async function FigureCard({ id, sourceStated }: { id: string; sourceStated?: boolean }) {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'Figure' });
  const shown = presentFigure(id, locale);
  return (
    <div
      className="not-prose flex flex-col gap-1 rounded-lg border border-park-100 bg-park-50 p-4"
      data-figure-id={id}
    >
      <p className="text-sm font-medium text-stone-700">
        <FigureLabel
          label={shown.label}
          permalink={shown.permalink}
          title={t('statisticsLink', { label: shown.label })}
        />
      </p>
      <p className="text-2xl leading-tight font-bold text-park-800">{shown.value}</p>
      <p className="text-sm text-stone-600">{shown.period}</p>
      {!sourceStated && (
        <p className="text-sm text-stone-600">
          <LinkedSource
            text={t('source', { source: shown.source })}
            url={shown.observation.source.url}
          />
        </p>
      )}
    </div>
  );
}
