import type { Locale } from '../i18n/routing';
import type { Figure, FigureSource, FigureValue, Observation, ReferencePeriod } from './schema';
import { translator } from '../i18n/translator';
import { units } from './units';

const numberLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(numberLocale[locale], { maximumFractionDigits: 2 }).format(value);
}

/** A number, or a range joined by an en dash: "2,240–2,350". */
export function formatValue(value: FigureValue, locale: Locale): string {
  if (typeof value === 'number') return formatNumber(value, locale);
  return `${formatNumber(value.from, locale)}–${formatNumber(value.to, locale)}`;
}

const englishQualifier = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  about: 'about ',
  nearly: 'nearly ',
} as const;

const chinesePrefix = { exact: '', 'more-than': '', 'at-least': '至少', about: '约', nearly: '近' };

/**
 * A value with its qualifier and unit, as a reader of that language writes it:
 * "40余名" / "more than 40 people", "70%以上" / "more than 70%", "2,240–2,350 米" / "2,240–2,350 m".
 */
export function formatFigureValue(
  figure: Figure,
  observation: Observation,
  locale: Locale,
): string {
  const unit = units[figure.unit];
  const number = formatValue(observation.value, locale);
  const { qualifier } = observation;
  if (locale === 'zh') {
    if (qualifier === 'more-than') {
      return unit.isCount ? `${number}余${unit.zh}` : `${number}${unit.zh}以上`;
    }
    return `${chinesePrefix[qualifier]}${number}${unit.zh}`;
  }
  const isOne = observation.value === 1 && qualifier === 'exact';
  return `${englishQualifier[qualifier]}${number}${isOne ? unit.en.one : unit.en.other}`;
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
  if (month === undefined) return locale === 'zh' ? `${year}年` : String(year);
  const when = new Date(Date.UTC(year!, month - 1, day ?? 1));
  const parts: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
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
