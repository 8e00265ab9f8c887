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
import { hole, mdxTexts, messageString, withoutPlaceholders } from '@/lib/content/content-texts';

const indexes = (found: { index: number }[]) => found.map((each) => each.index);

describe('halfWidthInChinese', () => {
  it('finds , ; : ? ! ( ) next to a Chinese character', () => {
    expect(indexes(halfWidthInChinese('园区,位于城北区'))).toEqual([2]);
    expect(indexes(halfWidthInChinese('来源:报道(2023)'))).toEqual([2, 5]);
    expect(halfWidthInChinese('园区,位于')[0]!.zh).toBe('中文里用了半角的 “,”：请改为全角的 “，”');
  });

  it('looks at the character after the mark as well as the one before', () => {
    expect(indexes(halfWidthInChinese('ok,园区'))).toEqual([2]);
    expect(indexes(halfWidthInChinese('园区,'))).toEqual([2]);
    expect(halfWidthInChinese('ok,')).toEqual([]);
  });

  it('leaves half-width marks among Latin letters and digits alone', () => {
    expect(halfWidthInChinese('园区网址 https://example.org，CC BY 4.0 (2023)')).toEqual([]);
  });
});

describe('unmatchedPairs', () => {
  it('accepts pairs, nested or not, and apostrophes', () => {
    expect(unmatchedPairs('“黄金海拔”（‘习服-适应’）《办法》【注】')).toEqual([]);
    expect(unmatchedPairs('the Park’s site (in Xining)')).toEqual([]);
  });

  it('reports a mark never closed at the mark, and a closing mark never opened', () => {
    expect(indexes(unmatchedPairs('示例（正文。'))).toEqual([2]);
    expect(indexes(unmatchedPairs('示例正文）。'))).toEqual([4]);
    expect(indexes(unmatchedPairs('“黄金海拔'))).toEqual([0]);
  });

  it('reports a full-width bracket closed by a half-width one once, at the closing mark', () => {
    const found = unmatchedPairs('示例（正文)。');
    expect(indexes(found)).toEqual([5]);
    expect(found[0]!.en).toContain('never a full-width mark with a half-width one');
  });

  it('reports a mark left open inside another pair', () => {
    expect(indexes(unmatchedPairs('（“黄金海拔）'))).toEqual([1]);
  });
});

describe('fullWidthInEnglish', () => {
  it('finds full-width punctuation next to Latin letters, digits or spaces', () => {
    expect(indexes(fullWidthInEnglish('Golden Altitude（黄金海拔）'))).toEqual([15]);
    expect(indexes(fullWidthInEnglish('Kunlun Talents （昆仑英才）'))).toEqual([15]);
    expect(indexes(fullWidthInEnglish('The Park，in Xining。'))).toEqual([8, 18]);
  });

  it('finds book-title marks and brackets 【】 touching a Latin letter or digit on either side', () => {
    expect(indexes(fullWidthInEnglish('the 《Plan》'))).toEqual([4, 9]);
    expect(indexes(fullWidthInEnglish('【Note'))).toEqual([0]);
    expect(indexes(fullWidthInEnglish('note】'))).toEqual([4]);
  });

  it('tells how to write a Chinese name in brackets, only for a full-width bracket', () => {
    const [opening, closing] = fullWidthInEnglish('Kunlun Talents （昆仑英才）and more');
    for (const bracket of [opening!, closing!]) {
      expect(bracket.en).toContain('Kunlun Talents (昆仑英才)');
      expect(bracket.zh).toContain('Kunlun Talents (昆仑英才)');
    }
    const [comma] = fullWidthInEnglish('The Park，in Xining');
    expect(comma!.en).toBe('full-width "，" in English text: use the half-width ","');
    expect(comma!.zh).toBe('英文里用了全角的 “，”：请改为半角的 “,”');
  });

  it('allows a quoted Chinese name, half-width brackets and curly quotation marks', () => {
    expect(fullWidthInEnglish('Kunlun Talents (昆仑英才)')).toEqual([]);
    expect(fullWidthInEnglish('the Measures 《管理办法》 and 黄金海拔，高原康养')).toEqual([]);
    expect(fullWidthInEnglish('See “{label}” on the Park’s page')).toEqual([]);
  });
});

describe('nestedQuotesInChinese', () => {
  it('wants single quotation marks inside double ones, and only there', () => {
    expect(nestedQuotesInChinese('“间歇性低氧‘习服-适应’过程”')).toEqual([]);
    expect(indexes(nestedQuotesInChinese('“间歇性低氧“习服”过程”'))).toEqual([6]);
    expect(indexes(nestedQuotesInChinese('‘黄金海拔’'))).toEqual([0]);
  });
});

describe('number and unit', () => {
  it('in Chinese, finds a space between a numeral and a unit or measure word', () => {
    expect(indexes(unitSpacingInChinese('距市中心 5 公里，共 71 家，2023年'))).toEqual([6, 14]);
    expect(unitSpacingInChinese('CC BY 4.0 许可，5G 网络')).toEqual([]);
  });

  it('in English, wants a space before a unit symbol and none before %', () => {
    // At the unit that lacks its space, and at the space before %.
    expect(indexes(unitSpacingInEnglish('5km and 2,240m, 49 %, 5 km, 49%, 5G, 14th'))).toEqual([
      1, 13, 18,
    ]);
  });
});

describe('typographyProblems', () => {
  it('places each problem by the text’s positions, one per mistake', () => {
    const problems = typographyProblems({
      file: 'content/zh/x.mdx',
      locale: 'zh',
      text: '示例（正文)，建于 2010 年。',
      positionAt: (index) => ({ line: 7, column: index + 1 }),
    });
    expect(problems.map((each) => [each.line, each.column, each.kind])).toEqual([
      [7, 6, 'typography'],
      [7, 15, 'typography'],
    ]);
  });
});

describe('typographyProblems, in order', () => {
  it('lists the problems in the order of the text, whichever check found them', () => {
    // The full-width check runs before the unit check, but its mistake comes later in the text.
    const problems = typographyProblems({
      file: 'content/en/x.mdx',
      locale: 'en',
      text: 'About 5km away，and 2,240m high',
      positionAt: (index) => ({ line: 1, column: index + 1 }),
    });
    expect(problems.map((each) => each.column)).toEqual([8, 15, 25]);
  });
});

describe('the texts of a page', () => {
  const source = `---
title: 示例
description: "园区,位于城北区"
updated: 2026-11-27
---

正文 \`code, here\` 和 <Figure id="a-b" />,以及 **加粗(文字)**
继续写。

<FigureChart title="平台(数量)" ids="a-b" />
`;

  it('are the frontmatter, each paragraph and a chart title, without code or components', () => {
    const texts = mdxTexts('content/zh/x.mdx', 'zh', source);
    expect(texts.map((each) => each.text)).toEqual([
      '示例',
      '园区,位于城北区',
      `正文 ${hole} 和 ${hole},以及 加粗(文字)\n继续写。`,
      '平台(数量)',
    ]);
    expect(texts[1]!.positionAt(2)).toEqual({ line: 3, column: 17 });
    expect(texts[2]!.positionAt(texts[2]!.text.indexOf(','))).toEqual({ line: 7, column: 38 });
    expect(texts[2]!.positionAt(texts[2]!.text.indexOf('继'))).toEqual({ line: 8, column: 1 });
    expect(texts[3]!.positionAt(2)).toEqual({ line: 10, column: 23 });
  });
});

describe('interface strings', () => {
  it('hide ICU placeholders, and are placed after their key', () => {
    expect(withoutPlaceholders('来源:{source}')).toBe(`来源:${hole.repeat(8)}`);
    const placed = messageString('content/messages/zh.json', 'zh', 'Figure.source', '“来源”:{s}', {
      line: 19,
      column: 5,
    });
    // `    "source": "“来源”:{s}"`: the value's first character is at column 16.
    expect(placed.positionAt(0)).toEqual({ line: 19, column: 16 });
    expect(placed.positionAt(4)).toEqual({ line: 19, column: 20 });
  });
});
