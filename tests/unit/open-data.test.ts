import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { columnDescription, dataColumns, figuresCsv, figuresJson } from '@/lib/figures/open-data';
import { allFigures } from '@/lib/figures/registry';

// Everything below is computed in the tests, not when the file loads, so that the mutation run
// knows which test ran which code.
const observations = () =>
  [...allFigures().values()].flatMap((figure) =>
    figure.observations.map((observation) => ({ figure, observation })),
  );

describe('figures.csv', () => {
  const text = () => figuresCsv();
  const records = (): Record<string, string>[] => parse(text(), { bom: true, columns: true });

  it('starts with a byte-order mark, so Excel reads it as UTF-8', () => {
    expect(text().charCodeAt(0)).toBe(0xfeff);
  });

  it('has one column per documented field', () => {
    const [header] = parse(text(), { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual(dataColumns.map((column) => column.name));
  });

  it('holds exactly one row per figure and period, with its values', () => {
    expect(records()).toHaveLength(observations().length);
    observations().forEach(({ figure, observation }, index) => {
      const record = records()[index]!;
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
    const withComma = records().find((record) => record.formatted_en?.includes(','));
    expect(withComma).toBeDefined();
    expect(text()).toContain(`"${withComma!.formatted_en}"`);
  });

  it('names the article and its reporter, and leaves the newspaper it does not name empty', () => {
    for (const record of records()) {
      expect(record.source_type).toBe('press-article');
      expect(record.source_author_zh).toBe('张国静');
      expect(record.source_author_en).toBe('Zhang Guojing');
      expect(record.source_title_zh).toBe('生物园区：奋力打造生态文明高地上的新型现代化科创园区');
      expect(record.source_date).toBe('2023');
      expect(record.source_publisher_zh).toBe('');
      expect(record.source_publisher_en).toBe('');
      expect(record.source_url).toBe('');
    }
    expect(text()).not.toMatch(/given by the Park|园区提供/);
  });

  it('marks the ideal altitude band as proposed by Wu Tianyi, not as a measurement', () => {
    const ideal = records().find((record) => record.id === 'ideal-altitude-band')!;
    expect(ideal.period_basis).toBe('proposed');
    expect(ideal.period_year).toBe('2023');
    expect(ideal.proposed_by_zh).toBe('吴天一院士');
    expect(ideal.proposed_by_en).toBe('Wu Tianyi');
    expect(ideal.formatted_period_zh).toBe('吴天一院士提出（2023年报道）');
    expect(ideal.formatted_period_en).toBe('proposed by Wu Tianyi (reported 2023)');
    const park = records().find((record) => record.id === 'park-altitude-band')!;
    expect([park.period_basis, park.proposed_by_en, park.formatted_period_en]).toEqual([
      'as-of',
      '',
      'as of 2023',
    ]);
  });
});

describe('the column descriptions', () => {
  it('describe every column in both languages, saying what an empty newspaper cell means', () => {
    for (const { name } of dataColumns) {
      expect(columnDescription(name, 'zh')).not.toBe('');
      expect(columnDescription(name, 'en')).not.toBe('');
    }
    expect(columnDescription('source_publisher_en', 'en')).toBe(
      'The newspaper that published the article, in English; empty where the article does not name it',
    );
    expect(columnDescription('source_publisher_zh', 'zh')).toBe(
      '刊登文章的报刊（中文）；文章未注明时为空',
    );
    expect(columnDescription('period_basis', 'en')).toContain(
      'proposed: a value someone proposed (such as the ideal altitude band), not a measurement',
    );
  });
});

describe('figures.json', () => {
  const dataset = () => JSON.parse(figuresJson());
  const figures = () => dataset().themes.flatMap((theme: { figures: unknown[] }) => theme.figures);

  it('holds every figure with all its observations', () => {
    expect(figures().map((figure: { id: string }) => figure.id)).toEqual([...allFigures().keys()]);
    for (const figure of figures()) {
      const expected = allFigures().get(figure.id)!.observations;
      expect(figure.observations).toHaveLength(expected.length);
      figure.observations.forEach((observation: Record<string, unknown>, index: number) => {
        expect(observation.value).toEqual(expected[index]!.value);
        expect(observation.qualifier).toBe(expected[index]!.qualifier);
        expect(observation.period).toEqual(expected[index]!.period);
      });
    }
  });

  it('gives the article with its reporter, and null for the newspaper and address it does not state', () => {
    const article = {
      type: 'press-article',
      title: {
        zh: '生物园区：奋力打造生态文明高地上的新型现代化科创园区',
        en: 'The Biotechnology Industrial Park: striving to build a new, modern science-and-innovation park on the highland of ecological civilization',
      },
      author: { zh: '张国静', en: 'Zhang Guojing' },
      publisher: null,
      date: '2023',
      url: null,
    };
    expect(dataset().sources).toEqual([article]);
    for (const figure of figures())
      for (const observation of figure.observations) expect(observation.source).toEqual(article);
    expect(dataset()).not.toHaveProperty('publisher');
  });

  it('gives the ideal altitude band as a proposal by Wu Tianyi', () => {
    const ideal = figures().find((figure: { id: string }) => figure.id === 'ideal-altitude-band');
    expect(ideal.observations[0].period).toEqual({
      year: 2023,
      basis: 'proposed',
      by: { zh: '吴天一院士', en: 'Wu Tianyi' },
    });
  });
});
