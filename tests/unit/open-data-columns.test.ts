import { parse } from 'csv-parse/sync';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FigureGroup } from '@/lib/figures/registry';
import type { FigureSource } from '@/lib/figures/schema';
import { siteUrl, type SiteSettings } from '@/lib/site';

// Two small themes made by hand, so that every kind of cell is filled at least once: a single
// number and a range, a measured value and a proposal, a source with and without its newspaper.
// The real content has only one source, and no newspaper in it.
let groups: FigureGroup[] | undefined;
vi.mock('@/lib/figures/registry', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/figures/registry')>();
  return { ...original, figureGroups: () => groups ?? original.figureGroups() };
});

// The settings as content/site.ts has them, with what each test fills in.
let overrides: Partial<SiteSettings> = {};
vi.mock('@/lib/content/site', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/content/site')>();
  return { site: () => ({ ...original.site(), ...overrides }) };
});

const { datasetName, figureSources, figuresCsv, figuresJson } =
  await import('@/lib/figures/open-data');

const namedNewspaper: FigureSource = {
  type: 'press-article',
  title: { zh: '园区报道', en: 'Park report' },
  author: { zh: '张国静', en: 'Zhang Guojing' },
  publisher: { zh: '某日报', en: 'Some Daily' },
  date: '2023-06',
  url: 'https://example.org/report',
};
const unnamedNewspaper: FigureSource = {
  type: 'press-article',
  title: { zh: '另一篇报道', en: 'Another report' },
  author: { zh: '李四', en: 'Li Si' },
  publisher: { zh: '', en: '' },
  date: '2022',
  url: '',
};

const handMade: FigureGroup[] = [
  {
    id: 'innovation',
    file: 'content/figures/innovation.ts',
    title: { zh: '创新', en: 'Innovation' },
    figures: [
      {
        id: 'enterprises',
        unit: 'enterprise',
        label: { zh: '企业', en: 'Enterprises' },
        definition: { zh: '企业数量。', en: 'Number of enterprises.' },
        observations: [
          {
            value: 71,
            qualifier: 'exact',
            period: { year: 2023, basis: 'as-of' },
            source: namedNewspaper,
          },
          {
            value: 1,
            qualifier: 'more-than',
            period: { year: 2021, basis: 'during' },
            source: unnamedNewspaper,
          },
        ],
      },
    ],
  },
  {
    id: 'altitude',
    file: 'content/figures/altitude.ts',
    title: { zh: '海拔', en: 'Altitude' },
    figures: [
      {
        id: 'ideal-band',
        unit: 'metre',
        label: { zh: '理想海拔', en: 'Ideal altitude' },
        definition: { zh: '理想海拔。', en: 'Ideal altitude.' },
        observations: [
          {
            value: { from: 2220, to: 2500 },
            qualifier: 'about',
            period: { year: 2023, basis: 'proposed', by: { zh: '吴天一院士', en: 'Wu Tianyi' } },
            source: namedNewspaper,
          },
        ],
      },
    ],
  },
];

const siteName = {
  zh: '西宁经济技术开发区生物科技产业园区',
  en: 'Biotechnology Industrial Park of the Xining Economic and Technological Development Zone',
};

beforeEach(() => {
  groups = handMade;
  overrides = {};
});
// Should the mocks outlive this file (the mutation run shares modules between files), they give
// the real content and settings again.
afterAll(() => {
  groups = undefined;
  overrides = {};
});

describe('figures.csv, of hand-made figures', () => {
  const records = (): Record<string, string>[] => parse(figuresCsv(), { bom: true, columns: true });

  it('fills every column of a single measured number, and leaves the range and proposer empty', () => {
    expect(records()[0]).toEqual({
      id: 'enterprises',
      theme_zh: '创新',
      theme_en: 'Innovation',
      label_zh: '企业',
      label_en: 'Enterprises',
      value: '71',
      value_from: '',
      value_to: '',
      qualifier: 'exact',
      unit: 'enterprise',
      unit_zh: '家',
      unit_en: 'enterprises',
      formatted_zh: '71家',
      formatted_en: '71 enterprises',
      period_year: '2023',
      period_basis: 'as-of',
      proposed_by_zh: '',
      proposed_by_en: '',
      formatted_period_zh: '截至2023年',
      formatted_period_en: 'as of 2023',
      definition_zh: '企业数量。',
      definition_en: 'Number of enterprises.',
      source_type: 'press-article',
      source_author_zh: '张国静',
      source_author_en: 'Zhang Guojing',
      source_title_zh: '园区报道',
      source_title_en: 'Park report',
      source_publisher_zh: '某日报',
      source_publisher_en: 'Some Daily',
      source_date: '2023-06',
      source_url: 'https://example.org/report',
      permalink_zh: `${siteUrl}/zh/statistics/#enterprises`,
      permalink_en: `${siteUrl}/en/statistics/#enterprises`,
    });
  });

  it('writes a flow over a year and a source without its newspaper', () => {
    expect(records()[1]).toMatchObject({
      id: 'enterprises',
      value: '1',
      value_from: '',
      value_to: '',
      qualifier: 'more-than',
      formatted_zh: '1余家',
      formatted_en: 'more than 1 enterprise',
      period_year: '2021',
      period_basis: 'during',
      formatted_period_zh: '2021年',
      formatted_period_en: 'in 2021',
      source_author_en: 'Li Si',
      source_publisher_zh: '',
      source_publisher_en: '',
      source_date: '2022',
      source_url: '',
    });
  });

  it('gives a proposed range by its two ends and its proposer, and no single value', () => {
    expect(records()[2]).toMatchObject({
      id: 'ideal-band',
      theme_zh: '海拔',
      theme_en: 'Altitude',
      value: '',
      value_from: '2220',
      value_to: '2500',
      qualifier: 'about',
      unit_zh: '米',
      unit_en: 'm',
      formatted_zh: '约2220–2500米',
      formatted_en: 'about 2,220–2,500 m',
      period_basis: 'proposed',
      proposed_by_zh: '吴天一院士',
      proposed_by_en: 'Wu Tianyi',
      formatted_period_zh: '吴天一院士提出（2023年报道）',
      formatted_period_en: 'proposed by Wu Tianyi (reported 2023)',
      permalink_en: `${siteUrl}/en/statistics/#ideal-band`,
    });
    expect(records()).toHaveLength(3);
  });
});

describe('figureSources', () => {
  it('lists each source once, in the order first cited', () => {
    expect(figureSources()).toEqual([namedNewspaper, unnamedNewspaper]);
  });
});

describe('figures.json, of hand-made figures', () => {
  const dataset = () => JSON.parse(figuresJson());

  it('names the dataset and the website in both languages', () => {
    expect(datasetName('zh')).toBe(`${siteName.zh}统计数据`);
    expect(datasetName('en')).toBe(`Statistics of the ${siteName.en}`);
    expect(dataset().name).toEqual({
      zh: '西宁经济技术开发区生物科技产业园区统计数据',
      en: 'Statistics of the Biotechnology Industrial Park of the Xining Economic and Technological Development Zone',
    });
    expect(dataset().website).toEqual({ name: siteName, url: `${siteUrl}/` });
  });

  it('gives the licence only once content/site.ts declares one', () => {
    expect(dataset()).not.toHaveProperty('licence');
    overrides = { licence: 'CC BY 4.0' };
    expect(dataset().licence).toBe('CC BY 4.0');
  });

  it('gives the themes and each figure with its unit words and permalinks', () => {
    const themes = dataset().themes;
    expect(themes.map((theme: { id: string }) => theme.id)).toEqual(['innovation', 'altitude']);
    expect(themes[1].title).toEqual({ zh: '海拔', en: 'Altitude' });
    const [enterprises] = themes[0].figures;
    expect(enterprises.unitText).toEqual({ zh: '家', en: 'enterprises' });
    expect(enterprises.permalinks).toEqual({
      zh: `${siteUrl}/zh/statistics/#enterprises`,
      en: `${siteUrl}/en/statistics/#enterprises`,
    });
    expect(themes[1].figures[0].unitText).toEqual({ zh: '米', en: 'm' });
  });

  it('gives a named newspaper and an address as they are, and null where the source has none', () => {
    const json = dataset();
    expect(json.sources).toEqual([
      namedNewspaper,
      { ...unnamedNewspaper, publisher: null, url: null },
    ]);
    expect(json.themes[0].figures[0].observations[1].source).toEqual({
      type: 'press-article',
      title: { zh: '另一篇报道', en: 'Another report' },
      author: { zh: '李四', en: 'Li Si' },
      publisher: null,
      date: '2022',
      url: null,
    });
    expect(json.themes[1].figures[0].observations[0]).toEqual({
      value: { from: 2220, to: 2500 },
      qualifier: 'about',
      period: { year: 2023, basis: 'proposed', by: { zh: '吴天一院士', en: 'Wu Tianyi' } },
      source: namedNewspaper,
    });
  });
});
