import type { PageRole } from '../frontmatter';
import type { Problem } from '../errors';
import type { Content } from '../load';

/** The roles a language has one page for at most. */
const singleRoles: PageRole[] = ['statistics', 'search', 'news', 'accessibility'];

/**
 * At most one statistics, search, news and accessibility page in each language; and, once there are figures, a
 * statistics page in each, where their permalinks lead.
 */
export function checkRoles({ pages, figures }: Content): Problem[] {
  const problems: Problem[] = [];
  // One twin without the role is reported by the twin check; here, the site without any.
  const hasStatistics = pages.some(
    (page) => page.frontmatter?.role === 'statistics' && !page.isDraft,
  );
  if (figures.groups.length > 0 && !hasStatistics) {
    problems.push({
      file: 'content/',
      kind: 'frontmatter',
      zh: '没有已发布的统计数据页（role: statistics）：数据的永久链接指向它。请在 content/zh/ 和 content/en/ 的统计数据页 frontmatter 中写  role: statistics',
      en: 'there is no published statistics page (role: statistics): figure permalinks lead there. Write  role: statistics  in the frontmatter of the statistics page in content/zh/ and content/en/',
    });
  }
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
