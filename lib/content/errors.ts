import { z } from 'zod';

/** What kind of mistake a problem is; tests and the editing guide refer to these names. */
export type ProblemKind =
  | 'unreadable-file'
  | 'mdx-syntax'
  | 'frontmatter'
  | 'missing-twin'
  | 'outline-differs'
  | 'unknown-component'
  | 'missing-attribute'
  | 'unknown-figure'
  | 'code-in-content'
  | 'broken-link'
  | 'broken-anchor'
  | 'image'
  | 'messages'
  | 'figures'
  | 'site-settings'
  | 'terms'
  | 'typography';

/** One mistake in content/: where it is, what kind, and what to do, in Chinese and in English. */
export interface Problem {
  /** Path from the project root, e.g. content/zh/golden-altitude.mdx. */
  file: string;
  /** Lines and columns count from 1. */
  line?: number;
  column?: number;
  kind: ProblemKind;
  zh: string;
  en: string;
}

export function formatLocation({
  file,
  line,
  column,
}: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

/** "file:line:column  中文" then the English on the next line: the form every message takes. */
export function formatProblem(problem: Problem): string {
  return `${formatLocation(problem)}  ${problem.zh}\n    ${problem.en}`;
}

/**
 * Mistakes in content/ that stop the build, so nothing half-broken is published. The message
 * names each file and line and says what to fix.
 */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}

/** Text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

const chineseOf = new Map<string, string>();

/**
 * A schema's own error message in both languages: zod keeps the English, and the Chinese is
 * found again by `describeIssue`.
 */
export function bilingual(zh: string, en: string): string {
  chineseOf.set(en, zh);
  return en;
}

const zodChinese = z.locales.zhCN().localeError;

/** One zod issue in both languages, beginning with the field it concerns. */
export function describeIssue(issue: z.core.$ZodIssue): Bilingual {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return {
      zh: `${field ? `${field}：` : ''}未知字段 ${keys}（拼写错误，或此处不允许）`,
      en: `${field ? `${field}: ` : ''}unknown field ${keys} (misspelt, or not allowed here)`,
    };
  }
  const chinese = chineseOf.get(issue.message) ?? localizedZodMessage(issue);
  // Our own messages name their field ("title is missing"); "title: title is missing" says it twice.
  if (field && issue.message.startsWith(`${field} `)) return { zh: chinese, en: issue.message };
  return {
    zh: `${field || '(顶层)'}：${chinese}`,
    en: `${field || '(top level)'}: ${issue.message}`,
  };
}

function localizedZodMessage(issue: z.core.$ZodIssue): string {
  const message = zodChinese(issue as never);
  return typeof message === 'string' ? message : (message?.message ?? issue.message);
}

/** Several zod issues joined into one bilingual text. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): Bilingual {
  const described = issues.map(describeIssue);
  return { zh: described.map((d) => d.zh).join('；'), en: described.map((d) => d.en).join('; ') };
}
