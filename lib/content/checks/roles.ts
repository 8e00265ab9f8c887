import type { PageRole } from '../frontmatter';
import type { Problem } from '../errors';
import type { Content } from '../load';

/** The roles a language has one page for at most. */
const singleRoles: PageRole[] = ['statistics', 'search', 'news'];

/** At most one statistics, search and news page in each language. */
export function checkRoles({ pages }: Content): Problem[] {
  const problems: Problem[] = [];
  for (const role of singleRoles) {
    for (const locale of ['zh', 'en'] as const) {
      const [first, ...others] = pages.filter(
        (page) => page.locale === locale && page.frontmatter?.role === role,
      );
      for (const page of others) {
        problems.push({
          file: page.file,
          line: 1,
          kind: 'frontmatter',
          zh: `role: ${role} 已用于 ${first!.file}：每种语言只能有一个这样的页面`,
          en: `role: ${role} is already given to ${first!.file}: a language has one such page at most`,
        });
      }
    }
  }
  return problems;
}
