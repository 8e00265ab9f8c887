import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { contentMistakes } from '../fixtures/content-mistakes';

const copies: string[] = [];
// Removing some 70 copies of content/ and public/ takes seconds on a busy machine.
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })), 60_000);

/** A copy of the project's content/ with the mistake made in it, beside a link to public/ (only read). */
function projectWith(mistake: (typeof contentMistakes)[number]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'park-mistake-'));
  copies.push(root);
  cpSync('content', path.join(root, 'content'), { recursive: true });
  symlinkSync(path.resolve('public'), path.join(root, 'public'));
  for (const [file, change] of Object.entries(mistake.files)) {
    const target = path.join(root, file);
    const content = typeof change === 'function' ? change(readFileSync(target, 'utf8')) : change;
    if (typeof change === 'function')
      expect(content, `${file} was not changed`).not.toBe(readFileSync(target, 'utf8'));
    writeFileSync(target, content);
  }
  for (const file of mistake.remove ?? []) rmSync(path.join(root, file));
  return root;
}

/** The expected line: a number, or the first line of the file that contains a text. */
function lineIn(root: string, file: string, line: number | { containing: string }): number {
  if (typeof line === 'number') return line;
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const index = lines.findIndex((each) => each.includes(line.containing));
  expect(index, `${file} has no line with ${line.containing}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

describe('the content checker', () => {
  it('finds nothing wrong with the real content', async () => {
    expect(checkContent().problems).toEqual([]);
  });

  it('has a corpus of at least 25 mistakes', () => {
    expect(contentMistakes.length).toBeGreaterThanOrEqual(25);
  });

  for (const mistake of contentMistakes) {
    it(`reports ${mistake.name}, at its place`, async () => {
      const root = projectWith(mistake);
      const { problems } = checkContent(root);
      expect(problems).toHaveLength(1);
      const { line, ...expected } = mistake.expected;
      expect(problems[0]).toMatchObject(expected);
      if (line !== undefined) expect(problems[0]!.line).toBe(lineIn(root, expected.file, line));
      expect(problems[0]!.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(problems[0]!.en).toMatch(/[a-z]{3}/);
    });
  }
});
