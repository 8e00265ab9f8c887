import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { describeIssue, type Problem, type ProblemKind } from './errors';
import { frontmatter as frontmatterSchema, type Frontmatter } from './frontmatter';
import { didYouMean, suggestion } from './suggest';

/** The components staff may use in MDX; a test keeps this list equal to components/mdx. */
export const mdxComponentNames = [
  'AllFigures',
  'AltitudeScale',
  'ContactDetails',
  'Downloads',
  'FactSheet',
  'Figure',
  'FigureCard',
  'FigureChart',
  'FigureGrid',
  'FigureOverview',
  'NewsList',
  'Search',
  'SectionLinks',
] as const;

/** Attributes a component cannot do without; `id`/`ids` name figures and must exist. */
const requiredAttributes: Record<string, string[]> = {
  Figure: ['id'],
  FigureCard: ['id'],
  FigureChart: ['title', 'ids'],
};

/** Raw HTML that would run code or pull in other sites: never allowed in content. */
const dangerousTags = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'link',
  'meta',
  'form',
]);

/** A page larger than this is surely a mistake (a pasted file), not a web page. */
const maximumBytes = 1_000_000;

export interface PlacedReference {
  url: string;
  line?: number;
  column?: number;
}

/** The parser of MDX pages (remark with MDX, frontmatter and GFM), made once. */
const mdxParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .freeze();

/**
 * Trees already made, by page text: parsing is most of a check's time, and a page read again
 * unchanged (the preview after an edit elsewhere, the tests' many copies of content/) need not be
 * parsed again. Trees are only read, never changed, so one can serve every reader. A page that
 * does not parse is not kept: it throws each time. The oldest are dropped past a few hundred.
 */
const treesByText = new Map<string, Root>();
const treesKept = 500;

/** A page's syntax tree, with positions; throws on MDX that does not parse. */
export function parseMdx(source: string): Root {
  let tree = treesByText.get(source);
  if (!tree) {
    tree = mdxParser.parse(source);
    if (treesByText.size >= treesKept) treesByText.delete(treesByText.keys().next().value!);
    treesByText.set(source, tree);
  }
  return tree;
}

export interface CheckedPage {
  frontmatter?: Frontmatter;
  /** The page's syntax tree, when it parses. */
  tree?: Root;
  problems: Problem[];
  /** Links and images found, for the checks that need the other pages. */
  links: PlacedReference[];
  images: PlacedReference[];
}

/**
 * Checks the text of one MDX page and reports every problem found in it: unreadable bytes, MDX
 * that does not parse, frontmatter, components, figure ids, code, images without alternative
 * text. `file` only names the page in messages.
 */
export function checkPage(
  file: string,
  bytes: Uint8Array | string,
  figureIds: ReadonlySet<string> | undefined,
): CheckedPage {
  const result: CheckedPage = { problems: [], links: [], images: [] };
  const report = (
    kind: ProblemKind,
    place: { line?: number; column?: number },
    zh: string,
    en: string,
  ) => result.problems.push({ file, ...place, kind, zh, en });

  const source = decode(bytes);
  if (typeof source !== 'string') {
    report('unreadable-file', {}, source.zh, source.en);
    return result;
  }
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (error) {
    const { line, column, reason } = describeParseError(error);
    report(
      'mdx-syntax',
      { line, column },
      `页面无法按 MDX 解析：${reason}（常见原因：标签没有闭合，如 <FigureGrid> 缺少 </FigureGrid>；或正文里有单独的 { 或 <）`,
      `the page could not be read as MDX: ${reason} (often a tag left open, such as <FigureGrid> without </FigureGrid>, or a stray { or < in the text)`,
    );
    return result;
  }
  result.tree = tree;
  result.frontmatter = readFrontmatter(tree, report);
  if (result.frontmatter?.role === 'news-item' && !result.frontmatter.date) {
    report(
      'frontmatter',
      { line: 1 },
      '新闻页面（role: news-item）需要 date：写明事件时间，只写已知的精度，例如  date: 2023  或  date: 2023-06',
      'a news item (role: news-item) needs a date: when it happened, only as precisely as known, e.g.  date: 2023  or  date: 2023-06',
    );
  }
  checkBody(tree, figureIds, report, result);
  return result;
}

type Report = (
  kind: ProblemKind,
  place: { line?: number; column?: number },
  zh: string,
  en: string,
) => void;

/** The page's text, or why it cannot be read. */
function decode(bytes: Uint8Array | string): string | { zh: string; en: string } {
  if (typeof bytes === 'string') return bytes;
  if (bytes.length > maximumBytes) {
    return {
      zh: `文件过大（${Math.round(bytes.length / 1000)} KB）：一个页面不应超过 1000 KB，是否误粘贴了其他文件？`,
      en: `the file is too large (${Math.round(bytes.length / 1000)} KB): a page should stay under 1000 KB; was another file pasted in?`,
    };
  }
  if (bytes.includes(0)) {
    return {
      zh: '这不是文本文件（可能是图片或 Word 文档）：页面必须是 .mdx 文本文件',
      en: 'this is not a text file (perhaps an image or a Word document): a page must be an .mdx text file',
    };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      zh: '文件编码不是 UTF-8（可能是 GBK）：请在编辑器中以 UTF-8 编码重新保存',
      en: 'the file is not encoded as UTF-8 (perhaps GBK): save it again as UTF-8 in your editor',
    };
  }
}

/**
 * Where a parser's error (a VFileMessage) starts, and its text. Some MDX errors carry their
 * position only at the end of the text, as "(9:1-9:13)".
 */
export function describeParseError(error: unknown): {
  line?: number;
  column?: number;
  reason: string;
} {
  const { place, reason = String(error) } = error as { place?: unknown; reason?: string };
  type Point = { line?: number; column?: number };
  const point = (place && typeof place === 'object' && 'start' in place ? place.start : place) as
    Point | undefined;
  if (point?.line) return { line: point.line, column: point.column, reason };
  const written = /\s*\((\d+):(\d+)-\d+:\d+\)$/.exec(reason);
  if (!written) return { reason };
  return {
    line: Number(written[1]),
    column: Number(written[2]),
    reason: reason.slice(0, written.index),
  };
}

function readFrontmatter(tree: Root, report: Report): Frontmatter | undefined {
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode) {
    report(
      'frontmatter',
      { line: 1 },
      '页面必须以 frontmatter 开头：第一行写 ---，然后是 title、description、updated 三行，再写一行 ---',
      'the page must start with frontmatter: a line ---, then title, description and updated, then ---',
    );
    return undefined;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlNode.value, { lineCounter });
  // The YAML starts on the line after the opening ---.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (document.errors.length > 0) {
    const [first] = document.errors;
    const message = first!.message.split('\n')[0];
    const needsQuotes = /mapping|implicit key/i.test(message ?? '');
    report(
      'frontmatter',
      { line: lineOf(first!.pos[0]) },
      `frontmatter 不是有效的 YAML：${message}${needsQuotes ? '（值里含有“冒号加空格”时，请用英文引号括起来，例如  description: "…"）' : ''}`,
      `the frontmatter is not valid YAML: ${message}${needsQuotes ? ' (a value that contains a colon followed by a space must be put in quotes, e.g.  description: "…")' : ''}`,
    );
    return undefined;
  }
  const result = frontmatterSchema.safeParse(document.toJS() ?? {}, { reportInput: true });
  if (result.success) return result.data;

  const lineOfField = (field: unknown) => {
    if (!isMap(document.contents)) return 1;
    const pair = document.contents.items.find(
      (item) => isScalar(item.key) && item.key.value === field,
    );
    const offset = (pair?.key as { range?: [number] } | undefined)?.range?.[0];
    return offset === undefined ? 1 : lineOf(offset);
  };
  const fields = Object.keys(frontmatterSchema.shape);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const hint = suggestion(key, fields);
        report(
          'frontmatter',
          { line: lineOfField(key) },
          `frontmatter：未知字段 "${key}"${hint.zh}；可用的字段：${fields.join('、')}`,
          `frontmatter: unknown field "${key}"${hint.en}; the fields are ${fields.join(', ')}`,
        );
      }
      continue;
    }
    // A misspelt field is also reported as missing; the unknown field above explains it.
    const field = issue.path[0];
    const misspelt = result.error.issues.some(
      (other) =>
        other.code === 'unrecognized_keys' &&
        other.keys.some((key) => didYouMean(key, [String(field)]) !== ''),
    );
    if (misspelt && issue.code === 'invalid_type' && issue.input === undefined) continue;
    const text = describeIssue(issue);
    report(
      'frontmatter',
      { line: lineOfField(field) },
      `frontmatter：${text.zh}`,
      `frontmatter: ${text.en}`,
    );
  }
  return undefined;
}

function checkBody(
  tree: Root,
  figureIds: ReadonlySet<string> | undefined,
  report: Report,
  result: CheckedPage,
): void {
  const known = new Set<string>(mdxComponentNames);
  const visit = (node: Root | RootContent) => {
    const place = { line: node.position?.start.line, column: node.position?.start.column };
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          'code-in-content',
          place,
          '页面里不能写 import 或 export：内容就是内容，不是程序。请删除这一行',
          'import and export are not allowed in a page: content is content, not code. Delete the line',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* a note for editors */} is a comment, and harmless.
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          report(
            'code-in-content',
            place,
            `页面里不能写 { } 表达式：“{${node.value.trim().slice(0, 30)}}”。若要显示花括号，请写成 \\{ 和 \\}`,
            `{ } expressions are not allowed in a page: "{${node.value.trim().slice(0, 30)}}". To show a brace, write \\{ or \\}`,
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // Inside a forbidden tag (a <style>'s rules, a <script>'s code) there is nothing more to say.
        if (!checkTag(node, place, known, figureIds, report)) return;
        break;
      case 'link':
        result.links.push({ url: node.url, ...place });
        break;
      case 'image':
        result.images.push({ url: node.url, ...place });
        if (!node.alt?.trim()) {
          report(
            'image',
            place,
            '图片缺少替代文字：请在 ![ ] 的方括号里写明图片内容，例如 ![北川湿地公园](/images/wetland.jpg)',
            'the image has no alternative text: describe it inside ![ ], e.g. ![Beichuan Wetland Park](/images/wetland.jpg)',
          );
        }
        break;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
}

type Tag = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function checkTag(
  node: Tag,
  place: { line?: number; column?: number },
  known: ReadonlySet<string>,
  figureIds: ReadonlySet<string> | undefined,
  report: Report,
): boolean {
  const name = node.name ?? '';
  const allowed = mdxComponentNames.map((component) => `<${component}>`).join(', ');
  if (dangerousTags.has(name.toLowerCase())) {
    report(
      'code-in-content',
      place,
      `页面里不能使用 <${name}>：它会运行代码或加载其他网站的内容。请删除`,
      `<${name}> is not allowed in a page: it would run code or load content from other sites. Delete it`,
    );
    return false;
  }
  if (!known.has(name)) {
    const hint = suggestion(name, mdxComponentNames);
    const isHtml = /^[a-z]/.test(name);
    report(
      'unknown-component',
      place,
      `未知的组件 <${name}>${hint.zh}${isHtml ? '：页面里不能写 HTML 标签，请用 Markdown' : ''}。可用的组件：${allowed}`,
      `unknown component <${name}>${hint.en}${isHtml ? ': HTML tags are not allowed in a page, use Markdown' : ''}. The components are ${allowed}`,
    );
    return true;
  }
  const attributes = new Map<string, string>();
  const written = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute') written.add(attribute.name);
    if (attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object') {
      report(
        'code-in-content',
        place,
        `<${name}> 的属性只能是用引号括起来的文字，例如 id="park-altitude-band"，不能是 { } 表达式`,
        `<${name}> attributes must be plain text in quotes, such as id="park-altitude-band", not { } expressions`,
      );
      continue;
    }
    attributes.set(attribute.name, attribute.value ?? '');
  }
  for (const required of requiredAttributes[name] ?? []) {
    const value = attributes.get(required)?.trim();
    if (!value && written.has(required) && !attributes.has(required)) continue; // reported as code above
    if (!value) {
      report(
        'missing-attribute',
        place,
        `<${name}> 缺少 ${required}，例如 <${name} ${required}="park-altitude-band" />`,
        `<${name}> needs ${required}, e.g. <${name} ${required}="park-altitude-band" />`,
      );
      continue;
    }
    // Unknown ids are not judged while a figure module cannot be read (that is reported).
    if ((required !== 'id' && required !== 'ids') || !figureIds) continue;
    for (const id of value.split(/\s+/).filter((each) => !figureIds.has(each))) {
      const hint = suggestion(id, figureIds);
      report(
        'unknown-figure',
        place,
        `未知的数据编号 "${id}"${hint.zh}：content/figures/ 中没有这个编号`,
        `unknown figure id "${id}"${hint.en}: no figure in content/figures/ has this id`,
      );
    }
  }
  return true;
}
