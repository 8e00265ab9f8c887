import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { presentFigure } from '@/lib/figures/present';

/** A figure on its own: label, value, reference period and source. */
export async function FigureCard({ id }: { id: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations({ locale, namespace: 'Figure' });
  const shown = presentFigure(id, locale);
  return (
    <div
      className="not-prose flex flex-col gap-1 rounded-lg border border-park-100 bg-park-50 p-4"
      data-figure-id={id}
    >
      <p className="text-sm font-medium text-stone-700">{shown.label}</p>
      <p className="text-2xl leading-tight font-bold text-park-800">{shown.value}</p>
      <p className="text-sm text-stone-600">
        {shown.period} · {t('source', { publisher: shown.source })}
      </p>
      {shown.permalink && (
        <a className="text-sm text-park-700 underline" href={shown.permalink}>
          {t('statisticsLink', { label: shown.label })}
        </a>
      )}
    </div>
  );
}
