/**
 * Each typography rule of lib/content/checks/typography.ts, mark by mark, with the words of its
 * message and the place it points to, written out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  fullWidthInEnglish,
  halfWidthInChinese,
  nestedQuotesInChinese,
  typographyProblems,
  unitSpacingInChinese,
  unitSpacingInEnglish,
  unmatchedPairs,
} from '@/lib/content/checks/typography';

describe('half-width marks in Chinese', () => {
  it.each([
    [',', '，'],
    [';', '；'],
    [':', '：'],
    ['?', '？'],
    ['!', '！'],
    ['(', '（'],
    [')', '）'],
  ])('%s beside a Chinese character asks for %s', (half, full) => {
    expect(halfWidthInChinese(`园区${half}位于`)).toEqual([
      {
        index: 2,
        zh: `中文里用了半角的 “${half}”：请改为全角的 “${full}”`,
        en: `half-width "${half}" in Chinese text: use the full-width "${full}"`,
      },
    ]);
  });

  it('looks at the character on either side, and leaves Latin text alone', () => {
    expect(halfWidthInChinese('a,园').map(({ index }) => index)).toEqual([1]);
    expect(halfWidthInChinese('园,a').map(({ index }) => index)).toEqual([1]);
    expect(halfWidthInChinese(',园').map(({ index }) => index)).toEqual([0]);
    expect(halfWidthInChinese('园,').map(({ index }) => index)).toEqual([1]);
    expect(halfWidthInChinese('a, b (c): d? e! f;')).toEqual([]);
    expect(halfWidthInChinese('园区。')).toEqual([]);
  });

  it('points to the mark in the string, after a character outside the BMP', () => {
    // 𠀀 takes two code units.
    expect(halfWidthInChinese('𠀀,园').map(({ index }) => index)).toEqual([2]);
  });
});

describe('full-width marks in English', () => {
  it.each([
    ['：', ':'],
    ['，', ','],
    ['；', ';'],
    ['。', '.'],
    ['？', '?'],
    ['！', '!'],
  ])('%s in English asks for %s', (full, half) => {
    expect(fullWidthInEnglish(`the Park${full} and`)).toEqual([
      {
        index: 8,
        zh: `英文里用了全角的 “${full}”：请改为半角的 “${half}”`,
        en: `full-width "${full}" in English text: use the half-width "${half}"`,
      },
    ]);
  });

  it('gives the brackets their advice on Chinese names', () => {
    // The closing bracket follows a Chinese character, so it passes as part of the name; the
    // opening one is the mistake.
    expect(fullWidthInEnglish('Kunlun Talents（昆仑英才）')).toEqual([
      {
        index: 14,
        zh: '英文里用了全角的 “（”：请改为半角的 “(”（英文后附的中文名称写在半角括号里：Kunlun Talents (昆仑英才)）',
        en: 'full-width "（" in English text: use the half-width "(" (a Chinese name after the English goes in half-width brackets: Kunlun Talents (昆仑英才))',
      },
    ]);
    expect(fullWidthInEnglish('(a）b').map(({ index, en }) => [index, en])).toEqual([
      [
        2,
        'full-width "）" in English text: use the half-width ")" (a Chinese name after the English goes in half-width brackets: Kunlun Talents (昆仑英才))',
      ],
    ]);
  });

  it('leaves a mark that belongs to a quoted Chinese name, but not one before a Latin letter', () => {
    expect(fullWidthInEnglish('called 黄金海拔，高原康养 here')).toEqual([]);
    expect(fullWidthInEnglish('called “黄金海拔”， then')).toEqual([]);
    expect(fullWidthInEnglish('called “黄金海拔”，then').map(({ index }) => index)).toEqual([13]);
    expect(fullWidthInEnglish('called 黄金海拔，a name').map(({ index }) => index)).toEqual([11]);
    expect(fullWidthInEnglish('called 黄金海拔，1 name').map(({ index }) => index)).toEqual([11]);
  });

  it.each([
    ['《', '"'],
    ['》', '"'],
    ['【', '['],
    ['】', ']'],
  ])('takes %s unless it touches a Latin letter or digit', (mark, half) => {
    expect(fullWidthInEnglish(`see ${mark}规划 now`)).toEqual([]);
    expect(fullWidthInEnglish(`see${mark}规划`)).toEqual([
      {
        index: 3,
        zh: `英文里用了全角的 “${mark}”：请改为半角的 “${half}”`,
        en: `full-width "${mark}" in English text: use the half-width "${half}"`,
      },
    ]);
    expect(fullWidthInEnglish(`规划${mark}2023`).map(({ index }) => index)).toEqual([2]);
  });
});

describe('pairs of brackets and quotation marks', () => {
  it('takes every mark closed by its own', () => {
    for (const text of [
      '（a）',
      '(a)',
      '“a”',
      '‘a’',
      '《a》',
      '【a】',
      '“a（b）‘c’”',
      'the Park’s',
    ])
      expect(unmatchedPairs(text), text).toEqual([]);
  });

  it('names a full-width bracket closed by a half-width one, and the reverse', () => {
    expect(unmatchedPairs('（a)')).toEqual([
      {
        index: 2,
        zh: '“（” 与 “)” 不配对：请用 “（）” 或 “()”，不要全角和半角混用',
        en: '"（" is closed by ")": write "（）" or "()", never a full-width mark with a half-width one',
      },
    ]);
    expect(unmatchedPairs('a(b）').map(({ index, en }) => [index, en])).toEqual([
      [
        3,
        '"(" is closed by "）": write "()" or "（）", never a full-width mark with a half-width one',
      ],
    ]);
  });

  it.each([
    [')', '('],
    ['）', '（'],
    ['”', '“'],
    ['》', '《'],
    ['】', '【'],
  ])('names a %s with no %s before it', (closer, opener) => {
    expect(unmatchedPairs(`ab${closer}`)).toEqual([
      {
        index: 2,
        zh: `“${closer}” 前面没有对应的 “${opener}”：请补上，或删去多余的 “${closer}”`,
        en: `"${closer}" has no "${opener}" before it: add one, or delete the extra "${closer}"`,
      },
    ]);
  });

  it('names a mark never closed, and one left open inside a closed pair', () => {
    expect(unmatchedPairs('“ab')).toEqual([
      {
        index: 0,
        zh: '““” 没有对应的 “””：括号和引号必须成对使用，请补上',
        en: '"“" is never closed by "”": brackets and quotation marks come in pairs, so add it',
      },
    ]);
    expect(unmatchedPairs('“a（b”').map(({ index, en }) => [index, en])).toEqual([
      [2, '"（" is never closed by "）": brackets and quotation marks come in pairs, so add it'],
    ]);
    // A quotation mark closed inside brackets is not a bracket mismatch.
    expect(unmatchedPairs('（“a）').map(({ index }) => index)).toEqual([1]);
  });

  it('reads a ’ as an apostrophe when no ‘ is open, and as a closing mark when one is', () => {
    expect(unmatchedPairs('it’s')).toEqual([]);
    expect(unmatchedPairs('‘a（b’').map(({ index }) => index)).toEqual([2]);
  });
});

describe('quotation marks inside quotation marks, in Chinese', () => {
  const doubleInDouble =
    'double quotation marks inside double ones: quotation marks inside quotation marks alternate, “……‘……’……”';
  const singleAlone =
    'single quotation marks on their own in Chinese: use double ones “ ”, and single ones ‘ ’ only inside them';

  it('takes single marks inside double ones, one pair after another', () => {
    expect(nestedQuotesInChinese('“a‘b’c”')).toEqual([]);
    expect(nestedQuotesInChinese('“a”“b”')).toEqual([]);
  });

  it('names a double mark inside a double one, and a single one outside', () => {
    expect(nestedQuotesInChinese('“a“b”c”')).toEqual([
      {
        index: 2,
        zh: '引号里又用了双引号：引号里再用引号时，外层用双引号，内层用单引号：“……‘……’……”',
        en: doubleInDouble,
      },
    ]);
    expect(nestedQuotesInChinese('‘a’')).toEqual([
      {
        index: 0,
        zh: '中文里单独用了单引号：外层用双引号 “ ”，引号里再用引号时才用单引号 ‘ ’',
        en: singleAlone,
      },
    ]);
  });

  it('counts the marks still open after an inner pair closes', () => {
    // After “a“b” one double mark is still open, so the ‘ is inside it.
    expect(nestedQuotesInChinese('“a“b”‘c’”').map(({ en }) => en)).toEqual([doubleInDouble]);
    // A stray ” does not leave the count below zero.
    expect(nestedQuotesInChinese('”“a‘b’”').map(({ en }) => en)).toEqual([]);
  });
});

describe('numbers and units', () => {
  it('names a space between a numeral and a Chinese unit, of any width', () => {
    for (const space of [' ', '  ', '\t', '\u00a0', '\u3000']) {
      expect(unitSpacingInChinese(`距离5${space}公里`), JSON.stringify(space)).toEqual([
        {
          index: 3,
          zh: '数字和“公”之间有空格：中文里阿拉伯数字和单位、量词之间不加空格，如 5公里、71家、2023年',
          en: 'a space between the number and "公": in Chinese, no space between an Arabic numeral and a unit or measure word (5公里, 71家, 2023年)',
        },
      ]);
    }
    expect(unitSpacingInChinese('2023 年与 71 家').map(({ index }) => index)).toEqual([4, 10]);
    expect(unitSpacingInChinese('第 2 章 和 5 的')).toEqual([]);
  });

  it('names a unit symbol written against its number in English, and a space before %', () => {
    expect(unitSpacingInEnglish('5km and 2,240m')).toEqual([
      {
        index: 1,
        zh: '数字和单位 “km” 之间缺少空格：英文里数字和单位符号之间加一个空格，如 5 km、2,240 m',
        en: 'no space between the number and "km": in English, put a space between a number and a unit symbol (5 km, 2,240 m)',
      },
      {
        index: 13,
        zh: '数字和单位 “m” 之间缺少空格：英文里数字和单位符号之间加一个空格，如 5 km、2,240 m',
        en: 'no space between the number and "m": in English, put a space between a number and a unit symbol (5 km, 2,240 m)',
      },
    ]);
    expect(
      unitSpacingInEnglish('49 % and 3\u00a0%  and 7  %').map(({ index, en }) => [index, en]),
    ).toEqual([
      [2, 'a space before the percent sign: in English, no space between a number and % (49%)'],
      [10, 'a space before the percent sign: in English, no space between a number and % (49%)'],
      [19, 'a space before the percent sign: in English, no space between a number and % (49%)'],
    ]);
    expect(unitSpacingInEnglish('5 km, 49%, 5kmh, A4m, 3D model')).toEqual([]);
  });
});

describe('all the rules over one text', () => {
  const placed = (locale: 'zh' | 'en', text: string, italics?: number[]) => ({
    file: 'content/zh/a.mdx',
    locale,
    text,
    italics,
    positionAt: (index: number) => ({ line: 1, column: index + 1 }),
  });

  it('reports in the order of the text, once for each place', () => {
    // The “ is never closed (index 0); the , is half-width (index 2), and (index 6) the ) both
    // half-width and a mismatch of （: reported once, as half-width.
    const problems = typographyProblems(placed('zh', '“园,区（园)'));
    expect(problems.map(({ column, en }) => [column, en])).toEqual([
      [1, '"“" is never closed by "”": brackets and quotation marks come in pairs, so add it'],
      [3, 'half-width "," in Chinese text: use the full-width "，"'],
      [7, 'half-width ")" in Chinese text: use the full-width "）"'],
    ]);
    expect(problems.every((problem) => problem.kind === 'typography')).toBe(true);
  });

  it('names italics on a Chinese page, and only there', () => {
    expect(typographyProblems(placed('zh', '园区的强调', [2]))).toEqual([
      {
        file: 'content/zh/a.mdx',
        line: 1,
        column: 3,
        kind: 'typography',
        zh: '中文不用斜体（*文字*）：需要强调时用加粗（**文字**）',
        en: 'italics (*text*) in Chinese: Chinese is not set in italics; for emphasis use bold (**text**)',
      },
    ]);
    expect(typographyProblems(placed('en', 'an emphasis', [3]))).toEqual([]);
  });

  it('applies the English rules to English and the Chinese ones to Chinese', () => {
    expect(typographyProblems(placed('en', '园区,位于'))).toEqual([]);
    expect(typographyProblems(placed('zh', 'the Park：a'))).toEqual([]);
  });
});
