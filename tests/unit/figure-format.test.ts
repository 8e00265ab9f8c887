import { describe, expect, it } from 'vitest';
import { formatFigureValue, formatPeriod, formatSourceDate } from '@/lib/figures/format';
import type { Figure, Observation } from '@/lib/figures/schema';

const source = {
  publisher: { zh: '园区', en: 'the Park' },
  title: { zh: '报道', en: 'Report' },
  date: '2023',
};
const period = { year: 2023, basis: 'as-of' } as const;

function shown(
  unit: Figure['unit'],
  value: Observation['value'],
  qualifier: Observation['qualifier'],
) {
  const observation: Observation = { value, qualifier, period, source };
  const figure: Figure = {
    id: 'example',
    unit,
    label: { zh: '例', en: 'Example' },
    definition: { zh: '例。', en: 'Example.' },
    observations: [observation],
  };
  return {
    zh: formatFigureValue(figure, observation, 'zh'),
    en: formatFigureValue(figure, observation, 'en'),
  };
}

// The expected strings are the ones the issue and GLOSSARY.md give.
describe('formatFigureValue', () => {
  it('writes an altitude band with an en dash and the unit', () => {
    expect(shown('metre', { from: 2240, to: 2350 }, 'exact')).toEqual({
      zh: '2,240–2,350 米',
      en: '2,240–2,350 m',
    });
  });

  it('writes "more than" of a count as 余 in Chinese', () => {
    expect(shown('person', 40, 'more-than')).toEqual({ zh: '40余名', en: 'more than 40 people' });
  });

  it('writes "more than" of a percentage as 以上 in Chinese', () => {
    expect(shown('percent', 70, 'more-than')).toEqual({ zh: '70%以上', en: 'more than 70%' });
  });

  it('writes "nearly" as 近', () => {
    expect(shown('year', 30, 'nearly')).toEqual({ zh: '近30年', en: 'nearly 30 years' });
  });

  it('uses the singular for exactly one', () => {
    expect(shown('person', 1, 'exact').en).toBe('1 person');
  });

  it('keeps decimals', () => {
    expect(shown('percent', 3.1, 'exact')).toEqual({ zh: '3.1%', en: '3.1%' });
  });
});

describe('formatPeriod', () => {
  it('writes a stock as "as of" and a flow as the year', () => {
    expect(formatPeriod({ year: 2023, basis: 'as-of' }, 'zh')).toBe('截至2023年');
    expect(formatPeriod({ year: 2023, basis: 'as-of' }, 'en')).toBe('as of 2023');
    expect(formatPeriod({ year: 2022, basis: 'during' }, 'zh')).toBe('2022年');
    expect(formatPeriod({ year: 2022, basis: 'during' }, 'en')).toBe('in 2022');
  });
});

describe('formatSourceDate', () => {
  it('writes a date only as precisely as it is known', () => {
    expect(formatSourceDate('2023', 'zh')).toBe('2023年');
    expect(formatSourceDate('2023', 'en')).toBe('2023');
    expect(formatSourceDate('2023-06', 'zh')).toBe('2023年6月');
    expect(formatSourceDate('2023-06', 'en')).toBe('June 2023');
    expect(formatSourceDate('2023-06-30', 'zh')).toBe('2023年6月30日');
    expect(formatSourceDate('2023-06-30', 'en')).toBe('30 June 2023');
  });
});
