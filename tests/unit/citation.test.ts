import { describe, expect, it } from 'vitest';
import { citationFor, datasetCitation } from '@/lib/figures/citation';
import type { Figure } from '@/lib/figures/schema';

const source = {
  publisher: { zh: '某园区', en: 'Some Park' },
  title: { zh: '园区报道', en: 'Park report' },
  date: '2023-06',
  url: 'https://example.org/report',
};
const figure: Figure = {
  id: 'high-tech-enterprises',
  unit: 'enterprise',
  label: { zh: '高新技术企业总数', en: 'High-tech enterprises' },
  definition: { zh: '数量。', en: 'Number.' },
  observations: [{ value: 71, qualifier: 'exact', period: { year: 2023, basis: 'as-of' }, source }],
};

describe('citationFor', () => {
  const english = citationFor(figure, figure.observations[0]!, 'en', '27 November 2026');
  const chinese = citationFor(figure, figure.observations[0]!, 'zh', '2026年11月27日');

  it('holds the label, value with unit, period, source, permalink and access date', () => {
    for (const part of [
      'High-tech enterprises',
      '71 enterprises',
      'as of 2023',
      'Some Park',
      'Park report',
      'June 2023',
      'https://example.org/report',
      '/en/statistics/#high-tech-enterprises',
      '27 November 2026',
    ]) {
      expect(english).toContain(part);
    }
    for (const part of [
      '高新技术企业总数',
      '71家',
      '截至2023年',
      '某园区',
      '《园区报道》',
      '2023年6月',
      '/zh/statistics/#high-tech-enterprises',
      '2026年11月27日',
    ]) {
      expect(chinese).toContain(part);
    }
  });

  it('names the original source first and this site second', () => {
    expect(english.indexOf('Some Park')).toBeLessThan(english.indexOf('/en/statistics/'));
    expect(chinese.indexOf('某园区')).toBeLessThan(chinese.indexOf('/zh/statistics/'));
  });
});

describe('datasetCitation', () => {
  it('names the sources, both downloads and the access date', () => {
    const text = datasetCitation('en', '27 November 2026');
    expect(text).toMatch(/\/data\/figures\.csv/);
    expect(text).toMatch(/\/data\/figures\.json/);
    expect(text).toContain('27 November 2026');
  });
});
