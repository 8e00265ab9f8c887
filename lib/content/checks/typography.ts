import type { Problem } from '../errors';
import { contentTexts, type PlacedText } from '../content-texts';
import type { Content } from '../load';

/**
 * The typography of content/EDITING-GUIDE.md, section 九 (GB/T 15835, W3C clreq), over every
 * text of the site: full-width punctuation in Chinese, none in English, brackets and quotation
 * marks in pairs, and the space between a number and its unit.
 */
export function checkTypography(content: Content): Problem[] {
  return contentTexts(content).texts.flatMap(typographyProblems);
}

/** Every typography problem of one text, at its place. */
export function typographyProblems(text: PlacedText): Problem[] {
  const found =
    text.locale === 'zh'
      ? [
          ...halfWidthInChinese(text.text),
          ...unitSpacingInChinese(text.text),
          ...nestedQuotesInChinese(text.text),
          ...(text.italics ?? []).map(italicInChinese),
        ]
      : [...fullWidthInEnglish(text.text), ...unitSpacingInEnglish(text.text)];
  found.push(...unmatchedPairs(text.text));
  // One mistake, one message: “（…)” is a half-width bracket, not also an unmatched one.
  const seen = new Set<number>();
  return found
    .filter(({ index }) => !seen.has(index) && Boolean(seen.add(index)))
    .sort((a, b) => a.index - b.index)
    .map(({ index, zh, en }) => ({
      file: text.file,
      ...text.positionAt(index),
      kind: 'typography',
      zh,
      en,
    }));
}

/** A problem found in a text: where, and what to do. */
export interface Finding {
  index: number;
  zh: string;
  en: string;
}

const han = /\p{Script=Han}/u;
const latinOrDigit = /[A-Za-z0-9]/;

const fullWidthOf: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Half-width , ; : ? ! ( ) next to a Chinese character, in Chinese text: “园区,位于” → “园区，位于”. */
export function halfWidthInChinese(text: string): Finding[] {
  const found: Finding[] = [];
  [...text].forEach((character, index, characters) => {
    const full = fullWidthOf[character];
    if (!full) return;
    const before = characters[index - 1] ?? '';
    const after = characters[index + 1] ?? '';
    if (!han.test(before) && !han.test(after)) return;
    found.push({
      index: offsetOf(characters, index),
      zh: `中文里用了半角的 “${character}”：请改为全角的 “${full}”`,
      en: `half-width "${character}" in Chinese text: use the full-width "${full}"`,
    });
  });
  return found;
}

const halfWidthOf: Record<string, string> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '；': ';',
  '。': '.',
  '？': '?',
  '！': '!',
  '【': '[',
  '】': ']',
  '《': '"',
  '》': '"',
};

/** A Chinese character or a Chinese (CJK or full-width) punctuation mark. */
const chineseRun = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

/**
 * Full-width punctuation in English text: “Golden Altitude（黄金海拔）” → “Golden Altitude
 * (黄金海拔)”. A Chinese name quoted in English keeps its own punctuation: a mark that follows a
 * Chinese character or mark (黄金海拔，高原康养) is part of it, and book-title marks 《》 are
 * wrong only when they touch a Latin letter or digit. Curly quotation marks “ ” ‘ ’ are English
 * typography too, and allowed.
 */
export function fullWidthInEnglish(text: string): Finding[] {
  const found: Finding[] = [];
  [...text].forEach((character, index, characters) => {
    const half = halfWidthOf[character];
    if (!half) return;
    const before = characters[index - 1] ?? '';
    const after = characters[index + 1] ?? '';
    const allowed = '《》【】'.includes(character)
      ? !latinOrDigit.test(before) && !latinOrDigit.test(after)
      : chineseRun.test(before) && !latinOrDigit.test(after);
    if (allowed) return;
    const bracket = character === '（' || character === '）';
    found.push({
      index: offsetOf(characters, index),
      zh: `英文里用了全角的 “${character}”：请改为半角的 “${half}”${bracket ? '（英文后附的中文名称写在半角括号里：Kunlun Talents (昆仑英才)）' : ''}`,
      en: `full-width "${character}" in English text: use the half-width "${half}"${bracket ? ' (a Chinese name after the English goes in half-width brackets: Kunlun Talents (昆仑英才))' : ''}`,
    });
  });
  return found;
}

const openerOf: Record<string, string> = {
  '）': '（',
  ')': '(',
  '”': '“',
  '’': '‘',
  '》': '《',
  '】': '【',
};
const closerOf = Object.fromEntries(Object.entries(openerOf).map(([close, open]) => [open, close]));

/**
 * Brackets and quotation marks that are not closed, or closed by the wrong mark: （ with ), “
 * without ”. A ’ with no ‘ open is an apostrophe (the Park’s), not a closing mark.
 */
export function unmatchedPairs(text: string): Finding[] {
  const found: Finding[] = [];
  const open: { character: string; index: number }[] = [];
  const characters = [...text];
  characters.forEach((character, index) => {
    if (closerOf[character]) {
      open.push({ character, index });
      return;
    }
    const opener = openerOf[character];
    if (!opener) return;
    if (open.at(-1)?.character === opener) {
      open.pop();
      return;
    }
    if (character === '’' && !open.some((each) => each.character === '‘')) return;
    const top = open.at(-1);
    // （ closed by ), or ( by ）: one mistake, at the closing mark.
    if (top && closerOf[top.character] !== character && sameKind(top.character, opener)) {
      open.pop();
      found.push({
        index: offsetOf(characters, index),
        zh: `“${top.character}” 与 “${character}” 不配对：请用 “${top.character}${closerOf[top.character]}” 或 “${opener}${character}”，不要全角和半角混用`,
        en: `"${top.character}" is closed by "${character}": write "${top.character}${closerOf[top.character]}" or "${opener}${character}", never a full-width mark with a half-width one`,
      });
      return;
    }
    const depth = open.map((each) => each.character).lastIndexOf(opener);
    if (depth >= 0) {
      for (const unclosed of open.splice(depth).slice(1))
        found.push(unclosedAt(characters, unclosed));
      return;
    }
    found.push({
      index: offsetOf(characters, index),
      zh: `“${character}” 前面没有对应的 “${opener}”：请补上，或删去多余的 “${character}”`,
      en: `"${character}" has no "${opener}" before it: add one, or delete the extra "${character}"`,
    });
  });
  for (const unclosed of open) found.push(unclosedAt(characters, unclosed));
  return found;
}

function sameKind(a: string, b: string): boolean {
  return (a === '(' || a === '（') && (b === '(' || b === '（');
}

function unclosedAt(
  characters: string[],
  { character, index }: { character: string; index: number },
): Finding {
  const closer = closerOf[character];
  return {
    index: offsetOf(characters, index),
    zh: `“${character}” 没有对应的 “${closer}”：括号和引号必须成对使用，请补上`,
    en: `"${character}" is never closed by "${closer}": brackets and quotation marks come in pairs, so add it`,
  };
}

/**
 * Quotation marks inside quotation marks alternate, in Chinese: “……‘……’……”. A “ inside an open
 * “, or a ‘ outside any “, is the wrong mark.
 */
export function nestedQuotesInChinese(text: string): Finding[] {
  const found: Finding[] = [];
  let doubleOpen = 0;
  [...text].forEach((character, index, characters) => {
    if (character === '”') doubleOpen = Math.max(0, doubleOpen - 1);
    if (character === '“' && doubleOpen++ > 0) {
      found.push({
        index: offsetOf(characters, index),
        zh: '引号里又用了双引号：引号里再用引号时，外层用双引号，内层用单引号：“……‘……’……”',
        en: 'double quotation marks inside double ones: quotation marks inside quotation marks alternate, “……‘……’……”',
      });
    }
    if (character === '‘' && doubleOpen === 0) {
      found.push({
        index: offsetOf(characters, index),
        zh: '中文里单独用了单引号：外层用双引号 “ ”，引号里再用引号时才用单引号 ‘ ’',
        en: 'single quotation marks on their own in Chinese: use double ones “ ”, and single ones ‘ ’ only inside them',
      });
    }
  });
  return found;
}

/** Italic (*text*) on a Chinese page: Chinese is not set in italics. */
function italicInChinese(index: number): Finding {
  return {
    index,
    zh: '中文不用斜体（*文字*）：需要强调时用加粗（**文字**）',
    en: 'italics (*text*) in Chinese: Chinese is not set in italics; for emphasis use bold (**text**)',
  };
}

/** Chinese units and measure words that follow a numeral directly: 71家, 5公里, 2023年. */
const chineseUnit =
  /[年月日号时分秒天周岁个家项名人位件次届期批所座条张篇部台套户种类余多万亿千百元米亩吨克倍度层栋处公平立小]/u;

/** A space between an Arabic numeral and a Chinese unit or measure word: “5 公里” → “5公里”. */
export function unitSpacingInChinese(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(/\d([ \t\u00a0\u3000]+)(\p{Script=Han})/gu)) {
    if (!chineseUnit.test(match[2]!)) continue;
    found.push({
      index: match.index + 1,
      zh: `数字和“${match[2]}”之间有空格：中文里阿拉伯数字和单位、量词之间不加空格，如 5公里、71家、2023年`,
      en: `a space between the number and "${match[2]}": in Chinese, no space between an Arabic numeral and a unit or measure word (5公里, 71家, 2023年)`,
    });
  }
  return found;
}

/** Unit symbols that take a space after the number in English: 2,240 m, 5 km. */
const unitSymbols = ['km²', 'km', 'm²', 'm³', 'm', 'cm', 'mm', 'ha', 'kg', 'kW', 'kWh', 'MW', '°C'];
const numberThenSymbol = new RegExp(
  `(?<!\\p{L})\\d(${unitSymbols.join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * In English, a space between a number and a unit symbol (“5km” → “5 km”), and none before the
 * percent sign (“49 %” → “49%”).
 */
export function unitSpacingInEnglish(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(numberThenSymbol)) {
    found.push({
      index: match.index + 1,
      zh: `数字和单位 “${match[1]}” 之间缺少空格：英文里数字和单位符号之间加一个空格，如 5 km、2,240 m`,
      en: `no space between the number and "${match[1]}": in English, put a space between a number and a unit symbol (5 km, 2,240 m)`,
    });
  }
  for (const match of text.matchAll(/\d([ \t\u00a0]+)%/g)) {
    found.push({
      index: match.index + 1,
      zh: '百分号前有空格：英文里数字和 % 之间不加空格，如 49%',
      en: 'a space before the percent sign: in English, no space between a number and % (49%)',
    });
  }
  return found;
}

/** The index in the string of the `index`-th character (code point). */
function offsetOf(characters: string[], index: number): number {
  let offset = 0;
  for (let each = 0; each < index; each++) offset += characters[each]!.length;
  return offset;
}
