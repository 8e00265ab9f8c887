import { execFileSync } from 'node:child_process';
import { routing } from '../i18n/routing';
import { pageFile, pageSlugsIn } from './load';

/** A page whose Chinese text changed after its English twin last did. */
export interface StaleTranslation {
  slug: string;
  chineseChanged: Date;
  englishChanged: Date;
}

/**
 * When a file last changed, from git history; a file with uncommitted changes counts as
 * changed now. Undefined outside git or for a file git does not know.
 */
function lastChanged(root: string, file: string): Date | undefined {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  try {
    if (git('status', '--porcelain', '--', file) !== '') return new Date();
    const seconds = git('log', '-1', '--format=%ct', '--', file);
    return seconds ? new Date(Number(seconds) * 1000) : undefined;
  } catch {
    return undefined;
  }
}

/** Pages whose Chinese file changed after their English twin: the translation may be out of date. */
export function staleTranslations(root = process.cwd()): StaleTranslation[] {
  const [source, translation] = routing.locales;
  const englishSlugs = new Set(pageSlugsIn(root, translation));
  return pageSlugsIn(root, source)
    .filter((slug) => englishSlugs.has(slug))
    .flatMap((slug) => {
      const chineseChanged = lastChanged(root, pageFile(source, slug));
      const englishChanged = lastChanged(root, pageFile(translation, slug));
      return chineseChanged && englishChanged && chineseChanged > englishChanged
        ? [{ slug, chineseChanged, englishChanged }]
        : [];
    });
}
