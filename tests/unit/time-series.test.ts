import { describe, expect, it } from 'vitest';
import { formatEarlierValue } from '@/lib/figures/format';
import { latestObservation } from '@/lib/figures/registry';
import type { Figure, FigureSource, Observation } from '@/lib/figures/schema';

// A figure counted in two years. No real figure has two observations yet, so this is where the
// time-series path is first run: the newest is shown, the older ones are listed under it.
const source: FigureSource = {
  type: 'press-article',
  title: { zh: '报道', en: 'Report' },
  author: { zh: '张国静', en: 'Zhang Guojing' },
  publisher: { zh: '', en: '' },
  date: '2023',
  url: '',
};
const in2021: Observation = {
  value: 50,
  qualifier: 'exact',
  period: { year: 2021, basis: 'as-of' },
  source,
};
const in2023: Observation = {
  value: 71,
  qualifier: 'exact',
  period: { year: 2023, basis: 'as-of' },
  source,
};
const in2022: Observation = {
  value: 60,
  qualifier: 'about',
  period: { year: 2022, basis: 'during' },
  source,
};

function figureWith(...observations: Observation[]): Figure {
  return {
    id: 'enterprises',
    unit: 'enterprise',
    label: { zh: '企业', en: 'Enterprises' },
    definition: { zh: '企业。', en: 'Enterprises.' },
    observations,
  };
}

describe('latestObservation', () => {
  it('picks the newest period, wherever it stands in the list', () => {
    expect(latestObservation(figureWith(in2021, in2023)).value).toBe(71);
    expect(latestObservation(figureWith(in2023, in2021)).value).toBe(71);
    expect(latestObservation(figureWith(in2021, in2023, in2022)).value).toBe(71);
    expect(latestObservation(figureWith(in2022, in2021)).value).toBe(60);
  });

  it('gives the one observation of a figure that has one', () => {
    expect(latestObservation(figureWith(in2021)).value).toBe(50);
  });
});

describe('formatEarlierValue', () => {
  it('writes an earlier value after its period, as the Statistics page lists it', () => {
    expect(formatEarlierValue(figureWith(in2021), in2021, 'zh')).toBe('截至2021年：50家');
    expect(formatEarlierValue(figureWith(in2021), in2021, 'en')).toBe('as of 2021: 50 enterprises');
    expect(formatEarlierValue(figureWith(in2022), in2022, 'zh')).toBe('2022年：约60家');
    expect(formatEarlierValue(figureWith(in2022), in2022, 'en')).toBe(
      'in 2022: about 60 enterprises',
    );
  });
});
