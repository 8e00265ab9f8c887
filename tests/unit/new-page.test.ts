import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { createPage } from '@/lib/content/new-page';

// Two tests read all of content/ through the checks: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

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

describe('a new page, word for word', () => {
  it('writes each language its own template', () => {
    const root = projectCopy();
    expect(createPage(root, 'guide', '2026-12-01')).toEqual({
      created: ['content/zh/guide.mdx', 'content/en/guide.mdx'],
    });
    expect(readFileSync(path.join(root, 'content/zh/guide.mdx'), 'utf8')).toBe(
      '---\ntitle: 新页面标题\ndescription: 用一两句话说明本页内容。\nupdated: 2026-12-01\ndraft: true\n---\n\n在这里写一段引言，说明读者能在本页找到什么。\n\n## 第一节\n\n正文。\n',
    );
    expect(readFileSync(path.join(root, 'content/en/guide.mdx'), 'utf8')).toBe(
      '---\ntitle: New page title\ndescription: One or two sentences on what the page holds.\nupdated: 2026-12-01\ndraft: true\n---\n\nWrite an introduction here: what will the reader find on this page?\n\n## First section\n\nText.\n',
    );
  });

  it('says why it refuses, in both languages', () => {
    const root = projectCopy();
    expect(createPage(root, 'Guide', '2026-12-01')).toEqual({
      refused: {
        zh: '“Guide” 不能用作页面地址：只能用小写英文字母、数字和连字符，例如 investment-guide',
        en: '"Guide" cannot be a page address: use lower-case letters, digits and hyphens only, e.g. investment-guide',
      },
    });
    expect(createPage(root, 'about', '2026-12-01')).toEqual({
      refused: {
        zh: '页面已经存在：content/zh/about.mdx、content/en/about.mdx。请换一个地址，或直接编辑已有页面',
        en: 'the page exists already: content/zh/about.mdx, content/en/about.mdx. Choose another address, or edit the existing page',
      },
    });
  });
});
