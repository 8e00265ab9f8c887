/**
 * The one reader of content/. It reads every file once into a typed model (pages with their
 * frontmatter and outline, figures, messages, site settings, the term base), runs the checks of
 * lib/content/checks/ over it, and either hands the model to the site or stops with every
 * problem, each at its file and line. The build, `npm run check`, `npm run dev` and the tests
 * all go through here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { z } from 'zod';
import { headingIdsOfTree } from '../mdx/heading-ids.mjs';
import { routing, type Locale } from '../i18n/routing';
import { siteSettings, type SiteSettings } from '../site';
import { allChecks } from './checks';
import { readContentModule } from './content-module';
import { ContentError, describeIssue, type Problem, type ProblemKind } from './errors';
import type { Frontmatter } from './frontmatter';
import { readMessageCatalog, type MessageCatalog } from './messages-file';
import { checkPage, type PlacedReference } from './page-check';
import { readFigureModules, type FigureModules } from './read-figures';
import { positionOfPath } from './source-position';
import { term, type Term } from './terms';

/** One MDX page of content/<locale>/, drafts included. */
export interface ContentPage {
  locale: Locale;
  /** Its path below content/<locale>/ without `.mdx`; the home page is `index`. */
  slug: string;
  /** Path from the project root, e.g. content/zh/golden-altitude.mdx. */
  file: string;
  /** The MDX text. */
  source: string;
  /** Undefined when the frontmatter has a mistake (which is reported). */
  frontmatter?: Frontmatter;
  /** Its syntax tree, undefined when it does not parse (which is reported). */
  tree?: Root;
  /** The anchor ids of its headings, in order. */
  headingIds: string[];
  links: PlacedReference[];
  images: PlacedReference[];
  /** A page is a draft when either twin says `draft: true`. */
  isDraft: boolean;
}

/** A content module's value with the text it was read from, for positions. */
export interface ReadModule<T> {
  file: string;
  text: string;
  value: T;
}

export interface Content {
  /** The folder content/ lies in. */
  root: string;
  pages: ContentPage[];
  figures: FigureModules;
  messages: Partial<Record<Locale, MessageCatalog>>;
  site?: ReadModule<SiteSettings>;
  terms?: ReadModule<Term[]>;
}

/** A page's file, from its locale and slug. */
export function pageFile(locale: Locale, slug: string): string {
  return `content/${locale}/${slug}.mdx`;
}

/** Reads all of content/ under `root` and returns the model and every problem; never throws. */
export function checkContent(root = process.cwd()): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const figures = readFigureModules(root);
  problems.push(...figures.problems);

  const pages = routing.locales.flatMap((locale) =>
    pageSlugsIn(root, locale).map((slug) => {
      const file = pageFile(locale, slug);
      const bytes = readFileSync(path.join(root, file));
      const checked = checkPage(file, bytes, figures.ids);
      problems.push(...checked.problems);
      const source = new TextDecoder().decode(bytes);
      return {
        locale,
        slug,
        file,
        source,
        frontmatter: checked.frontmatter,
        tree: checked.tree,
        // A page that cannot be parsed has no outline (its problem is reported).
        headingIds: checked.tree ? headingIdsOfTree(checked.tree) : [],
        links: checked.links,
        images: checked.images,
        isDraft: checked.frontmatter?.draft === true,
      };
    }),
  );
  // A page is published in both languages or in neither.
  for (const page of pages) {
    page.isDraft ||= pages.some(
      (twin) => twin.slug === page.slug && twin.frontmatter?.draft === true,
    );
  }

  const messages: Content['messages'] = {};
  for (const locale of routing.locales) {
    const file = `content/messages/${locale}.json`;
    const read = readMessageCatalog(file, readFileSync(path.join(root, file), 'utf8'));
    if (read.problem) problems.push(read.problem);
    if (read.catalog) messages[locale] = read.catalog;
  }

  const site = readValidatedModule(
    root,
    'content/site.ts',
    siteSettings,
    'site-settings',
    problems,
  );
  const terms = existsSync(path.join(root, 'content/terms.ts'))
    ? readValidatedModule(root, 'content/terms.ts', z.array(term), 'terms', problems)
    : { file: 'content/terms.ts', text: '', value: [] };

  const content: Content = { root, pages, figures, messages, site, terms };
  for (const check of allChecks) problems.push(...check(content));
  return { content, problems: problems.sort(byPlace) };
}

/** The slugs of every page file of a locale, drafts included. */
export function pageSlugsIn(root: string, locale: Locale): string[] {
  const base = path.join(root, 'content', locale);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length).split(path.sep).join('/'))
    .sort();
}

/** Reads a content module and validates its default export, each mistake at its place. */
function readValidatedModule<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  kind: ProblemKind,
  problems: Problem[],
): ReadModule<T> | undefined {
  const result = readContentModule(root, file);
  if (!result.ok) {
    problems.push({ file, line: result.line, column: result.column, kind, ...result.reason });
    return undefined;
  }
  const text = readFileSync(path.join(root, file), 'utf8');
  const parsed = schema.safeParse(result.value, { reportInput: true });
  if (parsed.success) return { file, text, value: parsed.data };
  for (const issue of parsed.error.issues) {
    const extra = issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : [];
    problems.push({
      file,
      ...positionOfPath(text, [...issue.path, ...extra]),
      kind,
      ...describeIssue(issue),
    });
  }
  return undefined;
}

function byPlace(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

let loaded: { stamp: string; content: Content; problems: Problem[] } | undefined;

/**
 * The checked model of content/, read once per process. While previewing (`npm run dev`) it is
 * read again when a file of content/ has changed. Throws a ContentError naming every problem,
 * which stops the build: nothing half-checked is published.
 */
export function loadContent(): Content {
  const stamp = process.env.NODE_ENV === 'development' ? contentStamp(process.cwd()) : 'built';
  // The outcome is kept either way, so a preview with a mistake is not checked again per call.
  if (loaded?.stamp !== stamp) loaded = { stamp, ...checkContent() };
  if (loaded.problems.length > 0) throw new ContentError(loaded.problems);
  return loaded.content;
}

/**
 * The names, sizes and times of every file in content/: it changes when any of them does. (A file
 * removed while it is read counts as changed; a missing folder gives an empty stamp.)
 */
export function contentStamp(root: string): string {
  const folder = path.join(root, 'content');
  if (!existsSync(folder)) return '';
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = statSync(path.join(folder, name), { throwIfNoEntry: false });
      return `${name}:${stat?.size}:${stat?.mtimeMs}`;
    })
    .join('|');
}
