import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { FigureTableHead } from './FigureTableHead';
import { formatFigureValue, formatPeriod } from '@/lib/figures/format';
import { figureGroups, latestObservation } from '@/lib/figures/registry';
import { FigureLabel } from './FigureLabel';

/**
 * A compact table of every figure (figure, value, period, a link to its entry), for the top of
 * the statistics page: what a journalist scans first. It needs no script.
 */
export async function FigureOverview() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'AllFigures' });
  const groups = figureGroups();
  return (
    <div className="not-prose my-8">
      <section aria-labelledby="overview">
        <h2 id="overview" className="mb-2 text-2xl font-bold text-park-900">
          {t('overview')}
        </h2>
        {/* On a phone the table scrolls inside this region, never the page; the region can take
          focus so that it can be scrolled from the keyboard. */}
        <div
          role="region"
          aria-labelledby="overview-caption"
          tabIndex={0}
          className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-park-600"
        >
          <table
            className="w-full border-collapse text-left text-sm"
            data-testid="figures-overview"
          >
            <caption id="overview-caption" className="pb-2 text-left text-stone-700">
              {t('overviewCaption')}
            </caption>
            <FigureTableHead
              labels={{ figure: t('figure'), value: t('value'), period: t('period') }}
            />
            {groups.map((group) => (
              <tbody key={group.id}>
                <tr>
                  <th
                    scope="rowgroup"
                    colSpan={3}
                    className="pt-3 pb-1 font-semibold text-park-800"
                  >
                    {group.title[locale]}
                  </th>
                </tr>
                {group.figures.map((figure) => {
                  const latest = latestObservation(figure);
                  return (
                    <tr key={figure.id} className="border-b border-stone-200 align-top">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        <FigureLabel label={figure.label[locale]} permalink={`#${figure.id}`} />
                      </th>
                      <td className="py-1.5 pr-3 text-right font-semibold tabular-nums">
                        {formatFigureValue(figure, latest, locale)}
                      </td>
                      <td className="py-1.5">{formatPeriod(latest.period, locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      </section>
    </div>
  );
}
