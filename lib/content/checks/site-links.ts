import type { Problem } from '../errors';
import type { Content } from '../load';
import { positionOfPath } from '../source-position';
import { suggestion } from '../suggest';

/** Every page the menu and the footer of content/site.ts link to is a published page in both languages. */
export function checkSiteLinks({ site, pages }: Content): Problem[] {
  if (!site) return [];
  const problems: Problem[] = [];
  const published = (slug: string) =>
    ['zh', 'en'].every((locale) =>
      pages.some((page) => page.locale === locale && page.slug === slug && !page.isDraft),
    );
  for (const list of ['menu', 'footerLinks'] as const) {
    site.value[list].forEach((link, index) => {
      if (published(link.page)) return;
      const hint = suggestion(
        link.page,
        pages.map((page) => page.slug),
      );
      problems.push({
        file: site.file,
        ...positionOfPath(site.text, [list, index, 'page']),
        kind: 'site-settings',
        zh: `${list} 中的页面 “${link.page}” 不存在或是草稿${hint.zh}：请写 content/zh/ 中已发布页面的文件名（不含 .mdx）`,
        en: `${list}: the page "${link.page}" does not exist or is a draft${hint.en}: write the file name of a published page of content/zh/ (without .mdx)`,
      });
    });
  }
  return problems;
}
