// Gives every heading an anchor id taken from the English twin of the page, so that
// /zh/golden-altitude/#location-and-environment and /en/golden-altitude/#location-and-environment
// are the same section, and the language switch can keep the #fragment.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingIdsOf } from './heading-ids.mjs';

const localeFolder = `${path.sep}content${path.sep}zh${path.sep}`;
const englishFolder = `${path.sep}content${path.sep}en${path.sep}`;

/** content/zh/x.mdx → content/en/x.mdx; an English page is its own source of ids. */
function englishSourceOf(filePath) {
  return filePath.includes(localeFolder) ? filePath.replace(localeFolder, englishFolder) : filePath;
}

export default function rehypeHeadingIds() {
  return (tree, file) => {
    const headings = [];
    visit(tree, 'element', (node) => {
      if (headingRank(node)) headings.push(node);
    });
    const englishFile = file.path ? englishSourceOf(file.path) : undefined;
    const englishIds =
      englishFile && existsSync(englishFile) ? headingIdsOf(readFileSync(englishFile, 'utf8')) : [];
    // While the twins' outlines differ (a translation in progress), each page names its own.
    const useEnglish = englishIds.length === headings.length;
    const slugger = new GithubSlugger();
    headings.forEach((heading, index) => {
      heading.properties.id ??= useEnglish ? englishIds[index] : slugger.slug(toString(heading));
    });
  };
}
