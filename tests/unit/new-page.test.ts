import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { createPage } from '@/lib/content/new-page';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A copy of content/ and public/ of its own for each test, so no test sees another's pages. */
function projectCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'park-new-page-'));
  roots.push(root);
  cpSync('content', path.join(root, 'content'), { recursive: true });
  cpSync('public', path.join(root, 'public'), { recursive: true });
  return root;
}

describe('npm run new:page', () => {
  it('creates the page in both languages, as a draft that passes the checks', async () => {
    const root = projectCopy();
    const result = createPage(root, 'investment-guide', '2026-11-27');
    expect(result).toEqual({
      created: ['content/zh/investment-guide.mdx', 'content/en/investment-guide.mdx'],
    });
    for (const file of ['content/zh/investment-guide.mdx', 'content/en/investment-guide.mdx']) {
      const text = readFileSync(path.join(root, file), 'utf8');
      expect(text).toMatch(
        /^---\ntitle: .+\ndescription: .+\nupdated: 2026-11-27\ndraft: true\n---\n/,
      );
    }
    expect(checkContent(root).problems).toEqual([]);
  });

  it('gives a news item a date, so that it passes the checks too', async () => {
    const root = projectCopy();
    createPage(root, 'news/park-news', '2026-11-27');
    expect(readFileSync(path.join(root, 'content/zh/news/park-news.mdx'), 'utf8')).toContain(
      '\ndate: 2026-11-27\n',
    );
    expect(checkContent(root).problems).toEqual([]);
  });

  it('refuses a slug that exists', () => {
    const root = projectCopy();
    const result = createPage(root, 'golden-altitude', '2026-11-27');
    expect(result).toMatchObject({ refused: { en: expect.stringMatching(/exists already/) } });
  });

  it('refuses a slug that is not kebab-case', () => {
    const root = projectCopy();
    for (const slug of [
      'Investment_Guide',
      'investment guide',
      '投资指南',
      '',
      '-guide',
      'guide-',
      '../guide',
    ]) {
      expect(createPage(root, slug, '2026-11-27'), slug).toMatchObject({
        refused: { zh: expect.any(String) },
      });
    }
  });
});
