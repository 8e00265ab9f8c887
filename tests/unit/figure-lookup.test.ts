import { describe, expect, it } from 'vitest';
import { publisherIsKnown, splitAtUrl } from '@/lib/figures/format';
import { presentFigure } from '@/lib/figures/present';
import { allFigures, findFigure, latestObservation } from '@/lib/figures/registry';
import {
  figureRange,
  type Figure,
  type FigureSource,
  type Observation,
} from '@/lib/figures/schema';

// The expected values are written out by hand from content/figures/, not made by the code under test.
const source: FigureSource = {
  type: 'press-article',
  title: { zh: '报道', en: 'Report' },
  author: { zh: '张国静', en: 'Zhang Guojing' },
  publisher: { zh: '', en: '' },
  date: '2023',
  url: '',
};

describe('findFigure and allFigures', () => {
  it('find a figure of content/figures/ by its id, and nothing for an unknown id', () => {
    expect(findFigure('high-tech-enterprises')?.label).toEqual({
      zh: '高新技术企业总数',
      en: 'High-tech enterprises',
    });
    expect(findFigure('no-such-figure')).toBeUndefined();
  });

  it('make the index of figures once per read of content/', () => {
    expect(allFigures()).toBe(allFigures());
    expect(allFigures().get('park-altitude-band')?.unit).toBe('metre');
  });
});

describe('latestObservation', () => {
  it('keeps the first of two observations of the same year', () => {
    const first: Observation = {
      value: 70,
      qualifier: 'exact',
      period: { year: 2023, basis: 'as-of' },
      source,
    };
    const second: Observation = { ...first, value: 71 };
    const figure: Figure = {
      id: 'enterprises',
      unit: 'enterprise',
      label: { zh: '企业', en: 'Enterprises' },
      definition: { zh: '企业。', en: 'Enterprises.' },
      observations: [first, second],
    };
    expect(latestObservation(figure).value).toBe(70);
  });
});

describe('presentFigure', () => {
  it('gives the newest value of a figure, its period, source and permalink on the site', () => {
    const shown = presentFigure('high-tech-enterprises', 'en');
    expect(shown.figure.id).toBe('high-tech-enterprises');
    expect(shown.observation.value).toBe(71);
    expect({
      label: shown.label,
      value: shown.value,
      period: shown.period,
      source: shown.source,
      permalink: shown.permalink,
    }).toEqual({
      label: 'High-tech enterprises',
      value: '71 enterprises',
      period: 'as of 2023',
      source:
        'Zhang Guojing, “The Biotechnology Industrial Park: striving to build a new, modern science-and-innovation park on the highland of ecological civilization”, [newspaper not named in the article], 2023',
      permalink: '/en/statistics/#high-tech-enterprises',
    });
    expect(presentFigure('high-tech-enterprises', 'zh')).toMatchObject({
      label: '高新技术企业总数',
      value: '71家',
      period: '截至2023年',
      permalink: '/zh/statistics/#high-tech-enterprises',
    });
  });

  it('names an unknown id', () => {
    expect(() => presentFigure('no-such-figure', 'zh')).toThrow(
      'Unknown figure id "no-such-figure": no figure in content/figures/ has it.',
    );
  });
});

describe('publisherIsKnown', () => {
  it('knows the newspaper only when it is named in both languages', () => {
    expect(publisherIsKnown({ ...source, publisher: { zh: '某日报', en: 'Some Daily' } })).toBe(
      true,
    );
    expect(publisherIsKnown(source)).toBe(false);
    expect(publisherIsKnown({ ...source, publisher: { zh: '某日报', en: '' } })).toBe(false);
    expect(publisherIsKnown({ ...source, publisher: { zh: '', en: 'Some Daily' } })).toBe(false);
  });
});

describe('splitAtUrl', () => {
  it('splits a text that is the address alone, or starts with it', () => {
    const url = 'https://example.org/report';
    expect(splitAtUrl(url, url)).toEqual(['', 'https://example.org/report', '']);
    expect(splitAtUrl(`${url} (2023)`, url)).toEqual(['', 'https://example.org/report', ' (2023)']);
  });
});

describe('figureRange', () => {
  it('refuses a range whose two ends are equal', () => {
    expect(figureRange.safeParse({ from: 2240, to: 2350 }).success).toBe(true);
    expect(figureRange.safeParse({ from: 2240, to: 2240 }).success).toBe(false);
  });
});
