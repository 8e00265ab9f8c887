import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleTranslations } from '@/lib/content/translation-freshness';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Commits `files` in the scratch repository `root` with the given date. */
function commitAt(root: string, date: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, stdio: 'ignore' });
  git('add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-m', date);
}

/**
 * A scratch repository of its own for each test: page a's Chinese changed after its English; page
 * b's English was revised after its Chinese.
 */
function repositoryWithHistory(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'park-translations-'));
  roots.push(root);
  execFileSync('git', ['init', '-q'], { cwd: root });
  commitAt(root, '2026-01-01T00:00:00Z', {
    'content/zh/a.mdx': '甲',
    'content/en/a.mdx': 'A',
    'content/zh/b.mdx': '乙',
    'content/en/b.mdx': 'B',
  });
  commitAt(root, '2026-02-01T00:00:00Z', { 'content/zh/a.mdx': '甲，改过' });
  commitAt(root, '2026-03-01T00:00:00Z', { 'content/zh/b.mdx': '乙，改过' });
  commitAt(root, '2026-03-02T00:00:00Z', { 'content/en/b.mdx': 'B, revised' });
  return root;
}

describe('npm run check:translations', () => {
  it('lists pages whose Chinese changed after the English, from git history', () => {
    const root = repositoryWithHistory();
    expect(staleTranslations(root).map((page) => page.slug)).toEqual(['a']);
  });

  it('counts an uncommitted change to the Chinese as the newest', () => {
    const root = repositoryWithHistory();
    writeFileSync(path.join(root, 'content/zh/b.mdx'), '乙，又改过');
    expect(staleTranslations(root).map((page) => page.slug)).toEqual(['a', 'b']);
  });
});
