import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allFigures } from '../figures/registry';
import type { Locale } from '../i18n/routing';
import { checkPage, type CheckedPage } from './page-check';
import { ContentError } from './errors';
import type { Frontmatter } from './frontmatter';

export { mdxComponentNames } from './page-check';

const projectRoot = process.cwd();

/**
 * Drafts are shown while previewing with `npm run dev` and left out of the built site.
 * (NODE_ENV is "development" only under `next dev`.)
 */
export const showDrafts = process.env.NODE_ENV === 'development';

/** A page's slug is its path below content/<locale>/ without `.mdx`; the home page is `index`. */
export function pageFile(locale: Locale, slug: string): string {
  return `content/${locale}/${slug}.mdx`;
}

/** Every page file of a locale, drafts included, found by walking content/<locale>/. */
export function listAllPageSlugs(locale: Locale, root = projectRoot): string[] {
  const base = path.join(root, 'content', locale);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length).split(path.sep).join('/'))
    .sort();
}

/** The pages of a locale that are published: drafts only while previewing. */
export function listPageSlugs(locale: Locale): string[] {
  return listAllPageSlugs(locale).filter((slug) => showDrafts || !isDraft(locale, slug));
}

/** True when the page exists in this locale and is published (or drafts are shown). */
export function pageExists(locale: Locale, slug: string): boolean {
  return (
    existsSync(path.join(projectRoot, pageFile(locale, slug))) &&
    (showDrafts || !isDraft(locale, slug))
  );
}

/** A page is a draft when either twin says so: a page is published in both languages or neither. */
function isDraft(locale: Locale, slug: string): boolean {
  const twins = (['zh', 'en'] as const).map((each) => path.join(projectRoot, pageFile(each, slug)));
  return twins.some(
    (file) => existsSync(file) && /^draft:\s*true\s*$/m.test(frontmatterText(file)),
  );
}

function frontmatterText(file: string): string {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
}

export interface LoadedPage {
  file: string;
  frontmatter: Frontmatter;
}

/**
 * Reads and checks one page (frontmatter, components, figures, no code); throws a ContentError
 * naming the file and line of every problem, which stops the build.
 */
export function loadPage(locale: Locale, slug: string): LoadedPage {
  const file = pageFile(locale, slug);
  const checked: CheckedPage = checkPage(
    file,
    readFileSync(path.join(projectRoot, file)),
    new Set(allFigures().keys()),
  );
  if (checked.problems.length > 0 || !checked.frontmatter) throw new ContentError(checked.problems);
  return { file, frontmatter: checked.frontmatter };
}
