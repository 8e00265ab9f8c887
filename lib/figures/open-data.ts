import { stringify } from 'csv-stringify/sync';
import content from '@/content/site';
import type { LocalizedText } from '../localized';
import { routing, type Locale } from '../i18n/routing';
import { pageHref } from '../navigation';
import { siteUrl } from '../site';
import { formatFigureValue } from './format';
import { figureGroups, type FigureGroup } from './registry';
import type { Figure, Observation } from './schema';
import { units } from './units';

/** The absolute address of a figure's entry on the Statistics page. */
export function figurePermalink(id: string, locale: Locale): string {
  return `${siteUrl}${pageHref(locale, 'statistics')}#${id}`;
}

interface Row {
  group: FigureGroup;
  figure: Figure;
  observation: Observation;
}

/** One column of figures.csv: its name, what it holds (documented on the site), and its value. */
interface DataColumn {
  name: string;
  description: LocalizedText;
  value: (row: Row) => string | number | undefined;
}

const number = (value: Observation['value'], part: 'single' | 'from' | 'to') =>
  typeof value === 'number'
    ? part === 'single'
      ? value
      : undefined
    : part === 'single'
      ? undefined
      : value[part];

/**
 * The columns of figures.csv, one row per figure and reference period. The column list on the
 * Statistics and Press pages is made from these descriptions, so the two cannot drift apart.
 */
export const dataColumns: DataColumn[] = [
  {
    name: 'id',
    description: { zh: '数据的固定标识', en: 'The figure’s permanent id' },
    value: (r) => r.figure.id,
  },
  {
    name: 'theme_zh',
    description: { zh: '主题（中文）', en: 'Theme, in Chinese' },
    value: (r) => r.group.title.zh,
  },
  {
    name: 'theme_en',
    description: { zh: '主题（英文）', en: 'Theme, in English' },
    value: (r) => r.group.title.en,
  },
  {
    name: 'label_zh',
    description: { zh: '名称（中文）', en: 'Name, in Chinese' },
    value: (r) => r.figure.label.zh,
  },
  {
    name: 'label_en',
    description: { zh: '名称（英文）', en: 'Name, in English' },
    value: (r) => r.figure.label.en,
  },
  {
    name: 'value',
    description: { zh: '数值（单个数值时）', en: 'The value, when it is a single number' },
    value: (r) => number(r.observation.value, 'single'),
  },
  {
    name: 'value_from',
    description: { zh: '范围下限（范围时）', en: 'Lower bound, when the value is a range' },
    value: (r) => number(r.observation.value, 'from'),
  },
  {
    name: 'value_to',
    description: { zh: '范围上限（范围时）', en: 'Upper bound, when the value is a range' },
    value: (r) => number(r.observation.value, 'to'),
  },
  {
    name: 'qualifier',
    description: {
      zh: '限定：exact（确数）、more-than（以上/余）、at-least（至少）、about（约）、nearly（近）',
      en: 'How to read the value: exact, more-than, at-least, about or nearly',
    },
    value: (r) => r.observation.qualifier,
  },
  { name: 'unit', description: { zh: '单位标识', en: 'Unit id' }, value: (r) => r.figure.unit },
  {
    name: 'unit_zh',
    description: { zh: '单位（中文）', en: 'Unit, in Chinese' },
    value: (r) => units[r.figure.unit].zh.trim(),
  },
  {
    name: 'unit_en',
    description: { zh: '单位（英文）', en: 'Unit, in English' },
    value: (r) => units[r.figure.unit].en.other.trim(),
  },
  {
    name: 'formatted_zh',
    description: {
      zh: '网站上显示的数值（中文）',
      en: 'The value as shown on the site, in Chinese',
    },
    value: (r) => formatFigureValue(r.figure, r.observation, 'zh'),
  },
  {
    name: 'formatted_en',
    description: {
      zh: '网站上显示的数值（英文）',
      en: 'The value as shown on the site, in English',
    },
    value: (r) => formatFigureValue(r.figure, r.observation, 'en'),
  },
  {
    name: 'period_year',
    description: { zh: '数据年份', en: 'Reference year' },
    value: (r) => r.observation.period.year,
  },
  {
    name: 'period_basis',
    description: {
      zh: 'as-of：截至该年的存量；during：该年全年',
      en: 'as-of: a count at a point in that year; during: over the whole year',
    },
    value: (r) => r.observation.period.basis,
  },
  {
    name: 'definition_zh',
    description: { zh: '定义（中文）', en: 'Definition, in Chinese' },
    value: (r) => r.figure.definition.zh,
  },
  {
    name: 'definition_en',
    description: { zh: '定义（英文）', en: 'Definition, in English' },
    value: (r) => r.figure.definition.en,
  },
  {
    name: 'source_publisher_zh',
    description: { zh: '原始来源发布者（中文）', en: 'Original source’s publisher, in Chinese' },
    value: (r) => r.observation.source.publisher.zh,
  },
  {
    name: 'source_publisher_en',
    description: { zh: '原始来源发布者（英文）', en: 'Original source’s publisher, in English' },
    value: (r) => r.observation.source.publisher.en,
  },
  {
    name: 'source_title_zh',
    description: { zh: '原始来源标题（中文）', en: 'Original source’s title, in Chinese' },
    value: (r) => r.observation.source.title.zh,
  },
  {
    name: 'source_title_en',
    description: { zh: '原始来源标题（英文）', en: 'Original source’s title, in English' },
    value: (r) => r.observation.source.title.en,
  },
  {
    name: 'source_date',
    description: { zh: '原始来源日期', en: 'Original source’s date' },
    value: (r) => r.observation.source.date,
  },
  {
    name: 'source_url',
    description: {
      zh: '原始来源网址（如有）',
      en: 'Original source’s web address, where there is one',
    },
    value: (r) => r.observation.source.url,
  },
  {
    name: 'source_note_zh',
    description: { zh: '来源说明（中文）', en: 'Note on the source, in Chinese' },
    value: (r) => r.observation.source.note?.zh,
  },
  {
    name: 'source_note_en',
    description: { zh: '来源说明（英文）', en: 'Note on the source, in English' },
    value: (r) => r.observation.source.note?.en,
  },
  {
    name: 'permalink_zh',
    description: {
      zh: '中文统计数据页上的链接',
      en: 'Link to the figure on the Chinese Statistics page',
    },
    value: (r) => figurePermalink(r.figure.id, 'zh'),
  },
  {
    name: 'permalink_en',
    description: {
      zh: '英文统计数据页上的链接',
      en: 'Link to the figure on the English Statistics page',
    },
    value: (r) => figurePermalink(r.figure.id, 'en'),
  },
];

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

/** figures.json: the same figures, nested by theme, each with all its observations. */
export function figuresJson(): string {
  const dataset = {
    name: { zh: `${content.name.zh}统计数据`, en: `Statistics of the ${content.name.en}` },
    publisher: content.name,
    licence: content.licence || undefined,
    themes: figureGroups().map((group) => ({
      id: group.id,
      title: group.title,
      figures: group.figures.map((figure) => ({
        ...figure,
        unitText: { zh: units[figure.unit].zh.trim(), en: units[figure.unit].en.other.trim() },
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
