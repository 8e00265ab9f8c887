import { describe, expect, it } from 'vitest';
import { formatEarlierValue, splitAtUrl } from '@/lib/figures/format';
import type { Figure, Observation } from '@/lib/figures/schema';

// Two gaps the fixture content set (tests/fixtures/content-set/) showed on the Statistics page:
// an earlier value of a time series was written with a half-width colon in Chinese, and a
// source's web address was plain text. Expected values are written out by hand.

describe('formatEarlierValue', () => {
  const older: Observation = {
    value: 50,
    qualifier: 'exact',
    period: { year: 2021, basis: 'as-of' },
    source: {
      type: 'press-article',
      title: { zh: '测试', en: 'Test' },
      author: { zh: '测试记者', en: 'Test Reporter' },
      publisher: { zh: '', en: '' },
      date: '2021',
      url: '',
    },
  };
  const figure: Figure = {
    id: 'test-series',
    unit: 'enterprise',
    label: { zh: '测试企业', en: 'Test enterprises' },
    definition: { zh: '测试。', en: 'Test.' },
    observations: [older],
  };

  it('joins period and value with a full-width colon in Chinese, a colon and a space in English', () => {
    expect(formatEarlierValue(figure, older, 'zh')).toBe('截至2021年：50家');
    expect(formatEarlierValue(figure, older, 'en')).toBe('as of 2021: 50 enterprises');
  });

  it('writes a flow over a year and a qualifier as the value itself does', () => {
    const during: Observation = {
      ...older,
      value: 40,
      qualifier: 'more-than',
      period: { year: 2020, basis: 'during' },
    };
    expect(formatEarlierValue(figure, during, 'zh')).toBe('2020年：40余家');
    expect(formatEarlierValue(figure, during, 'en')).toBe('in 2020: more than 40 enterprises');
  });
});

describe('splitAtUrl', () => {
  const url = 'https://example.org/report';

  it('splits a text around the address it cites', () => {
    expect(splitAtUrl(`作者：《报道》，2023年，${url}。`, url)).toEqual([
      '作者：《报道》，2023年，',
      'https://example.org/report',
      '。',
    ]);
    expect(splitAtUrl(`Author, “Report”, 2023, ${url}`, url)).toEqual([
      'Author, “Report”, 2023, ',
      'https://example.org/report',
      '',
    ]);
  });

  it('takes the last occurrence, the one the citation ends with', () => {
    expect(splitAtUrl(`${url} cited at ${url}.`, url)).toEqual([
      'https://example.org/report cited at ',
      'https://example.org/report',
      '.',
    ]);
  });

  it('leaves a text alone when the source has no address or the text lacks it', () => {
    expect(splitAtUrl('Author, “Report”, 2023', '')).toBeUndefined();
    expect(splitAtUrl('Author, “Report”, 2023', url)).toBeUndefined();
  });
});
