import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { citationFor } from '@/lib/figures/citation';
import {
  formatEarlierValue,
  formatFigureValue,
  formatPeriod,
  formatSource,
  sharedSource,
} from '@/lib/figures/format';
import { figurePermalink } from '@/lib/figures/permalink';
import { figureGroups, latestObservation } from '@/lib/figures/registry';
import { CopyButton } from '../ui/CopyButton';
import { accessDateSlot, Citation } from './Citation';
import { LinkedSource } from './LinkedSource';

/**
 * Every figure of content/figures/, grouped by theme, each with its value, period, definition and a
 * citation, under an anchor equal to its id (/en/statistics/#high-tech-enterprises). A source that
 * every figure of a theme shares is stated once under the theme's heading; a figure with another
 * source states its own. Each citation still names the full source.
 */
export async function AllFigures() {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'AllFigures' });
  const tCitation = await getTranslations({ locale, namespace: 'Citation' });
  const groups = figureGroups().map((group) => ({
    ...group,
    source: sharedSource(group.figures.map((figure) => latestObservation(figure).source)),
  }));
  return (
    <div className="not-prose space-y-10">
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`theme-${group.id}`}>
          <h2 id={`theme-${group.id}`} className="mb-2 text-2xl font-bold text-park-900">
            {group.title[locale]}
          </h2>
          {group.source && (
            <p className="mb-4 text-sm text-stone-700" data-testid="group-source">
              <LinkedSource
                text={t('groupSource', { source: formatSource(group.source, locale) })}
                url={group.source.url}
              />
            </p>
          )}
          <div className="space-y-4">
            {group.figures.map((figure) => {
              const latest = latestObservation(figure);
              const earlier = figure.observations.filter((observation) => observation !== latest);
              return (
                <article
                  key={figure.id}
                  id={figure.id}
                  data-figure-id={figure.id}
                  className="figure-entry"
                >
                  <h3 className="text-base font-semibold text-stone-800">{figure.label[locale]}</h3>
                  <p className="mt-1 text-2xl font-bold text-park-800" data-testid="figure-value">
                    {formatFigureValue(figure, latest, locale)}
                  </p>
                  <dl className="mt-3 grid gap-x-3 gap-y-1 text-sm text-stone-700 sm:grid-cols-[auto_1fr]">
                    <dt className="font-medium">
                      {t(latest.period.basis === 'proposed' ? 'status' : 'period')}
                    </dt>
                    <dd className="mb-1 sm:mb-0">{formatPeriod(latest.period, locale)}</dd>
                    <dt className="font-medium">{t('definition')}</dt>
                    <dd className="mb-1 sm:mb-0">{figure.definition[locale]}</dd>
                    {!group.source && (
                      <>
                        <dt className="font-medium">{t('source')}</dt>
                        <dd className="mb-1 sm:mb-0">
                          <LinkedSource
                            text={formatSource(latest.source, locale)}
                            url={latest.source.url}
                          />
                        </dd>
                      </>
                    )}
                    {earlier.length > 0 && (
                      <>
                        <dt className="font-medium">{t('earlier')}</dt>
                        <dd>
                          <ul>
                            {earlier.map((observation) => (
                              <li key={`${observation.period.basis}-${observation.period.year}`}>
                                {formatEarlierValue(figure, observation, locale)}
                              </li>
                            ))}
                          </ul>
                        </dd>
                      </>
                    )}
                  </dl>
                  <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
                    <a
                      href={`#${figure.id}`}
                      className="inline-flex min-h-6 items-center text-park-700 underline"
                    >
                      {tCitation('permalink', { label: figure.label[locale] })}
                    </a>
                    <CopyButton
                      text={figurePermalink(figure.id, locale)}
                      label={tCitation('copyLink')}
                      copiedLabel={tCitation('linkCopied')}
                    />
                  </p>
                  <Citation
                    id={`cite-${figure.id}`}
                    locale={locale}
                    summary={tCitation('cite')}
                    text={citationFor(figure, latest, locale, accessDateSlot)}
                  />
                </article>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
