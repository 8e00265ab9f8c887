import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataColumns, figuresCsv, figuresJson } from '@/lib/figures/open-data';
import { allFigures } from '@/lib/figures/registry';

const observations = [...allFigures().values()].flatMap((figure) =>
  figure.observations.map((observation) => ({ figure, observation })),
);

describe('figures.csv', () => {
  const text = figuresCsv();
  const records: Record<string, string>[] = parse(text, { bom: true, columns: true });

  it('starts with a byte-order mark, so Excel reads it as UTF-8', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });

  it('has one column per documented field', () => {
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual(dataColumns.map((column) => column.name));
  });

  it('holds exactly one row per figure and period, with its values', () => {
    expect(records).toHaveLength(observations.length);
    observations.forEach(({ figure, observation }, index) => {
      const record = records[index]!;
      expect(record.id).toBe(figure.id);
      expect(record.label_zh).toBe(figure.label.zh);
      expect(record.label_en).toBe(figure.label.en);
      expect(record.period_year).toBe(String(observation.period.year));
      expect(record.qualifier).toBe(observation.qualifier);
      if (typeof observation.value === 'number') {
        expect(Number(record.value)).toBe(observation.value);
      } else {
        expect([Number(record.value_from), Number(record.value_to)]).toEqual([
          observation.value.from,
          observation.value.to,
        ]);
      }
      expect(record.source_title_zh).toBe(observation.source.title.zh);
      expect(record.permalink_en).toMatch(new RegExp(`/en/statistics/#${figure.id}$`));
    });
  });

  it('quotes fields that hold commas and quotation marks', () => {
    const withComma = records.find((record) => record.formatted_en?.includes(','));
    expect(withComma).toBeDefined();
    expect(text).toContain(`"${withComma!.formatted_en}"`);
  });
});

describe('figures.json', () => {
  const dataset = JSON.parse(figuresJson());
  it('holds every figure with all its observations', () => {
    const figures = dataset.themes.flatMap((theme: { figures: unknown[] }) => theme.figures);
    expect(figures.map((figure: { id: string }) => figure.id)).toEqual([...allFigures().keys()]);
    for (const figure of figures)
      expect(figure.observations).toEqual(allFigures().get(figure.id)!.observations);
  });
});
