import { stringify } from 'csv-stringify/sync';
import { site } from '@/lib/content/site';
import { routing, type Locale } from '../i18n/routing';
import { siteUrl } from '../site';
import { figurePermalink } from './permalink';
import { formatFigureValue, formatPeriod, publisherIsKnown, unitWord } from './format';
import type { Messages } from 'next-intl';
import { translator } from '../i18n/translator';
import { figureGroups, type FigureGroup } from './registry';
import type { Figure, FigureSource, Observation } from './schema';

interface Row {
  group: FigureGroup;
  figure: Figure;
  observation: Observation;
}

/** One column of figures.csv: its name and its value. */
interface DataColumn {
  name: ColumnName;
  value: (row: Row) => string | number | undefined;
}

/** Every column's description is in content/messages/ (DataColumns), by the column's name. */
type ColumnName = keyof Messages['DataColumns'];

const number = (value: Observation['value'], part: 'single' | 'from' | 'to') =>
  typeof value === 'number'
    ? part === 'single'
      ? value
      : undefined
    : part === 'single'
      ? undefined
      : value[part];

/** Who proposed a value, for a proposal; undefined for a measured value. */
const proposer = (observation: Observation) =>
  observation.period.basis === 'proposed' ? observation.period.by : undefined;

/**
 * The columns of figures.csv, one row per figure and reference period. The column list on the
 * Statistics and Press pages is made from these names and their descriptions, so the two cannot
 * drift apart. Where the source does not state something (the newspaper, a web address), the
 * cell is empty, and the column's description says so.
 */
export const dataColumns: DataColumn[] = [
  { name: 'id', value: (r) => r.figure.id },
  { name: 'theme_zh', value: (r) => r.group.title.zh },
  { name: 'theme_en', value: (r) => r.group.title.en },
  { name: 'label_zh', value: (r) => r.figure.label.zh },
  { name: 'label_en', value: (r) => r.figure.label.en },
  { name: 'value', value: (r) => number(r.observation.value, 'single') },
  { name: 'value_from', value: (r) => number(r.observation.value, 'from') },
  { name: 'value_to', value: (r) => number(r.observation.value, 'to') },
  { name: 'qualifier', value: (r) => r.observation.qualifier },
  { name: 'unit', value: (r) => r.figure.unit },
  { name: 'unit_zh', value: (r) => unitWord(r.figure.unit, 'zh') },
  { name: 'unit_en', value: (r) => unitWord(r.figure.unit, 'en') },
  { name: 'formatted_zh', value: (r) => formatFigureValue(r.figure, r.observation, 'zh') },
  { name: 'formatted_en', value: (r) => formatFigureValue(r.figure, r.observation, 'en') },
  { name: 'period_year', value: (r) => r.observation.period.year },
  { name: 'period_basis', value: (r) => r.observation.period.basis },
  { name: 'proposed_by_zh', value: (r) => proposer(r.observation)?.zh },
  { name: 'proposed_by_en', value: (r) => proposer(r.observation)?.en },
  { name: 'formatted_period_zh', value: (r) => formatPeriod(r.observation.period, 'zh') },
  { name: 'formatted_period_en', value: (r) => formatPeriod(r.observation.period, 'en') },
  { name: 'definition_zh', value: (r) => r.figure.definition.zh },
  { name: 'definition_en', value: (r) => r.figure.definition.en },
  { name: 'source_type', value: (r) => r.observation.source.type },
  { name: 'source_author_zh', value: (r) => r.observation.source.author.zh },
  { name: 'source_author_en', value: (r) => r.observation.source.author.en },
  { name: 'source_title_zh', value: (r) => r.observation.source.title.zh },
  { name: 'source_title_en', value: (r) => r.observation.source.title.en },
  { name: 'source_publisher_zh', value: (r) => r.observation.source.publisher.zh },
  { name: 'source_publisher_en', value: (r) => r.observation.source.publisher.en },
  { name: 'source_date', value: (r) => r.observation.source.date },
  { name: 'source_url', value: (r) => r.observation.source.url },
  { name: 'permalink_zh', value: (r) => figurePermalink(r.figure.id, 'zh') },
  { name: 'permalink_en', value: (r) => figurePermalink(r.figure.id, 'en') },
];

/** What a column holds, as documented on the site. */
export function columnDescription(name: ColumnName, locale: Locale): string {
  return translator(locale, 'DataColumns')(name);
}

function rows(): Row[] {
  return figureGroups().flatMap((group) =>
    group.figures.flatMap((figure) =>
      figure.observations.map((observation) => ({ group, figure, observation })),
    ),
  );
}

/**
 * figures.csv: UTF-8 with a byte-order mark (so Excel reads the Chinese correctly), CRLF line
 * ends, every field quoted where needed by csv-stringify.
 */
export function figuresCsv(): string {
  const records = rows().map((row) => dataColumns.map((column) => column.value(row) ?? ''));
  return `\uFEFF${stringify(records, {
    header: true,
    columns: dataColumns.map((column) => column.name),
    record_delimiter: 'windows',
  })}`;
}

/** Every distinct original source of the figures, in the order they are first cited. */
export function figureSources(): FigureSource[] {
  const sources = new Map<string, FigureSource>();
  for (const { observation } of rows()) {
    sources.set(JSON.stringify(observation.source), observation.source);
  }
  return [...sources.values()];
}

/** A source as figures.json gives it: what the source does not state is null, not empty text. */
function sourceJson(source: FigureSource) {
  return {
    ...source,
    publisher: publisherIsKnown(source) ? source.publisher : null,
    url: source.url || null,
  };
}

/** The dataset's name, "Statistics of the …" in each language. */
export function datasetName(locale: Locale): string {
  return translator(locale, 'FigureCitation')('name', { site: site().name[locale] });
}

/**
 * figures.json: the same figures, nested by theme, each with all its observations; the original
 * sources are listed once at the top and repeated in each observation.
 */
export function figuresJson(): string {
  const dataset = {
    name: { zh: datasetName('zh'), en: datasetName('en') },
    website: { name: site().name, url: `${siteUrl}/` },
    licence: site().licence || undefined,
    sources: figureSources().map(sourceJson),
    themes: figureGroups().map((group) => ({
      id: group.id,
      title: group.title,
      figures: group.figures.map((figure) => ({
        ...figure,
        observations: figure.observations.map((observation) => ({
          ...observation,
          source: sourceJson(observation.source),
        })),
        unitText: { zh: unitWord(figure.unit, 'zh'), en: unitWord(figure.unit, 'en') },
        permalinks: Object.fromEntries(
          routing.locales.map((locale) => [locale, figurePermalink(figure.id, locale)]),
        ),
      })),
    })),
  };
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** The downloads, as linked from the Statistics and Press pages. */
export const dataDownloads = [
  { path: '/data/figures.csv', format: 'CSV', mediaType: 'text/csv', build: figuresCsv },
  { path: '/data/figures.json', format: 'JSON', mediaType: 'application/json', build: figuresJson },
] as const;
