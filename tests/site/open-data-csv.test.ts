import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { site } from '@/lib/content/site';
import { dataColumns } from '@/lib/figures/open-data';
import { figureGroups, type FigureGroup } from '@/lib/figures/registry';
import { qualifier, type Figure, type FigureSource, type Observation } from '@/lib/figures/schema';
import { unitIds } from '@/lib/figures/units';
import { siteUrl } from '@/lib/site';
import { expectedFigure, expectedFigures, expectedPermalink } from '../fixtures/expected-figures';
import { outDir } from '../support/built-site';
import { csvProblems, strictCsvRecords, type ColumnType } from '../support/csv-check';

/** The columns as the site documents them (content/messages, DataColumns), in their order. */
const documented = Object.keys(
  (loadContent().messages.en!.messages as unknown as { DataColumns: Record<string, string> })
    .DataColumns,
);

const text = { kind: 'text', required: true } as const;
const optionalText = { kind: 'text', required: false } as const;
const optionalNumber = { kind: 'number', required: false } as const;
const permalink = { kind: 'url', required: true } as const;

/** Each column's type, as its description on the site says. */
const types: Record<string, ColumnType> = {
  id: {
    kind: 'pattern',
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    what: 'a kebab-case id',
    required: true,
  },
  theme_zh: text,
  theme_en: text,
  label_zh: text,
  label_en: text,
  value: optionalNumber,
  value_from: optionalNumber,
  value_to: optionalNumber,
  qualifier: { kind: 'one-of', values: qualifier.options, required: true },
  unit: { kind: 'one-of', values: unitIds, required: true },
  unit_zh: text,
  unit_en: text,
  formatted_zh: text,
  formatted_en: text,
  period_year: { kind: 'year' },
  period_basis: { kind: 'one-of', values: ['as-of', 'during', 'proposed'], required: true },
  proposed_by_zh: optionalText,
  proposed_by_en: optionalText,
  formatted_period_zh: text,
  formatted_period_en: text,
  definition_zh: text,
  definition_en: text,
  source_type: { kind: 'one-of', values: ['press-article'], required: true },
  source_author_zh: text,
  source_author_en: text,
  source_title_zh: text,
  source_title_en: text,
  source_publisher_zh: optionalText,
  source_publisher_en: optionalText,
  source_date: {
    kind: 'pattern',
    pattern: /^\d{4}(-\d{2}(-\d{2})?)?$/,
    what: 'a date as precise as known (2023, 2023-06, 2023-06-30)',
    required: true,
  },
  source_url: { kind: 'url', required: false },
  permalink_zh: permalink,
  permalink_en: permalink,
};

describe('out/data/figures.csv, parsed strictly (csv-parse: no relaxed quotes or column counts)', () => {
  const csv = readFileSync(path.join(outDir, 'data', 'figures.csv'), 'utf8');

  it('has the documented columns, every cell, each of its type', () => {
    expect(dataColumns.map((column) => column.name)).toEqual(documented);
    expect(csvProblems(csv, documented, types)).toEqual([]);
  });

  it('gives each row a single value or a range, and a proposer exactly for a proposal', () => {
    const [header, ...rows] = strictCsvRecords(csv);
    const at = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const id = row[at('id')];
      const single = row[at('value')] !== '';
      const range = row[at('value_from')] !== '' && row[at('value_to')] !== '';
      expect(single !== range, `${id}: a value or a range, not both or neither`).toBe(true);
      const proposal = row[at('period_basis')] === 'proposed';
      for (const column of ['proposed_by_zh', 'proposed_by_en'])
        expect(row[at(column)] !== '', `${id}: ${column} set exactly for a proposal`).toBe(
          proposal,
        );
    }
  });

  it.each([
    [
      'figures-missing-cell.csv',
      /^not strict CSV: Invalid Record Length: expect 33, got 32 on line 2/,
    ],
    ['figures-stray-quote.csv', /^not strict CSV: Invalid Opening Quote/],
    ['figures-bad-type.csv', /^line 2, qualifier: "approximately" is not one of exact, more-than/],
  ])('rejects the fixture %s', (name, expected) => {
    const problems = csvProblems(
      readFileSync(`tests/fixtures/validators/${name}`, 'utf8'),
      documented,
      types,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });
});

/**
 * One row per figure and observation, in the order of the figure modules: the numbers, ids and
 * words as the figure modules write them, and every text the site renders (values, periods, unit
 * words, permanent addresses) from the hand-written tests/fixtures/expected-figures.ts, never
 * from the code that wrote the file.
 */
function expectedRows(): { group: FigureGroup; figure: Figure; observation: Observation }[] {
  const rows = figureGroups().flatMap((group) =>
    group.figures.flatMap((figure) =>
      figure.observations.map((observation) => ({ group, figure, observation })),
    ),
  );
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

/** The address of a figure's entry, with the origin the site was built for (SITE_URL). */
const figureAddress = (id: string, locale: 'zh' | 'en') =>
  `${siteUrl}${expectedPermalink(id, locale)}`;

describe('every cell of every row of out/data/figures.csv is the figure data, in its language', () => {
  const csv = readFileSync(path.join(outDir, 'data', 'figures.csv'), 'utf8');
  const [header, ...records] = strictCsvRecords(csv);
  const byColumn = records.map((record) =>
    Object.fromEntries(header!.map((name, at) => [name, record[at]])),
  );

  it('has one row per figure and observation, in the order of content/figures/', () => {
    expect(byColumn.map((record) => record.id)).toEqual(
      expectedRows().map(({ figure }) => figure.id),
    );
    // The hand-written expectations describe exactly the site's figures.
    expect(Object.keys(expectedFigures).sort()).toEqual(
      expectedRows()
        .map(({ figure }) => figure.id)
        .sort(),
    );
  });

  it.each(expectedRows().map((row, index) => [row.figure.id, index, row] as const))(
    '%s: every column',
    (id, index, { group, figure, observation }) => {
      const expected = expectedFigure(id);
      const { value, period, source } = observation;
      const by = period.basis === 'proposed' ? period.by : undefined;
      expect(byColumn[index]).toEqual({
        id,
        theme_zh: group.title.zh,
        theme_en: group.title.en,
        label_zh: figure.label.zh,
        label_en: figure.label.en,
        value: typeof value === 'number' ? String(value) : '',
        value_from: typeof value === 'number' ? '' : String(value.from),
        value_to: typeof value === 'number' ? '' : String(value.to),
        qualifier: observation.qualifier,
        unit: figure.unit,
        unit_zh: expected.unitText.zh,
        unit_en: expected.unitText.en,
        formatted_zh: expected.value.zh,
        formatted_en: expected.value.en,
        period_year: String(period.year),
        period_basis: period.basis,
        proposed_by_zh: by?.zh ?? '',
        proposed_by_en: by?.en ?? '',
        formatted_period_zh: expected.period.zh,
        formatted_period_en: expected.period.en,
        definition_zh: figure.definition.zh,
        definition_en: figure.definition.en,
        source_type: source.type,
        source_author_zh: source.author.zh,
        source_author_en: source.author.en,
        source_title_zh: source.title.zh,
        source_title_en: source.title.en,
        source_publisher_zh: source.publisher.zh,
        source_publisher_en: source.publisher.en,
        source_date: source.date,
        source_url: source.url,
        permalink_zh: figureAddress(id, 'zh'),
        permalink_en: figureAddress(id, 'en'),
      });
    },
  );

  it('writes the qualifiers as the source article does (40余名, 70%以上, 近30年)', () => {
    const row = (id: string) => byColumn.find((record) => record.id === id)!;
    expect(row('high-end-talents-cultivated')).toMatchObject({
      value: '40',
      qualifier: 'more-than',
      formatted_zh: '40余名',
      formatted_en: 'more than 40 people',
    });
    expect(row('provincial-and-higher-platforms-share-of-province')).toMatchObject({
      value: '70',
      qualifier: 'more-than',
      formatted_zh: '70%以上',
    });
    expect(row('wu-tianyi-research-years')).toMatchObject({
      value: '30',
      qualifier: 'nearly',
      formatted_zh: '近30年',
    });
    expect(row('rd-expenditure-to-revenue')).toMatchObject({
      value: '3.1',
      period_year: '2022',
      period_basis: 'during',
      formatted_period_zh: '2022年',
      formatted_period_en: 'in 2022',
    });
  });
});

/** A source as figures.json gives it: what the source does not state is null, not ''. */
const sourceAsJson = (source: FigureSource) => ({
  type: source.type,
  title: source.title,
  author: source.author,
  publisher: source.publisher.zh !== '' && source.publisher.en !== '' ? source.publisher : null,
  date: source.date,
  url: source.url === '' ? null : source.url,
});

describe('every field of out/data/figures.json is the figure data, in its language', () => {
  const dataset = JSON.parse(readFileSync(path.join(outDir, 'data', 'figures.json'), 'utf8'));

  it('names the dataset and the website in both languages', () => {
    expect(dataset.name).toEqual({
      zh: `${site().name.zh}统计数据`,
      en: `Statistics of the ${site().name.en}`,
    });
    expect(dataset.website).toEqual({ name: site().name, url: `${siteUrl}/` });
    expect(dataset.licence).toBe(site().licence === '' ? undefined : site().licence);
    const sources = new Map(
      expectedRows().map(({ observation }) => [
        JSON.stringify(observation.source),
        sourceAsJson(observation.source),
      ]),
    );
    expect(dataset.sources).toEqual([...sources.values()]);
    // The only top-level fields.
    expect(Object.keys(dataset).sort()).toEqual(
      ['name', 'website', 'sources', 'themes', ...(site().licence ? ['licence'] : [])].sort(),
    );
  });

  it('holds each theme, each figure and each observation, with every field', () => {
    const groups = figureGroups();
    expect(groups.length).toBeGreaterThan(0);
    expect(dataset.themes).toHaveLength(groups.length);
    groups.forEach((group, at) => {
      expect(dataset.themes[at]).toStrictEqual({
        id: group.id,
        title: group.title,
        figures: group.figures.map((figure) => ({
          id: figure.id,
          unit: figure.unit,
          label: figure.label,
          definition: figure.definition,
          observations: figure.observations.map((observation) => ({
            value: observation.value,
            qualifier: observation.qualifier,
            period: observation.period,
            source: sourceAsJson(observation.source),
          })),
          unitText: expectedFigure(figure.id).unitText,
          permalinks: { zh: figureAddress(figure.id, 'zh'), en: figureAddress(figure.id, 'en') },
        })),
      });
    });
  });
});
