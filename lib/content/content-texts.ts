/**
 * The texts of the site a reader sees, each with its language and a way back to its place in
 * its file: the prose of every page (one text per paragraph, heading, table cell and
 * frontmatter title or description), every figure theme's title and figure's label and
 * definition, every interface string and the localized settings of content/site.ts. The term
 * and typography checks read content/ through these.
 */
import type { Root, RootContent } from 'mdast';
import type { Locale } from '../i18n/routing';
import type { Content } from './load';
import { group } from './messages-file';
import { parseMdx } from './page-check';
import { positionOfPath, type Position } from './source-position';

/**
 * What stands in a text for something that is not text: an inline component (<Figure />), inline
 * code, an ICU placeholder ({label}). Neither a letter nor a Chinese character nor a digit, so
 * no rule sees a word or a number in it.
 */
export const hole = '\uFFFC';

/** One text, in one language, and where each of its characters stands. */
export interface PlacedText {
  file: string;
  locale: Locale;
  text: string;
  /** Where the character at `index` of `text` stands in the file. */
  positionAt(index: number): Position;
  /** Where italic text (Markdown *emphasis*) starts in `text`, on a page. */
  italics?: number[];
}

/** The Chinese and English of the same thing, compared by the term check. */
export interface TwinTexts {
  zh: PlacedText[];
  en: PlacedText[];
  /** Where a missing English term is reported: the English page, field or string. */
  enFile: string;
  enPlace: Position;
  /** What the English is, for messages: “英文页面” / “the English page”. */
  what: { zh: string; en: string };
}

export interface ContentTexts {
  /** Every text, in both languages. */
  texts: PlacedText[];
  twins: TwinTexts[];
}

const read = new WeakMap<Content, ContentTexts>();

/** Every text of the site a reader sees, and the Chinese–English pairs among them (read once per model). */
export function contentTexts(content: Content): ContentTexts {
  let found = read.get(content);
  if (!found) read.set(content, (found = readTexts(content)));
  return found;
}

function readTexts(content: Content): ContentTexts {
  const texts: PlacedText[] = [];
  const twins: TwinTexts[] = [];

  const pageTexts = new Map<string, PlacedText[]>();
  for (const page of content.pages) {
    // A page that cannot be read, or whose frontmatter has a mistake, is reported already; its
    // text is read once that is put right.
    if (!page.frontmatter) continue;
    const found = mdxTexts(page.file, page.locale, page.source, page.tree);
    pageTexts.set(page.file, found);
    texts.push(...found);
  }
  for (const page of content.pages) {
    if (page.locale !== 'en' || !pageTexts.has(page.file)) continue;
    const zh = content.pages.find((each) => each.locale === 'zh' && each.slug === page.slug);
    if (!zh || !pageTexts.has(zh.file)) continue;
    twins.push({
      zh: pageTexts.get(zh.file)!,
      en: pageTexts.get(page.file)!,
      enFile: page.file,
      enPlace: { line: 1, column: 1 },
      what: {
        zh: `英文页面（对照中文页面 ${zh.file}）`,
        en: `the English page (twin of ${zh.file})`,
      },
    });
  }

  const modules = [
    ...content.figures.groups.map((each) => ({
      file: each.file,
      value: {
        title: each.title,
        figures: each.figures.map(({ label, definition }) => ({ label, definition })),
      },
      text: undefined as string | undefined,
    })),
    ...(content.site ? [{ ...content.site, value: content.site.value as unknown }] : []),
  ];
  for (const contentModule of modules) {
    const { file } = contentModule;
    const source = contentModule.text ?? content.figures.texts.get(file) ?? '';
    for (const { path: fieldPath, zh, en } of localizedFields(contentModule.value)) {
      if (zh.trim() === '' && en.trim() === '') continue;
      const zhText = moduleString(file, 'zh', source, [...fieldPath, 'zh'], zh);
      const enText = moduleString(file, 'en', source, [...fieldPath, 'en'], en);
      texts.push(zhText, enText);
      twins.push({
        zh: [zhText],
        en: [enText],
        enFile: file,
        get enPlace() {
          return enText.positionAt(0);
        },
        what: {
          zh: `英文 ${fieldPath.join('.')}.en `,
          en: `the English ${fieldPath.join('.')}.en`,
        },
      });
    }
  }

  const zhMessages = content.messages.zh;
  const enMessages = content.messages.en;
  const messageTexts = new Map<string, PlacedText>();
  for (const catalog of [zhMessages, enMessages]) {
    if (!catalog) continue;
    const locale: Locale = catalog === zhMessages ? 'zh' : 'en';
    for (const entry of catalog.entries.values()) {
      if (entry.value === group || typeof entry.value !== 'string') continue;
      const placed = messageString(catalog.file, locale, entry.key, entry.value, entry);
      messageTexts.set(`${locale}:${entry.key}`, placed);
      texts.push(placed);
    }
  }
  for (const [key, zh] of messageTexts) {
    if (!key.startsWith('zh:')) continue;
    const en = messageTexts.get(`en:${key.slice(3)}`);
    if (!en) continue;
    twins.push({
      zh: [zh],
      en: [en],
      enFile: en.file,
      enPlace: en.positionAt(0),
      what: {
        zh: `英文界面文字 “${key.slice(3)}” `,
        en: `the English interface string "${key.slice(3)}"`,
      },
    });
  }
  return { texts, twins };
}

/** Every { zh, en } pair of strings in a value, with its path. */
function localizedFields(
  value: unknown,
  at: (string | number)[] = [],
): { path: (string | number)[]; zh: string; en: string }[] {
  if (Array.isArray(value))
    return value.flatMap((each, index) => localizedFields(each, [...at, index]));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.zh === 'string' && typeof record.en === 'string') {
    return [{ path: at, zh: record.zh, en: record.en }];
  }
  return Object.entries(record).flatMap(([key, each]) => localizedFields(each, [...at, key]));
}

/** Line starts of a text, for turning offsets into lines and columns. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++)
    if (text[index] === '\n') starts.push(index + 1);
  return starts;
}

function positionOfOffset(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/**
 * The offset in `source` of each character of `value`, which was written from `source` starting
 * at `from`: a character written differently (an escape, a line's indentation) is skipped over.
 */
function align(source: string, from: number, value: string, until = source.length): number[] {
  const offsets: number[] = [];
  let cursor = from;
  for (const character of value) {
    let found = cursor;
    while (found < until && source[found] !== character) found++;
    if (found >= until) found = cursor; // not written literally: stay where we are
    offsets.push(found);
    cursor = found < until && source[found] === character ? found + 1 : cursor;
    if (character.length === 2) offsets.push(found); // a surrogate pair
  }
  return offsets;
}

/** A string of a content module, placed by TypeScript's parser at its property `path`. */
function moduleString(
  file: string,
  locale: Locale,
  source: string,
  fieldPath: (string | number)[],
  value: string,
): PlacedText {
  // Placed only when a problem is reported: parsing the module for each string costs time.
  let placed: ((index: number) => Position) | undefined;
  const place = () => {
    const start = positionOfPath(source, fieldPath) ?? { line: 1, column: 1 };
    const starts = lineStarts(source);
    const keyOffset = (starts[start.line - 1] ?? 0) + start.column - 1;
    const quote = /['"`]/.exec(source.slice(keyOffset))?.index;
    const from = quote === undefined ? keyOffset : keyOffset + quote + 1;
    const offsets = source ? align(source, from, value) : [];
    return (index: number) =>
      offsets.length
        ? positionOfOffset(starts, offsets[Math.min(index, offsets.length - 1)]!)
        : start;
  };
  return { file, locale, text: value, positionAt: (index) => (placed ??= place())(index) };
}

/**
 * An interface string, placed from its key's position: the files are written as
 * `"key": "value"` on one line (Prettier keeps them so), so the value starts after the key, a
 * colon and a space. ICU placeholders ({label}) are replaced by `hole`.
 */
export function messageString(
  file: string,
  locale: Locale,
  key: string,
  value: string,
  keyPlace: Position,
): PlacedText {
  const name = key.split('.').at(-1)!;
  const valueColumn = keyPlace.column + JSON.stringify(name).length + 2;
  return {
    file,
    locale,
    text: withoutPlaceholders(value),
    positionAt: (index) => ({
      line: keyPlace.line,
      column: valueColumn + JSON.stringify(value.slice(0, index)).length - 1,
    }),
  };
}

/** The text with each ICU placeholder ({name}, {count, plural, …}) replaced by holes. */
export function withoutPlaceholders(value: string): string {
  let depth = 0;
  let result = '';
  for (const character of value) {
    if (character === '{') depth++;
    result += depth > 0 ? hole : character;
    if (character === '}' && depth > 0) depth--;
  }
  return result;
}

/** Node types whose text is not prose: code, expressions, imports. */
const notProse = new Set([
  'code',
  'inlineCode',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'html',
]);
/** Blocks whose text is one text for the checks: a bracket opened in one closes in it. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The prose of an MDX page: the frontmatter's title and description, then one text per
 * paragraph, heading and table cell (emphasis and link text included; inline code and inline
 * components become `hole`), and the `title` attribute of a component. A page that does not
 * parse has no texts (its mistake is reported already).
 */
export function mdxTexts(
  file: string,
  locale: Locale,
  source: string,
  parsed?: Root,
): PlacedText[] {
  let tree: Root;
  try {
    tree = parsed ?? parseMdx(source);
  } catch {
    return [];
  }
  const starts = lineStarts(source);
  const texts: PlacedText[] = [];
  const placed = (text: string, offsets: number[]): PlacedText => ({
    file,
    locale,
    text,
    positionAt: (index) =>
      positionOfOffset(starts, offsets[Math.min(index, offsets.length - 1)] ?? 0),
  });

  type Parts = { text: string; offsets: number[]; italics: number[] };
  const collect = (node: RootContent, parts: Parts) => {
    const start = node.position?.start.offset ?? 0;
    if (node.type === 'emphasis') parts.italics.push(parts.text.length);
    if (node.type === 'text') {
      parts.text += node.value;
      parts.offsets.push(...align(source, start, node.value, node.position?.end.offset));
    } else if (
      notProse.has(node.type) ||
      node.type === 'mdxJsxTextElement' ||
      node.type === 'image'
    ) {
      parts.text += hole;
      parts.offsets.push(start);
      if (node.type === 'mdxJsxTextElement') attributeTexts(node);
    } else if (node.type === 'break') {
      parts.text += '\n';
      parts.offsets.push(start);
    } else if ('children' in node) {
      for (const child of node.children as RootContent[]) collect(child, parts);
    }
  };
  const attributeTexts = (node: RootContent) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'title') continue;
      if (typeof attribute.value !== 'string' || !attribute.position) continue;
      const from = source.indexOf('=', attribute.position.start.offset!) + 2;
      texts.push(
        placed(
          attribute.value,
          align(source, from, attribute.value, attribute.position.end.offset),
        ),
      );
    }
  };
  const walk = (node: Root | RootContent) => {
    if (node.type === 'yaml') {
      texts.push(
        ...frontmatterTexts(node.value, (node.position?.start.offset ?? 0) + 4, placed, source),
      );
      return;
    }
    if (notProse.has(node.type)) return;
    attributeTexts(node as RootContent);
    if (blocks.has(node.type)) {
      const parts: Parts = { text: '', offsets: [], italics: [] };
      for (const child of (node as { children: RootContent[] }).children) collect(child, parts);
      if (parts.text.trim() === '') return;
      texts.push({ ...placed(parts.text, parts.offsets), italics: parts.italics });
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  walk(tree);
  return texts;
}

/** The title and description of the frontmatter, whose text starts at `from` in the page. */
function frontmatterTexts(
  yaml: string,
  from: number,
  placed: (text: string, offsets: number[]) => PlacedText,
  source: string,
): PlacedText[] {
  const texts: PlacedText[] = [];
  let offset = from;
  for (const line of yaml.split('\n')) {
    const field = /^(title|description):[ \t]*(["']?)(.*?)\2[ \t]*$/.exec(line);
    if (field && field[3]) {
      const valueStart = offset + line.indexOf(field[3], line.indexOf(':') + 1);
      texts.push(placed(field[3], align(source, valueStart, field[3])));
    }
    offset += line.length + 1;
  }
  return texts;
}
