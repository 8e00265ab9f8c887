/**
 * The palette's contrast, read from the stylesheets themselves: Tailwind's own colours
 * (node_modules/tailwindcss/theme.css), ours (app/globals.css), and the dark scheme
 * (app/colour-schemes.css). Every pair of text and background the site uses must reach WCAG AA,
 * 4.5:1, in both schemes. The browser tests run axe over the built pages in both schemes too; this
 * names the pair that fails, before a page is built.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Palette = Map<string, string>;

function variablesIn(css: string): Palette {
  return new Map(
    [...css.matchAll(/--color-([a-z]+-?\d*):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!]),
  );
}

const tailwind = variablesIn(readFileSync('node_modules/tailwindcss/theme.css', 'utf8'));
const ours = variablesIn(
  /@theme \{([\s\S]*?)\n\}/.exec(readFileSync('app/globals.css', 'utf8'))![1]!,
);
const darkCss = readFileSync('app/colour-schemes.css', 'utf8');
const dark = variablesIn(/prefers-color-scheme: dark\)\s*\{([\s\S]*)\}/.exec(darkCss)![1]!);

const light: Palette = new Map([...tailwind, ...ours]);
const darkScheme: Palette = new Map([...light, ...dark]);

/** Relative luminance (WCAG 2) of #rrggbb or oklch(L% C h). */
function luminance(colour: string): number {
  const linear = colour.startsWith('#') ? hexToLinear(colour) : oklchToLinear(colour);
  const [r, g, b] = linear.map((channel) => Math.min(1, Math.max(0, channel)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function hexToLinear(written: string): number[] {
  const hex = written.length === 4 ? written.replace(/\w/g, (digit) => digit + digit) : written;
  return [1, 3, 5].map((at) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
}

/** OKLCH to linear sRGB (Björn Ottosson's OKLab matrices). */
function oklchToLinear(text: string): number[] {
  const [, lightness, chroma, hue] = /oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\)/.exec(text)!;
  const L = Number(lightness) / 100;
  const a = Number(chroma) * Math.cos((Number(hue) * Math.PI) / 180);
  const b = Number(chroma) * Math.sin((Number(hue) * Math.PI) / 180);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

function contrast(palette: Palette, text: string, background: string): number {
  const [a, b] = [text, background].map((name) => {
    const value = palette.get(name);
    if (!value) throw new Error(`no --color-${name}`);
    return luminance(value);
  });
  return (Math.max(a!, b!) + 0.05) / (Math.min(a!, b!) + 0.05);
}

/** Text colours on each background, as the components and stylesheets use them. */
const pairs: Record<string, string[]> = {
  surface: [
    'stone-900',
    'stone-800',
    'stone-700',
    'stone-600',
    'park-900',
    'park-800',
    'park-700',
    'red-800',
  ],
  'stone-50': ['stone-900', 'stone-700', 'stone-600', 'park-700'],
  'park-50': ['stone-900', 'stone-700', 'stone-600', 'park-900', 'park-800', 'park-700'],
  'gold-100': ['stone-900', 'park-900', 'park-800', 'park-700'],
  'red-50': ['stone-900'],
  // The altitude drawing's labels: on the sky, the gold band and the ground.
  'sky-100': ['gold-700', 'park-800'],
  'park-100': ['gold-700', 'park-800'],
  // The header and the filled buttons, and the current page's tab in the header.
  band: ['white'],
  action: ['white'],
  white: ['band'],
};

describe.each([
  ['light', light],
  ['dark', darkScheme],
])('the %s scheme', (_, palette) => {
  it.each(Object.entries(pairs))('text on %s reaches 4.5:1', (background, texts) => {
    for (const text of texts) {
      expect(
        contrast(palette, text, background),
        `${text} on ${background}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the palette', () => {
  it('gives the dark scheme its own value for every colour it changes, and keeps band and buttons', () => {
    for (const name of dark.keys()) expect(light.has(name), name).toBe(true);
    expect(dark.has('surface')).toBe(true);
    expect(dark.has('band') || dark.has('action') || dark.has('white')).toBe(false);
  });

  it('reads the colours right: black on white is 21:1, and Tailwind stone-600 on white 7.6:1', () => {
    const check = new Map([
      ['black', '#000000'],
      ['white', '#ffffff'],
      ['stone-600', light.get('stone-600')!],
    ]);
    expect(contrast(check, 'black', 'white')).toBeCloseTo(21, 5);
    // #57534e, Tailwind's stone-600, as published: 7.6:1 on white.
    expect(contrast(check, 'stone-600', 'white')).toBeCloseTo(7.6, 1);
  });

  it('lets the high-contrast mode set every colour the dark scheme sets', () => {
    const aids = readFileSync('app/reading-aids.css', 'utf8');
    const highContrast = variablesIn(/@variant contrast-high \{([\s\S]*?)\n {2}\}/.exec(aids)![1]!);
    for (const name of dark.keys()) expect(highContrast.has(name), name).toBe(true);
  });
});
