import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { contentMistakes } from '../fixtures/content-mistakes';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** A copy of the project's content/ and public/ with the mistake made in it. */
function projectWith(mistake: (typeof contentMistakes)[number]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'park-mistake-'));
  copies.push(root);
  cpSync('content', path.join(root, 'content'), { recursive: true });
  cpSync('public', path.join(root, 'public'), { recursive: true });
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

describe('the content checker', () => {
  it('finds nothing wrong with the real content', async () => {
    expect(await checkContent()).toEqual([]);
  });

  it('has a corpus of at least 25 mistakes', () => {
    expect(contentMistakes.length).toBeGreaterThanOrEqual(25);
  });

  for (const mistake of contentMistakes) {
    it(`reports ${mistake.name}, at its place`, async () => {
      const problems = await checkContent(projectWith(mistake));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject(mistake.expected);
      expect(problems[0]!.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(problems[0]!.en).toMatch(/[a-z]{3}/);
    });
  }
});
