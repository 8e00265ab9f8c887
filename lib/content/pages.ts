import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { findFigure } from '../figures/registry';
import type { Locale } from '../i18n/routing';
import { ContentError, describeIssues } from './errors';
import { frontmatter as frontmatterSchema, type Frontmatter } from './frontmatter';

const contentRoot = path.join(process.cwd(), 'content');

/** The MDX components that show a figure, and so must name an existing one in `id`. */
const figureComponents = new Set(['Figure', 'FigureCard']);

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
  const source = readFileSync(path.join(process.cwd(), file), 'utf8');
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message: string };
    throw new ContentError(
      { file, line: place.line, column: place.column },
      `the page could not be read as MDX: ${place.reason ?? place.message}`,
    );
  }
  checkFigureReferences(tree, file);
  return { file, frontmatter: readFrontmatter(tree, file) };
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
      `the frontmatter is not valid YAML: ${first!.message.split('\n')[0]}`,
    );
  }
  const result = frontmatterSchema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;

  const [issue] = result.error.issues;
  const field = issue!.code === 'unrecognized_keys' ? issue!.keys[0] : issue!.path[0];
  let line = 1;
  if (isMap(document.contents)) {
    const pair = document.contents.items.find(
      (item) => isScalar(item.key) && item.key.value === field,
    );
    const offset = (pair?.key as { range?: [number] } | undefined)?.range?.[0];
    if (offset !== undefined) line = lineOf(offset);
  }
  throw new ContentError({ file, line }, `frontmatter: ${describeIssues([issue!])[0]}`);
}

function checkFigureReferences(tree: Root, file: string): void {
  const visit = (node: Root | RootContent) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      figureComponents.has(node.name)
    ) {
      const idAttribute = node.attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
      );
      const id = typeof idAttribute?.value === 'string' ? idAttribute.value : undefined;
      const place = { file, line: node.position?.start.line, column: node.position?.start.column };
      if (!id)
        throw new ContentError(
          place,
          `<${node.name}> needs an id, e.g. <${node.name} id="park-altitude-band" />`,
        );
      if (!findFigure(id)) {
        throw new ContentError(
          place,
          `unknown figure id "${id}": no figure in content/figures/ has this id`,
        );
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
}
