import { describe, expect, it } from 'vitest';
import {
  containsRendering,
  missingRenderings,
  occurrences,
  rejectedVariants,
  termBaseProblems,
  termsUsed,
} from '@/lib/content/checks/terms';
import type { PlacedText } from '@/lib/content/content-texts';
import type { Term } from '@/lib/content/terms';

const terms: Term[] = [
  { zh: '高原', en: 'plateau', rejected: [], note: '' },
  { zh: '青藏高原', en: 'Qinghai-Tibet Plateau', rejected: ['Qinghai-Tibetan Plateau'], note: '' },
  {
    zh: '双创',
    en: 'innovation and entrepreneurship',
    rejected: ['mass entrepreneurship and innovation', 'entrepreneurship and innovation'],
    note: '',
  },
  { zh: '生物园区', en: 'Park', rejected: ['Biotech Park', '生物科技园'], note: '' },
];

/** A one-line text whose character `index` stands at line 3, column index + 1. */
function text(locale: 'zh' | 'en', value: string, file = `content/${locale}/x.mdx`): PlacedText {
  return { file, locale, text: value, positionAt: (index) => ({ line: 3, column: index + 1 }) };
}

describe('occurrences', () => {
  it('finds Latin variants as whole words, whatever their case and spacing', () => {
    expect(occurrences('the biotech  park and a Biotech Parks', 'Biotech Park')).toEqual([
      { index: 4, length: 13 },
    ]);
    expect(occurrences('XBiotech Park', 'Biotech Park')).toEqual([]);
  });

  it('finds Chinese variants anywhere', () => {
    expect(occurrences('位于生物科技园区', '生物科技园')).toEqual([{ index: 2, length: 5 }]);
  });
});

describe('containsRendering', () => {
  it('is a literal, case-insensitive, with any spaces and either kind of quotation mark', () => {
    expect(containsRendering('the QINGHAI-TIBET\nplateau', 'Qinghai-Tibet Plateau')).toBe(true);
    expect(
      containsRendering('the “555” Talent Attraction Plan', '"555" Talent Attraction Plan'),
    ).toBe(true);
    expect(containsRendering('the Tibet Plateau', 'Qinghai-Tibet Plateau')).toBe(false);
  });
});

describe('termsUsed', () => {
  it('lets a longer term mask the shorter ones inside it', () => {
    expect(termsUsed('青藏高原的康养', terms).map((term) => term.zh)).toEqual(['青藏高原']);
    expect(termsUsed('青藏高原和高原康养', terms).map((term) => term.zh)).toEqual([
      '青藏高原',
      '高原',
    ]);
  });
});

describe('rejectedVariants', () => {
  it('reports a variant at its place, naming the approved term', () => {
    const problems = rejectedVariants(
      text('en', 'We support mass entrepreneurship and innovation.'),
      terms,
    );
    // One problem: the shorter variant inside the longer one is not reported again.
    expect(problems).toEqual([
      {
        file: 'content/en/x.mdx',
        line: 3,
        column: 12,
        kind: 'terms',
        zh: '“mass entrepreneurship and innovation” 是术语表不用的写法：请改用 “innovation and entrepreneurship”（双创），见 content/terms.ts',
        en: '"mass entrepreneurship and innovation" is a rendering the term base rejects: use "innovation and entrepreneurship" (双创) instead; see content/terms.ts',
      },
    ]);
  });

  it('names the Chinese term for a Chinese variant in Chinese text', () => {
    const [problem] = rejectedVariants(text('zh', '位于生物科技园。'), terms);
    expect(problem).toMatchObject({ column: 3 });
    expect(problem!.zh).toContain('请改用 “生物园区”');
  });

  it('finds nothing in approved text', () => {
    expect(rejectedVariants(text('en', 'The Park, on the Qinghai-Tibet Plateau.'), terms)).toEqual(
      [],
    );
  });
});

describe('missingRenderings', () => {
  const twin = (zh: string, en: string) => ({
    zh: [text('zh', zh)],
    en: [text('en', en, 'content/figures/x.ts')],
    enFile: 'content/figures/x.ts',
    enPlace: { line: 7, column: 12 },
    what: { zh: '英文 label.en ', en: 'the English label.en' },
  });

  it('reports each term whose approved rendering the English lacks, at the English', () => {
    const problems = missingRenderings(
      twin('生物园区位于青藏高原，推进双创。', 'The Park lies on the Tibetan Plateau.'),
      terms,
    );
    expect(problems.map((each) => [each.file, each.line, each.column])).toEqual([
      ['content/figures/x.ts', 7, 12],
      ['content/figures/x.ts', 7, 12],
    ]);
    expect(problems[0]!.zh).toBe(
      '英文 label.en 缺少 “Qinghai-Tibet Plateau”（青藏高原）：中文用了术语“青藏高原”，英文必须用术语表规定的译法 “Qinghai-Tibet Plateau”，见 content/terms.ts',
    );
    expect(problems[1]!.en).toContain('lacks "innovation and entrepreneurship" (双创)');
  });

  it('accepts English that uses every approved rendering', () => {
    expect(
      missingRenderings(
        twin('生物园区位于青藏高原。', 'The park lies on the Qinghai-Tibet Plateau.'),
        terms,
      ),
    ).toEqual([]);
  });
});

describe('termBaseProblems', () => {
  const base: Term[] = [
    { zh: '众创空间', en: 'makerspace', rejected: [], note: '' },
    { zh: '孵化器', en: 'incubator', rejected: ['makerspace'], note: '' },
    { zh: '众创空间', en: 'maker space', rejected: [], note: '' },
  ];
  const source = `export default defineTerms([
  { zh: '众创空间', en: 'makerspace', rejected: [], note: '' },
  { zh: '孵化器', en: 'incubator', rejected: ['makerspace'], note: '' },
  { zh: '众创空间', en: 'maker space', rejected: [], note: '' },
]);
`;

  it('reports a Chinese term listed twice, and an approved rendering that is also rejected', () => {
    const problems = termBaseProblems('content/terms.ts', source, base);
    expect(problems.map((each) => [each.line, each.column])).toEqual([
      [3, 44],
      [4, 5],
    ]);
    expect(problems[0]!.en).toBe(
      '"makerspace" is listed as rejected, but it is (part of) the approved rendering "makerspace" of 众创空间: remove it from rejected, or correct the approved rendering',
    );
    expect(problems[1]!.zh).toBe(
      '术语 “众创空间” 重复：第 1 条已有，每个中文术语只能有一条，请合并',
    );
  });
});
