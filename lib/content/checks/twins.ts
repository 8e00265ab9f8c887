import type { Locale } from '../../i18n/routing';
import type { Problem } from '../errors';
import { pageFile, type Content } from '../load';

/** Every page exists in both languages, with the same outline of headings. */
export function checkTwins({ pages }: Content): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    const other: Locale = page.locale === 'zh' ? 'en' : 'zh';
    const twin = pages.find((each) => each.locale === other && each.slug === page.slug);
    if (!twin) {
      problems.push({
        file: page.file,
        kind: 'missing-twin',
        zh: `缺少另一种语言的页面 ${pageFile(other, page.slug)}：每个页面都必须同时有中文和英文版本（可用 npm run new:page 创建）`,
        en: `the page has no twin ${pageFile(other, page.slug)}: every page must exist in both Chinese and English (npm run new:page creates both)`,
      });
      continue;
    }
    if (page.locale !== 'zh') continue;
    const [zhCount, enCount] = [page.headingIds.length, twin.headingIds.length];
    if (zhCount !== enCount) {
      problems.push({
        file: page.file,
        kind: 'outline-differs',
        zh: `中文页面有 ${zhCount} 个标题，英文页面 ${twin.file} 有 ${enCount} 个：两种语言的标题必须一一对应，链接中的 #锚点 才能在切换语言后指向同一节`,
        en: `the Chinese page has ${zhCount} headings and the English ${twin.file} has ${enCount}: the headings must correspond one to one, so that a #anchor leads to the same section in both languages`,
      });
    }
    if (page.frontmatter && twin.frontmatter && page.frontmatter.role !== twin.frontmatter.role) {
      problems.push({
        file: twin.file,
        line: 1,
        kind: 'frontmatter',
        zh: `role 与中文页面 ${page.file} 不同（${page.frontmatter.role ?? '无'} / ${twin.frontmatter.role ?? '无'}）：两种语言的页面作用必须相同`,
        en: `role differs from the Chinese page ${page.file} (${page.frontmatter.role ?? 'none'} / ${twin.frontmatter.role ?? 'none'}): both twins must play the same role`,
      });
    }
  }
  return problems;
}
