import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import type { FigureRange } from '@/lib/figures/schema';
import { formatNumber } from '@/lib/figures/format';
import {
  altitudeBounds,
  altitudeStep,
  isWithin,
  presentAltitudeBands,
} from '@/lib/figures/altitude-profile';
import { FigureLabel } from './FigureLabel';

/**
 * The Park's altitude band drawn inside the ideal band for high-altitude wellness, on a scale in
 * metres. The bars are decoration; the caption says in words what they show, and the table gives
 * the numbers.
 */
export async function AltitudeScale() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'AltitudeScale' });
  const bandsShown = presentAltitudeBands(locale);
  const [ideal, park] = [bandsShown.ideal.shown, bandsShown.park.shown];
  const [idealRange, parkRange] = [bandsShown.ideal.range, bandsShown.park.range];

  const { low, high } = altitudeBounds(idealRange, parkRange);
  const position = (metres: number) => `${((metres - low) / (high - low)) * 100}%`;
  const extent = (range: FigureRange) => `${((range.to - range.from) / (high - low)) * 100}%`;
  const ticks = Array.from(
    { length: (high - low) / altitudeStep + 1 },
    (_, i) => low + i * altitudeStep,
  );

  const bands = [
    { shown: ideal, range: idealRange, colour: 'fill-gold-400' },
    { shown: park, range: parkRange, colour: 'fill-park-600' },
  ];

  // The bars are SVG whose rectangles are placed by percentages of the drawing's width (SVG
  // geometry, not `style`, so the Content-Security-Policy needs no exception); the text stays
  // HTML, or SVG text at its own size, so it keeps a legible size on a phone.
  return (
    <figure
      className="not-prose my-8 rounded-lg border border-stone-200 p-4 sm:p-6"
      data-testid="altitude-scale"
    >
      <figcaption className="text-base font-semibold text-park-900">
        {t(isWithin(parkRange, idealRange) ? 'within' : 'notWithin', {
          park: park.value,
          ideal: ideal.value,
        })}
      </figcaption>
      <div className="relative mt-5">
        {/* The ideal band, carried faintly across every row, so the eye can compare. */}
        <svg aria-hidden="true" className="absolute inset-0 h-full w-full">
          <rect
            x={position(idealRange.from)}
            width={extent(idealRange)}
            height="100%"
            className="fill-gold-100/60"
          />
          {[idealRange.from, idealRange.to].map((metres) => (
            <line
              key={metres}
              x1={position(metres)}
              x2={position(metres)}
              y1="0"
              y2="100%"
              strokeWidth="2"
              strokeDasharray="6 4"
              className="stroke-gold-600/60"
            />
          ))}
        </svg>
        <div className="relative space-y-4 py-2">
          {bands.map(({ shown, range, colour }) => (
            <div key={shown.figure.id}>
              <p className="mb-1 flex flex-wrap justify-between gap-x-3 text-sm">
                <span className="font-medium text-stone-800">
                  <FigureLabel label={shown.label} permalink={shown.permalink} />
                </span>
                <span className="font-semibold text-park-900">{shown.value}</span>
              </p>
              <svg aria-hidden="true" className="block h-4 w-full">
                <rect width="100%" height="100%" rx="2" className="fill-stone-200/70" />
                <rect
                  x={position(range.from)}
                  width={extent(range)}
                  height="100%"
                  rx="2"
                  className={colour}
                  data-band={shown.figure.id}
                />
              </svg>
            </div>
          ))}
        </div>
      </div>
      <svg
        aria-hidden="true"
        className="mt-1 block h-5 w-full overflow-visible fill-stone-600 stroke-stone-400 text-xs tabular-nums"
      >
        {ticks.map((metres) => (
          <g key={metres}>
            <line x1={position(metres)} x2={position(metres)} y1="0" y2="5" />
            <text x={position(metres)} y="18" textAnchor="middle" stroke="none">
              {formatNumber(metres, locale)}
            </text>
          </g>
        ))}
      </svg>
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
