// Plain JavaScript: the MDX loader imports this at build time, outside TypeScript.
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The anchor ids of an MDX page's headings, in order, made from their text:
 * "## Location and environment" gets "location-and-environment".
 * @param {string} source the MDX text
 * @returns {string[]}
 */
export function headingIdsOf(source) {
  return headingIdsOfTree(
    unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source),
  );
}

/**
 * The same, from a page already parsed (an mdast tree).
 * @param {import('mdast').Root} tree
 * @returns {string[]}
 */
export function headingIdsOfTree(tree) {
  const slugger = new GithubSlugger();
  /** @type {string[]} */
  const ids = [];
  visit(tree, 'heading', (heading) => {
    ids.push(slugger.slug(toString(heading)));
  });
  return ids;
}
