import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { allFigures, findFigure } from '../figures/registry';
import type { Locale } from '../i18n/routing';
import { ContentError, describeIssues } from './errors';
import { frontmatter as frontmatterSchema, type Frontmatter } from './frontmatter';
import { didYouMean } from './suggest';

const contentRoot = path.join(process.cwd(), 'content');

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
  'SectionLinks',
] as const;

/** The MDX components that show figures, and the attribute that names them (`ids`: several). */
const figureAttribute: Record<string, 'id' | 'ids'> = {
  Figure: 'id',
  FigureCard: 'id',
  FigureChart: 'ids',
};

/** A page's slug is its path below content/<locale>/ without `.mdx`; the home page is `index`. */
export function pageFile(locale: Locale, slug: string): string {
  return `content/${locale}/${slug}.mdx`;
}

/** Every page slug of a locale, found by walking content/<locale>/. */
export function listPageSlugs(locale: Locale): string[] {
  const base = path.join(contentRoot, locale);
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length).split(path.sep).join('/'))
    .sort();
}

export function pageExists(locale: Locale, slug: string): boolean {
  return existsSync(path.join(process.cwd(), pageFile(locale, slug)));
}

export interface LoadedPage {
  file: string;
  frontmatter: Frontmatter;
}

/**
 * Reads and checks one page: its frontmatter against the schema, and every figure it cites.
 * Throws a ContentError naming the file and line of the first problem.
 */
export function loadPage(locale: Locale, slug: string): LoadedPage {
  const file = pageFile(locale, slug);
  return checkPage(file, readFileSync(path.join(process.cwd(), file), 'utf8'));
}

/** Checks the text of one MDX page; `file` is only used to name it in messages. */
export function checkPage(file: string, source: string): LoadedPage {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source);
  } catch (error) {
    const { line, column, reason } = describeParseError(error);
    throw new ContentError({ file, line, column }, `the page could not be read as MDX: ${reason}`);
  }
  checkComponents(tree, file);
  return { file, frontmatter: readFrontmatter(tree, file) };
}

/** The usual cause of a YAML error in frontmatter, in words a non-programmer can act on. */
function yamlHint(message: string): string {
  return /mapping|implicit key/i.test(message)
    ? ' (a value that contains a colon followed by a space must be put in quotes, e.g.  description: "…")'
    : '';
}

/**
 * Where a parser's error (a VFileMessage) starts, and its text. Some MDX errors carry their
 * position only at the end of the text, as "(9:1-9:13)".
 */
function describeParseError(error: unknown): { line?: number; column?: number; reason: string } {
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

function readFrontmatter(tree: Root, file: string): Frontmatter {
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode) {
    throw new ContentError(
      { file, line: 1 },
      'the page must start with frontmatter: a line ---, then title, description and updated, then ---',
    );
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlNode.value, { lineCounter });
  // The YAML starts on the line after the opening ---.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (document.errors.length > 0) {
    const [first] = document.errors;
    throw new ContentError(
      { file, line: lineOf(first!.pos[0]) },
      `the frontmatter is not valid YAML: ${first!.message.split('\n')[0]}${yamlHint(first!.message)}`,
    );
  }
  const result = frontmatterSchema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;

  // A misspelt field is reported both as unknown and as missing: the unknown one explains it.
  const issue =
    result.error.issues.find((each) => each.code === 'unrecognized_keys') ??
    result.error.issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
  let line = 1;
  if (isMap(document.contents)) {
    const pair = document.contents.items.find(
      (item) => isScalar(item.key) && item.key.value === field,
    );
    const offset = (pair?.key as { range?: [number] } | undefined)?.range?.[0];
    if (offset !== undefined) line = lineOf(offset);
  }
  const hint =
    issue.code === 'unrecognized_keys'
      ? didYouMean(String(field), Object.keys(frontmatterSchema.shape))
      : '';
  throw new ContentError({ file, line }, `frontmatter: ${describeIssues([issue])[0]}${hint}`);
}

/** Every tag must be a registered component, and every figure it names must exist. */
function checkComponents(tree: Root, file: string): void {
  const known = new Set<string>(mdxComponentNames);
  const visit = (node: Root | RootContent) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const place = { file, line: node.position?.start.line, column: node.position?.start.column };
      if (!known.has(name)) {
        const allowed = mdxComponentNames.map((component) => `<${component}>`).join(', ');
        throw new ContentError(
          place,
          `unknown component <${name}>${didYouMean(name, mdxComponentNames)}: use one of ${allowed}`,
        );
      }
      const attributeName = figureAttribute[name];
      if (attributeName) {
        const attribute = node.attributes.find(
          (each) => each.type === 'mdxJsxAttribute' && each.name === attributeName,
        );
        const ids =
          typeof attribute?.value === 'string' ? attribute.value.split(/\s+/).filter(Boolean) : [];
        if (ids.length === 0) {
          throw new ContentError(
            place,
            `<${name}> needs ${attributeName === 'id' ? 'an id' : 'ids'}, e.g. <${name} ${attributeName}="park-altitude-band" />`,
          );
        }
        const unknownId = ids.find((id) => !findFigure(id));
        if (unknownId) {
          throw new ContentError(
            place,
            `unknown figure id "${unknownId}"${didYouMean(unknownId, allFigures().keys())}: no figure in content/figures/ has this id`,
          );
        }
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
}
