import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import type { Bilingual } from './errors';

/** One or more kebab-case segments: "investment-guide", "news/park-opens". */
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;

/** The twin pages a new slug starts with: drafts, so nothing half-written is published. */
function template(locale: 'zh' | 'en', today: string, isNews: boolean): string {
  const [title, description, body] =
    locale === 'zh'
      ? [
          '新页面标题',
          '用一两句话说明本页内容。',
          '在这里写一段引言，说明读者能在本页找到什么。\n\n## 第一节\n\n正文。',
        ]
      : [
          'New page title',
          'One or two sentences on what the page holds.',
          'Write an introduction here: what will the reader find on this page?\n\n## First section\n\nText.',
        ];
  // A news item says so, and needs the date of the event: today until the editor writes the real one.
  const news = isNews ? `role: news-item\ndate: ${today}\n` : '';
  return `---\ntitle: ${title}\ndescription: ${description}\nupdated: ${today}\n${news}draft: true\n---\n\n${body}\n`;
}

/**
 * Creates content/zh/<slug>.mdx and content/en/<slug>.mdx from the template, or says why not.
 * Returns the files created, or the refusal in both languages.
 */
export function createPage(
  root: string,
  slug: string,
  today: string,
): { created: string[] } | { refused: Bilingual } {
  if (!slugPattern.test(slug)) {
    return {
      refused: {
        zh: `“${slug}” 不能用作页面地址：只能用小写英文字母、数字和连字符，例如 investment-guide`,
        en: `"${slug}" cannot be a page address: use lower-case letters, digits and hyphens only, e.g. investment-guide`,
      },
    };
  }
  const files = routing.locales.map((locale) => `content/${locale}/${slug}.mdx`);
  const existing = files.filter((file) => existsSync(path.join(root, file)));
  if (existing.length > 0) {
    return {
      refused: {
        zh: `页面已经存在：${existing.join('、')}。请换一个地址，或直接编辑已有页面`,
        en: `the page exists already: ${existing.join(', ')}. Choose another address, or edit the existing page`,
      },
    };
  }
  for (const [index, locale] of routing.locales.entries()) {
    const target = path.join(root, files[index]!);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, template(locale, today, slug.startsWith('news/')));
  }
  return { created: files };
}
