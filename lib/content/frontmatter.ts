import { z } from 'zod';

/** A required text field; the messages tell a non-programmer what to write. */
function requiredText(field: string, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is missing: add a line such as  ${field}: ${example}`
          : `${field} must be text, e.g.  ${field}: ${example}`,
    })
    .trim()
    .min(1, `${field} is empty: write e.g.  ${field}: ${example}`);
}

/** The frontmatter at the top of every MDX page, between the two `---` lines. */
export const frontmatter = z.strictObject({
  /** The page's title: its main heading, and the first part of the browser tab's title. */
  title: requiredText('title', '黄金海拔'),
  /** One or two sentences on what the page holds, for search engines and link previews. */
  description: requiredText('description', '生物园区的高原康养项目。'),
  /** The date of the last change that matters to a reader, written YYYY-MM-DD. */
  updated: z.iso.date({ error: 'updated must be a real date written YYYY-MM-DD, e.g. 2026-11-27' }),
});
export type Frontmatter = z.infer<typeof frontmatter>;
