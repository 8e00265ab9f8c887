import type { Locale } from '../i18n/routing';
import type { Figure, FigureSource, FigureValue, Observation, ReferencePeriod } from './schema';
import { translator } from '../i18n/translator';
import { units, type UnitId } from './units';

const numberLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * A number as each language writes it. Chinese groups digits only from five on (2240, 12,000),
 * as GB/T 15835 and the source do; English always does (2,240).
 */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(numberLocale[locale], {
    maximumFractionDigits: 2,
    useGrouping: locale === 'zh' ? 'min2' : 'auto',
  }).format(value);
}

/** A number, or a range joined by an en dash: "2,240–2,350". */
export function formatValue(value: FigureValue, locale: Locale): string {
  if (typeof value === 'number') return formatNumber(value, locale);
  return `${formatNumber(value.from, locale)}–${formatNumber(value.to, locale)}`;
}

/** A unit's word (content/messages/, `Units`), in the plural unless the count is one. */
export function unitWord(unit: UnitId, locale: Locale, count = 2): string {
  return translator(locale, 'Units')(unit, { count });
}

/**
 * A number and its unit: no space in Chinese (2240米, 71家), a space before an English word or
 * symbol (2,240 m, 71 enterprises) except the percent sign (3.1%).
 */
function withUnit(number: string, word: string, locale: Locale): string {
  return locale === 'en' && /^\p{L}/u.test(word) ? `${number} ${word}` : `${number}${word}`;
}

/**
 * A value with its qualifier and unit, as a reader of that language writes it:
 * "40余名" / "more than 40 people", "70%以上" / "more than 70%", "2240–2350米" / "2,240–2,350 m".
 * The words are in content/messages/ (`Units`, `FigureQualifier`).
 */
export function formatFigureValue(
  figure: Figure,
  observation: Observation,
  locale: Locale,
): string {
  const t = translator(locale, 'FigureQualifier');
  const number = formatValue(observation.value, locale);
  // English takes the singular after one, whatever the qualifier: "more than 1 person".
  const word = unitWord(figure.unit, locale, observation.value === 1 ? 1 : 2);
  // Chinese puts 余 between a count and its measure word (40余名): the qualifier takes both.
  if (observation.qualifier === 'more-than' && units[figure.unit].isCount) {
    return t('more-than-count', { number, unit: word });
  }
  return t(observation.qualifier, { amount: withUnit(number, word, locale) });
}

/**
 * "截至2023年" / "as of 2023"; "2022年" / "in 2022"; a proposal is not dated as a measurement:
 * "吴天一院士提出（2023年报道）" / "proposed by Wu Tianyi (reported 2023)".
 */
export function formatPeriod(period: ReferencePeriod, locale: Locale): string {
  const t = translator(locale, 'FigurePeriod');
  // The year as a string: a number would be written with a thousands separator ("2,023").
  const year = String(period.year);
  return period.basis === 'proposed'
    ? t('proposed', { year, by: period.by[locale] })
    : t(period.basis, { year });
}

/** A source's date, written as precisely as it is known: "2023年6月" / "June 2023". */
export function formatSourceDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  const when = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  const parts: Intl.DateTimeFormatOptions =
    month === undefined
      ? { year: 'numeric' }
      : day === undefined
        ? { year: 'numeric', month: 'long' }
        : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(numberLocale[locale], { ...parts, timeZone: 'UTC' }).format(when);
}

/** Whether the source names its newspaper; while it is unknown, the site says so. */
export function publisherIsKnown(source: FigureSource): boolean {
  return source.publisher.zh !== '' && source.publisher.en !== '';
}

/**
 * A source as each language cites it: author, title, newspaper (or that it is not named), date
 * and web address where known, e.g. "Zhang Guojing, “…”, [newspaper not named in the article],
 * 2023". Every figure display and citation writes its source with this.
 */
export function formatSource(source: FigureSource, locale: Locale): string {
  const t = translator(locale, 'FigureSource');
  return t('cite', {
    author: source.author[locale],
    title: source.title[locale],
    publisher: publisherIsKnown(source)
      ? t('publisher', { name: source.publisher[locale] })
      : t('publisherUnknown'),
    date: formatSourceDate(source.date, locale),
    url: source.url ? t('url', { url: source.url }) : '',
  });
}

/** The one source every observation given shares, or undefined when they have several. */
export function sharedSource(sources: FigureSource[]): FigureSource | undefined {
  const [first] = sources;
  if (!first) return undefined;
  const key = JSON.stringify(first);
  return sources.every((source) => JSON.stringify(source) === key) ? first : undefined;
}

/**
 * A text split around the web address of the source it cites, so that a page can make the
 * address a link: the text before it, the address, the text after it. Undefined when the source
 * has no address (or the text does not contain it): the text is then shown as it is.
 */
export function splitAtUrl(text: string, url: string): [string, string, string] | undefined {
  if (url === '') return undefined;
  const at = text.lastIndexOf(url);
  if (at < 0) return undefined;
  return [text.slice(0, at), url, text.slice(at + url.length)];
}

/** Between a period and its value in a list: a full-width colon in Chinese, a colon and a space in English. */
const periodValueSeparator: Record<Locale, string> = { zh: '：', en: ': ' };

/**
 * An earlier value of a figure, as the Statistics page lists it under the newest one:
 * "截至2021年：50家" / "as of 2021: 50 enterprises".
 */
export function formatEarlierValue(
  figure: Figure,
  observation: Observation,
  locale: Locale,
): string {
  return `${formatPeriod(observation.period, locale)}${periodValueSeparator[locale]}${formatFigureValue(figure, observation, locale)}`;
}
