import content from '@/content/site';
import type { Locale } from '../i18n/routing';
import { pageHref } from '../navigation';
import { siteUrl } from '../site';
import { formatFigureValue, formatPeriod, formatSourceDate } from './format';
import { dataDownloads, figurePermalink } from './open-data';
import { figureGroups } from './registry';
import type { Figure, FigureSource, Observation } from './schema';

/** Chinese sentences follow one another without a space; English ones take one. */
const sentenceGap: Record<Locale, string> = { zh: '', en: ' ' };

/** The original source, which a citation names first: publisher, title, date and note. */
function citeSource(source: FigureSource, locale: Locale): string {
  const date = formatSourceDate(source.date, locale);
  if (locale === 'zh') {
    const note = source.note ? `（${source.note.zh}）` : '';
    return `${source.publisher.zh}：《${source.title.zh}》，${date}${note}${source.url ? `，${source.url}` : ''}。`;
  }
  const note = source.note ? ` (${source.note.en})` : '';
  return `${source.publisher.en}, “${source.title.en}”, ${date}${note}${source.url ? `, ${source.url}` : ''}.`;
}

/** This site, cited second: its name, the address cited and the date it was read. */
function citeSite(url: string, accessed: string, locale: Locale): string {
  return locale === 'zh'
    ? `转引自${content.name.zh}网站：${url}（访问日期：${accessed}）。`
    : `Cited from the website of the ${content.name.en}: ${url} (accessed ${accessed}).`;
}

/**
 * The citation of one figure, made from its data, never typed: the original source first, then
 * the figure (label, value with unit and qualifier, reference period), then this site's
 * permalink and the access date.
 */
export function citationFor(
  figure: Figure,
  observation: Observation,
  locale: Locale,
  accessed: string,
): string {
  const value = formatFigureValue(figure, observation, locale);
  const period = formatPeriod(observation.period, locale);
  const statement =
    locale === 'zh'
      ? `${figure.label.zh}：${value}，${period}。`
      : `${figure.label.en}: ${value}, ${period}.`;
  return [
    citeSource(observation.source, locale),
    statement,
    citeSite(figurePermalink(figure.id, locale), accessed, locale),
  ].join(sentenceGap[locale]);
}

/** The citation of the whole dataset: every original source, then the Statistics page and downloads. */
export function datasetCitation(locale: Locale, accessed: string): string {
  const sources = new Map<string, FigureSource>();
  for (const figure of figureGroups().flatMap((group) => group.figures)) {
    for (const { source } of figure.observations) sources.set(JSON.stringify(source), source);
  }
  const files = dataDownloads
    .map((file) => `${siteUrl}${file.path}`)
    .join(locale === 'zh' ? '、' : ', ');
  const statistics = `${siteUrl}${pageHref(locale, 'statistics')}`;
  const dataset =
    locale === 'zh'
      ? `${content.name.zh}统计数据，开放数据：${files}。`
      : `Statistics of the ${content.name.en}, open data: ${files}.`;
  return [
    ...[...sources.values()].map((source) => citeSource(source, locale)),
    dataset,
    citeSite(statistics, accessed, locale),
  ].join(sentenceGap[locale]);
}
