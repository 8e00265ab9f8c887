import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { presentFigure, type PresentedFigure } from '@/lib/figures/present';
import type { FigureRange } from '@/lib/figures/schema';
import { formatNumber } from '@/lib/figures/format';
import { FigureLabel } from './FigureLabel';

const idealBandId = 'ideal-altitude-band';
const parkBandId = 'park-altitude-band';
const tickStep = 100;

function rangeOf(shown: PresentedFigure): FigureRange {
  const { value } = shown.observation;
  if (typeof value === 'number')
    throw new Error(`Figure "${shown.figure.id}" must be a range to be drawn as a band.`);
  return value;
}

/**
 * The Park's altitude band drawn inside the ideal band for high-altitude wellness, on a scale in
 * metres. Built from HTML so its text keeps a legible size on a phone; the bars are decoration
 * and the caption says in words what they show.
 */
export async function AltitudeScale() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'AltitudeScale' });
  const ideal = presentFigure(idealBandId, locale);
  const park = presentFigure(parkBandId, locale);
  const [idealRange, parkRange] = [rangeOf(ideal), rangeOf(park)];

  const low =
    Math.floor(Math.min(idealRange.from, parkRange.from) / tickStep) * tickStep - tickStep;
  const high = Math.ceil(Math.max(idealRange.to, parkRange.to) / tickStep) * tickStep + tickStep;
  const position = (metres: number) => ((metres - low) / (high - low)) * 100;
  const ticks = Array.from({ length: (high - low) / tickStep + 1 }, (_, i) => low + i * tickStep);
  const isWithin = parkRange.from >= idealRange.from && parkRange.to <= idealRange.to;

  const bands = [
    { shown: ideal, range: idealRange, colour: 'bg-gold-400' },
    { shown: park, range: parkRange, colour: 'bg-park-600' },
  ];

  return (
    <figure
      className="not-prose my-8 rounded-lg border border-stone-200 p-4 sm:p-6"
      data-testid="altitude-scale"
    >
      <figcaption className="text-base font-semibold text-park-900">
        {t(isWithin ? 'within' : 'notWithin', { park: park.value, ideal: ideal.value })}
      </figcaption>
      <div className="relative mt-5">
        {/* The ideal band, carried faintly across every row, so the eye can compare. */}
        <div
          aria-hidden="true"
          className="absolute inset-y-0 border-x-2 border-dashed border-gold-600/60 bg-gold-100/60"
          style={{
            left: `${position(idealRange.from)}%`,
            width: `${position(idealRange.to) - position(idealRange.from)}%`,
          }}
        />
        <div className="relative space-y-4 py-2">
          {bands.map(({ shown, range, colour }) => (
            <div key={shown.figure.id}>
              <p className="mb-1 flex flex-wrap justify-between gap-x-3 text-sm">
                <span className="font-medium text-stone-800">
                  <FigureLabel label={shown.label} permalink={shown.permalink} />
                </span>
                <span className="font-semibold text-park-900">{shown.value}</span>
              </p>
              <div aria-hidden="true" className="relative h-4 rounded-sm bg-stone-200/70">
                <div
                  className={`absolute inset-y-0 rounded-sm ${colour}`}
                  style={{
                    left: `${position(range.from)}%`,
                    width: `${position(range.to) - position(range.from)}%`,
                  }}
                />
              </div>
            </div>
          ))}
        </div>
      </div>
      <div aria-hidden="true" className="relative mt-1 h-5 text-xs text-stone-600 tabular-nums">
        {ticks.map((metres) => (
          <span
            key={metres}
            className="absolute -translate-x-1/2 before:absolute before:-top-1.5 before:left-1/2 before:h-1.5 before:border-l before:border-stone-400"
            style={{ left: `${position(metres)}%` }}
          >
            {formatNumber(metres, locale)}
          </span>
        ))}
      </div>
      <p className="mt-1 text-center text-xs text-stone-600">{t('axis')}</p>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t('band')}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              {t('from')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('to')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bands.map(({ shown, range }) => (
            <tr key={shown.figure.id} className="border-b border-stone-200">
              <th scope="row" className="py-1 pr-3 font-normal">
                {shown.label}
              </th>
              <td className="py-1 pr-3 text-right tabular-nums">
                {formatNumber(range.from, locale)}
              </td>
              <td className="py-1 text-right tabular-nums">{formatNumber(range.to, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
