import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { AltitudeProfileDrawing } from '@/components/figures/AltitudeProfile';
import { checkContent } from '@/lib/content/load';
import { altitudeBounds, altitudeProfile, isWithin } from '@/lib/figures/altitude-profile';
import type { FigureRange } from '@/lib/figures/schema';
import { contentCopy, removeContentCopies } from '../support/content-copy';

afterAll(removeContentCopies);

/** The figures as written in content/figures/golden-altitude.ts (2,220–2,500 m and 2,240–2,350 m). */
const ideal = { from: 2220, to: 2500 };
const park = { from: 2240, to: 2350 };

describe('the altitude scale', () => {
  it('spans whole hundreds of metres with a step to spare on each side', () => {
    expect(altitudeBounds(ideal, park)).toEqual({ low: 2100, high: 2600 });
    expect(altitudeBounds({ from: 2200, to: 2300 })).toEqual({ low: 2100, high: 2400 });
    expect(altitudeBounds({ from: 2201, to: 2299 })).toEqual({ low: 2100, high: 2400 });
  });

  it('knows when a band lies inside another', () => {
    expect(isWithin(park, ideal)).toBe(true);
    expect(isWithin(ideal, park)).toBe(false);
    expect(isWithin({ from: 2200, to: 2350 }, ideal)).toBe(false);
    expect(isWithin({ from: 2240, to: 2600 }, ideal)).toBe(false);
    expect(isWithin(ideal, ideal)).toBe(true);
  });
});

describe('the home page drawing', () => {
  it('places each band by its altitudes on a 360 × 180 drawing (2,600 m at 12, 2,100 m at 180)', () => {
    const profile = altitudeProfile(ideal, park);
    expect(profile).toMatchObject({ width: 360, height: 180 });
    // 168 units for 500 m: 0.336 a metre.
    expect(profile.ideal).toEqual({ range: ideal, top: 45.6, bottom: 139.7, height: 94.1 });
    expect(profile.park).toEqual({ range: park, top: 96, bottom: 133, height: 37 });
    expect(profile.groundLine).toBe('M0 133C162 133 198 96 360 96');
    expect(profile.groundArea).toBe('M0 133C162 133 198 96 360 96V180H0Z');
  });

  it('labels every edge with its altitude, in each language', () => {
    const texts = (locale: 'zh' | 'en') =>
      [
        ...drawing(altitudeProfile(ideal, park), locale).matchAll(/<text[^>]*>([^<]*)<\/text>/g),
      ].map((match) => match[1]);
    expect(texts('en')).toEqual(['2,500 m', '2,220 m', '2,350 m', '2,240 m']);
    expect(texts('zh')).toEqual(['2500 米', '2220 米', '2350 米', '2240 米']);
  });

  it('has no style attribute and is hidden from screen readers, whose words are in the caption', () => {
    const svg = drawing(altitudeProfile(ideal, park), 'en');
    expect(svg).not.toMatch(/style=/);
    expect(svg).toMatch(/^<svg viewBox="0 0 360 180" aria-hidden="true"/);
  });

  it('is drawn from the figure modules: a changed figure changes the drawing', () => {
    const copy = contentCopy();
    const before = drawing(profileOf(copy.root), 'en');
    expect(before).toBe(drawing(altitudeProfile(ideal, park), 'en'));

    copy.replace(
      'content/figures/golden-altitude.ts',
      'value: { from: 2240, to: 2350 }',
      'value: { from: 2300, to: 2450 }',
    );
    const after = drawing(profileOf(copy.root), 'en');
    expect(after).not.toBe(before);
    expect(after).toContain('>2,450 m</text>');
    expect(after).toContain('>2,300 m</text>');
    expect(after).not.toContain('2,350 m');
    // 2,300 m is 113 units above the foot (2,100 m at 180): 180 − 200 × 0.336 = 112.8.
    expect(after).toContain('d="M0 112.8C162 112.8 198 62.4 360 62.4"');
  });
});

function drawing(profile: ReturnType<typeof altitudeProfile>, locale: 'zh' | 'en'): string {
  return renderToStaticMarkup(createElement(AltitudeProfileDrawing, { profile, locale }));
}

/** The drawing of the altitude figures of a copy of content/, read as the site reads them. */
function profileOf(root: string) {
  const { content, problems } = checkContent(root);
  expect(problems).toEqual([]);
  const figures = content.figures.groups.flatMap((group) => group.figures);
  const range = (id: string) =>
    figures.find((figure) => figure.id === id)!.observations[0]!.value as FigureRange;
  return altitudeProfile(range('ideal-altitude-band'), range('park-altitude-band'));
}
