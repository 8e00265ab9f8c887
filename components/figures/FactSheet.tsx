import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { FigureTableHead } from './FigureTableHead';
import { site } from '@/lib/content/site';
import { formatFigureValue, formatPeriod, formatSource } from '@/lib/figures/format';
import { statisticsAddress } from '@/lib/figures/permalink';
import { figureGroups, latestObservation } from '@/lib/figures/registry';

/**
 * Every figure in one compact table per theme, made to print on A4: rows never split across
 * pages, and the source and the Statistics page's address are printed beneath.
 */
export async function FactSheet() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'FactSheet' });
  const groups = figureGroups();
  const sources = new Set(
    groups.flatMap((group) =>
      group.figures.flatMap((figure) =>
        figure.observations.map((o) => formatSource(o.source, locale)),
      ),
    ),
  );
  return (
    <section className="not-prose my-6 space-y-6 break-before-page" data-testid="fact-sheet">
      {/* The section's heading (a section without one is a Nu HTML Checker warning); the page
          places the fact sheet under an h2, so this is an h3. */}
      <h3 className="text-lg font-semibold text-park-900">
        {t('caption', { name: site().name[locale] })}
      </h3>
      {groups.map((group) => (
        <table key={group.id} className="w-full border-collapse text-left text-sm">
          <caption className="pb-1 text-left text-base font-semibold text-park-800">
            {group.title[locale]}
          </caption>
          <FigureTableHead
            labels={{ figure: t('figure'), value: t('value'), period: t('period') }}
          />
          <tbody>
            {group.figures.map((figure) => {
              const latest = latestObservation(figure);
              return (
                <tr
                  key={figure.id}
                  data-figure-id={figure.id}
                  className="break-inside-avoid border-b border-stone-200"
                >
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {figure.label[locale]}
                  </th>
                  <td className="py-1 pr-3 text-right font-semibold tabular-nums sm:whitespace-nowrap">
                    {formatFigureValue(figure, latest, locale)}
                  </td>
                  <td className="py-1 sm:whitespace-nowrap">
                    {formatPeriod(latest.period, locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
      <p className="text-xs text-stone-600">
        {t('source', {
          source: [...sources].join(' '),
          url: statisticsAddress(locale, 'absolute'),
        })}
      </p>
    </section>
  );
}
