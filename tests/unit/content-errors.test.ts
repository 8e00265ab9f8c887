/**
 * How a content problem is written out, and how a schema's issue becomes a bilingual message
 * (lib/content/errors.ts), against texts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  bilingual,
  ContentError,
  describeIssue,
  describeIssues,
  formatLocation,
  formatProblem,
  type Problem,
} from '@/lib/content/errors';

const problem: Problem = {
  file: 'content/zh/a.mdx',
  line: 3,
  column: 7,
  kind: 'frontmatter',
  zh: '缺少 title',
  en: 'title is missing',
};

describe('a problem written out', () => {
  it('names the file, then the line and column it has', () => {
    expect(formatLocation({ file: 'content/site.ts' })).toBe('content/site.ts');
    expect(formatLocation({ file: 'content/site.ts', line: 4 })).toBe('content/site.ts:4');
    expect(formatLocation({ file: 'content/site.ts', line: 4, column: 2 })).toBe(
      'content/site.ts:4:2',
    );
  });

  it('gives the Chinese after the place, and the English indented below', () => {
    expect(formatProblem(problem)).toBe('content/zh/a.mdx:3:7  缺少 title\n    title is missing');
  });

  it('stops the build with every problem, one after another', () => {
    const error = new ContentError([problem, { ...problem, file: 'content/en/a.mdx', line: 1 }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(
      'content/zh/a.mdx:3:7  缺少 title\n    title is missing\ncontent/en/a.mdx:1:7  缺少 title\n    title is missing',
    );
  });
});

describe("a schema's issue in both languages", () => {
  // As the content reader parses: with the input in each issue, which zod's Chinese names.
  const issuesOf = (schema: z.ZodType, value: unknown) =>
    schema.safeParse(value, { reportInput: true }).error!.issues;

  it('keeps our own message, and finds its Chinese', () => {
    const schema = z.object({
      unit: z.string({ error: bilingual('unit 必须是文字', 'unit must be text') }),
    });
    // The message names its field: it is not written twice.
    expect(describeIssue(issuesOf(schema, { unit: 3 })[0]!)).toEqual({
      zh: 'unit 必须是文字',
      en: 'unit must be text',
    });
  });

  it('puts the field before a message that does not name it', () => {
    const schema = z.object({
      value: z.number({ error: bilingual('必须是数字', 'a number is needed') }),
    });
    expect(describeIssue(issuesOf(schema, { value: 'x' })[0]!)).toEqual({
      zh: 'value：必须是数字',
      en: 'value: a number is needed',
    });
    const nested = z.object({ a: z.array(z.object({ b: z.number() })) });
    expect(describeIssue(issuesOf(nested, { a: [{ b: 'x' }] })[0]!).en).toMatch(/^a\.0\.b: /);
  });

  it('uses zod’s own Chinese for a message of its own, and names the top level', () => {
    const described = describeIssue(issuesOf(z.number(), 'x')[0]!);
    expect(described.en).toMatch(
      /^\(top level\): Invalid input: expected number, received string$/,
    );
    expect(described.zh).toMatch(/^\(顶层\)：无效输入：期望 /);
    expect(described.zh).not.toMatch(/undefined/);
  });

  it('names unknown fields, with their place, in both languages', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.number() }) });
    expect(describeIssue(issuesOf(schema, { a: { b: 1, c: 2, d: 3 } })[0]!)).toEqual({
      zh: 'a：未知字段 "c", "d"（拼写错误，或此处不允许）',
      en: 'a: unknown field "c", "d" (misspelt, or not allowed here)',
    });
    expect(describeIssue(issuesOf(z.strictObject({}), { x: 1 })[0]!)).toEqual({
      zh: '未知字段 "x"（拼写错误，或此处不允许）',
      en: 'unknown field "x" (misspelt, or not allowed here)',
    });
  });

  it('joins several issues', () => {
    const schema = z.object({ a: z.number(), b: z.number() });
    const joined = describeIssues(issuesOf(schema, { a: 'x', b: 'y' }));
    expect(joined.en).toMatch(/^a: .+; b: .+$/);
    expect(joined.zh).toMatch(/^a：.+；b：.+$/);
  });
});
