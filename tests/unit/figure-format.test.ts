import { describe, expect, it } from 'vitest';
import {
  formatFigureValue,
  formatPeriod,
  formatSource,
  formatSourceDate,
  sharedSource,
} from '@/lib/figures/format';
import type { Figure, FigureSource, Observation } from '@/lib/figures/schema';

const source: FigureSource = {
  type: 'press-article',
  title: { zh: '报道', en: 'Report' },
  author: { zh: '张国静', en: 'Zhang Guojing' },
  publisher: { zh: '', en: '' },
  date: '2023',
  url: '',
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
      zh: '2240–2350米',
      en: '2,240–2,350 m',
    });
  });

  it('writes "more than" of a count as 余 in Chinese', () => {
    expect(shown('person', 40, 'more-than')).toEqual({ zh: '40余名', en: 'more than 40 people' });
  });

  it('writes "more than" of a percentage as 以上 in Chinese', () => {
    expect(shown('percent', 70, 'more-than')).toEqual({ zh: '70%以上', en: 'more than 70%' });
  });

  it('writes "more than" with 余 before the measure word of every count, and 以上 after every measure', () => {
    // In the source: 40余名, 70%以上. Which units are counts is a rule of Chinese grammar, written
    // here unit by unit rather than read from lib/figures/units.ts.
    const moreThanForty = {
      metre: '40米以上',
      kilometre: '40公里以上',
      mu: '40亩以上',
      year: '40年以上',
      percent: '40%以上',
      enterprise: '40余家',
      incubator: '40余家',
      makerspace: '40余家',
      platform: '40余个',
      carrier: '40余个',
      person: '40余名',
      'person-ren': '40余人',
      'patents-per-10k-people': '40余件',
    } satisfies Record<Figure['unit'], string>;
    for (const [unit, expected] of Object.entries(moreThanForty)) {
      expect(shown(unit as Figure['unit'], 40, 'more-than').zh, unit).toBe(expected);
    }
  });

  it('writes "nearly" as 近', () => {
    expect(shown('year', 30, 'nearly')).toEqual({ zh: '近30年', en: 'nearly 30 years' });
  });

  it('writes "about" as 约 and "at least" as 至少', () => {
    expect(shown('year', 30, 'about')).toEqual({ zh: '约30年', en: 'about 30 years' });
    expect(shown('enterprise', 12, 'at-least')).toEqual({
      zh: '至少12家',
      en: 'at least 12 enterprises',
    });
  });

  it('writes an exact count with its measure word, and groups Chinese digits only from five on', () => {
    expect(shown('enterprise', 71, 'exact')).toEqual({ zh: '71家', en: '71 enterprises' });
    expect(shown('metre', 2240, 'exact')).toEqual({ zh: '2240米', en: '2,240 m' });
    expect(shown('metre', 12000, 'exact')).toEqual({ zh: '12,000米', en: '12,000 m' });
  });

  it('uses the singular for exactly one', () => {
    expect(shown('person', 1, 'exact').en).toBe('1 person');
    expect(shown('person', 1, 'more-than').en).toBe('more than 1 person');
    expect(shown('person', 2, 'exact').en).toBe('2 people');
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

  it('writes a proposal as who proposed it and when it was reported, not as a date', () => {
    const proposal = {
      year: 2023,
      basis: 'proposed',
      by: { zh: '吴天一院士', en: 'Wu Tianyi' },
    } as const;
    expect(formatPeriod(proposal, 'zh')).toBe('吴天一院士提出（2023年报道）');
    expect(formatPeriod(proposal, 'en')).toBe('proposed by Wu Tianyi (reported 2023)');
  });
});

describe('formatSource', () => {
  it('says so when the article does not name its newspaper', () => {
    expect(formatSource(source, 'zh')).toBe('张国静：《报道》，报刊名称未注明，2023年');
    expect(formatSource(source, 'en')).toBe(
      'Zhang Guojing, “Report”, [newspaper not named in the article], 2023',
    );
  });

  it('names the newspaper and the address once they are filled in', () => {
    const known: FigureSource = {
      ...source,
      publisher: { zh: '某日报', en: 'Some Daily' },
      url: 'https://example.org/a',
    };
    expect(formatSource(known, 'zh')).toBe(
      '张国静：《报道》，《某日报》，2023年，https://example.org/a',
    );
    expect(formatSource(known, 'en')).toBe(
      'Zhang Guojing, “Report”, Some Daily, 2023, https://example.org/a',
    );
  });
});

describe('sharedSource', () => {
  it('gives the one source all share, and nothing when they differ or there are none', () => {
    const other: FigureSource = { ...source, date: '2024' };
    expect(sharedSource([source, { ...source }])).toBe(source);
    expect(sharedSource([source, other])).toBeUndefined();
    expect(sharedSource([])).toBeUndefined();
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
