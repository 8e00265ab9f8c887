import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { dataColumns } from '@/lib/figures/open-data';
import { qualifier } from '@/lib/figures/schema';
import { unitIds } from '@/lib/figures/units';
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
