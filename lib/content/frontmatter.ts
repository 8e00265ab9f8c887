import { z } from 'zod';
import { bilingual } from './errors';

/** A required text field; the messages tell a non-programmer what to write. */
function requiredText(field: string, example: string) {
  const missing = bilingual(
    `缺少 ${field}：请添加一行，例如  ${field}: ${example}`,
    `${field} is missing: add a line such as  ${field}: ${example}`,
  );
  const notText = bilingual(
    `${field} 必须是文字，例如  ${field}: ${example}`,
    `${field} must be text, e.g.  ${field}: ${example}`,
  );
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : notText) })
    .trim()
    .min(
      1,
      bilingual(
        `${field} 为空：请填写，例如  ${field}: ${example}`,
        `${field} is empty: write e.g.  ${field}: ${example}`,
      ),
    );
}

const dateFormat = bilingual(
  'date 必须写成 2023、2023-06 或 2023-06-30',
  'date must be written 2023, 2023-06 or 2023-06-30',
);

/** The frontmatter at the top of every MDX page, between the two `---` lines. */
export const frontmatter = z.strictObject({
  /** The page's title: its main heading, and the first part of the browser tab's title. */
  title: requiredText('title', '黄金海拔'),
  /** One or two sentences on what the page holds, for search engines and link previews. */
  description: requiredText('description', '生物园区的高原康养项目。'),
  /** The date of the last change that matters to a reader, written YYYY-MM-DD. */
  updated: z.iso.date({
    error: bilingual(
      'updated 必须是真实的日期，格式为 年-月-日，例如 2026-11-27',
      'updated must be a real date written YYYY-MM-DD, e.g. 2026-11-27',
    ),
  }),
  /**
   * What the page does besides being read, when it does more (at most one page of each role in a
   * language, the same role in both): `statistics`, the page of every figure, where a figure's
   * permalink leads and the dataset is described; `search`, the search page; `news`, the list of
   * news; `news-item`, one piece of news, listed there and in the feed; `accessibility`, the page
   * about the reading aids, which their control links to.
   */
  role: z
    .enum(['statistics', 'search', 'news', 'news-item', 'accessibility'], {
      error: bilingual(
        'role 只能是 statistics、search、news、news-item 或 accessibility（普通页面不写 role）',
        'role must be statistics, search, news, news-item or accessibility (an ordinary page has no role)',
      ),
    })
    .optional(),
  /**
   * For news: when it happened, as precisely as known: 2023, 2023-06 or 2023-06-30.
   * Every page with `role: news-item` needs it; other pages leave it out.
   */
  date: z
    // YAML reads a bare year (date: 2023) as a number.
    .union([z.string(), z.int()], { error: dateFormat })
    .transform(String)
    .pipe(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, dateFormat))
    .optional(),
  /**
   * true while a page is being written: `npm run dev` shows it, the built site leaves it out
   * (with its twin, from menus, links and search). Remove the line, or write false, to publish.
   */
  draft: z
    .boolean({ error: bilingual('draft 只能是 true 或 false', 'draft must be true or false') })
    .optional(),
});
export type Frontmatter = z.infer<typeof frontmatter>;
export type PageRole = NonNullable<Frontmatter['role']>;
