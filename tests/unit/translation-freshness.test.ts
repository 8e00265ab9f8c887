import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleTranslations } from '@/lib/content/translation-freshness';

const root = mkdtempSync(path.join(tmpdir(), 'park-translations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Commits `files` in the scratch repository with the given date. */
function commitAt(date: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, stdio: 'ignore' });
  git('add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-m', date);
}

describe('npm run check:translations', () => {
  it('lists pages whose Chinese changed after the English, from git history', () => {
    execFileSync('git', ['init', '-q'], { cwd: root });
    commitAt('2026-01-01T00:00:00Z', {
      'content/zh/a.mdx': '甲',
      'content/en/a.mdx': 'A',
      'content/zh/b.mdx': '乙',
      'content/en/b.mdx': 'B',
    });
    commitAt('2026-02-01T00:00:00Z', { 'content/zh/a.mdx': '甲，改过' });
    commitAt('2026-03-01T00:00:00Z', { 'content/zh/b.mdx': '乙，改过' });
    commitAt('2026-03-02T00:00:00Z', { 'content/en/b.mdx': 'B, revised' });

    expect(staleTranslations(root).map((page) => page.slug)).toEqual(['a']);
  });

  it('counts an uncommitted change to the Chinese as the newest', () => {
    writeFileSync(path.join(root, 'content/zh/b.mdx'), '乙，又改过');
    expect(staleTranslations(root).map((page) => page.slug)).toEqual(['a', 'b']);
  });
});
