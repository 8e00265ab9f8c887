import { site } from '@/lib/content/site';
import type { Locale } from '../i18n/routing';
import { siteUrl } from '../site';
import { formatFigureValue, formatPeriod, formatSource } from './format';
import { translator } from '../i18n/translator';
import { dataDownloads, figureSources } from './open-data';
import { figurePermalink, statisticsAddress } from './permalink';
import type { Figure, FigureSource, Observation } from './schema';

/** Chinese sentences follow one another without a space; English ones take one. */
const sentenceGap: Record<Locale, string> = { zh: '', en: ' ' };
/** How a list of addresses is joined in a sentence. */
const listSeparator: Record<Locale, string> = { zh: '、', en: ', ' };
/** The full stop that ends the source's sentence. */
const fullStop: Record<Locale, string> = { zh: '。', en: '.' };

/**
 * The original source, which a citation names first: author, title, newspaper (or that the article
 * does not name it), date and web address where known.
 */
function citeSource(source: FigureSource, locale: Locale): string {
  return `${formatSource(source, locale)}${fullStop[locale]}`;
}

/** This site, cited second: its name, the address cited and the date it was read. */
function citeSite(url: string, accessed: string, locale: Locale): string {
  return translator(locale, 'FigureCitation')('site', {
    site: site().name[locale],
    url,
    accessed,
  });
}

/**
 * The citation of one figure, made from its data, never typed: the original source first, then
 * the figure (label, value with unit and qualifier, reference period or who proposed it), then
 * this site's permalink and the access date.
 */
export function citationFor(
  figure: Figure,
  observation: Observation,
  locale: Locale,
  accessed: string,
): string {
  const statement = translator(locale, 'FigureCitation')('statement', {
    label: figure.label[locale],
    value: formatFigureValue(figure, observation, locale),
    period: formatPeriod(observation.period, locale),
  });
  return [
    citeSource(observation.source, locale),
    statement,
    citeSite(figurePermalink(figure.id, locale), accessed, locale),
  ].join(sentenceGap[locale]);
}

/** The citation of the whole dataset: every original source, then the Statistics page and downloads. */
export function datasetCitation(locale: Locale, accessed: string): string {
  const files = dataDownloads.map((file) => `${siteUrl}${file.path}`).join(listSeparator[locale]);
  const statistics = statisticsAddress(locale, 'absolute');
  const dataset = translator(locale, 'FigureCitation')('dataset', {
    site: site().name[locale],
    files,
  });
  return [
    ...figureSources().map((source) => citeSource(source, locale)),
    dataset,
    citeSite(statistics, accessed, locale),
  ].join(sentenceGap[locale]);
}
