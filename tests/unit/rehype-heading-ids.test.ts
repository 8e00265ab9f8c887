import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { afterAll, describe, expect, it } from 'vitest';
import rehypeHeadingIds from '@/lib/mdx/rehype-heading-ids.mjs';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project folder with these pages, e.g. { 'en/a.mdx': '## Location' }; returns its root. */
function project(pages: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'park-heading-ids-'));
  roots.push(root);
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true });
    writeFileSync(path.join(root, 'content', file), text);
  }
  return root;
}

const element = (tagName: string, text: string, id?: string): Element => ({
  type: 'element',
  tagName,
  properties: id === undefined ? {} : { id },
  children: [{ type: 'text', value: text }],
});

/** Runs the plugin over these elements, as for the page at `filePath`; returns their ids. */
function idsAfter(elements: Element[], filePath?: string): unknown[] {
  const tree: Root = { type: 'root', children: elements };
  rehypeHeadingIds()(tree, { path: filePath });
  return elements.map((node) => node.properties.id);
}

const englishPage = '---\ntitle: A\n---\n\n## Location and environment\n\nText.\n\n### Transport\n';

describe('the anchor ids of headings', () => {
  it("of a Chinese page are its English twin's, heading by heading", () => {
    const root = project({ 'en/a.mdx': englishPage, 'zh/a.mdx': '' });
    expect(
      idsAfter(
        [element('h2', '区位与环境'), element('p', '正文'), element('h3', '交通')],
        path.join(root, 'content/zh/a.mdx'),
      ),
    ).toEqual(['location-and-environment', undefined, 'transport']);
  });

  it('of an English page come from the page itself', () => {
    const root = project({ 'en/a.mdx': englishPage });
    expect(
      idsAfter(
        [element('h2', 'Location and environment'), element('h3', 'Transport')],
        path.join(root, 'content/en/a.mdx'),
      ),
    ).toEqual(['location-and-environment', 'transport']);
  });

  it('are made from their own text while the outlines of the twins differ', () => {
    const root = project({ 'en/a.mdx': englishPage });
    expect(
      idsAfter(
        [element('h2', '区位'), element('h2', '区位'), element('h3', '交通')],
        path.join(root, 'content/zh/a.mdx'),
      ),
    ).toEqual(['区位', '区位-1', '交通']);
  });

  it('are made from their own text when the page has no English twin, or no file', () => {
    const root = project({ 'zh/a.mdx': '' });
    expect(idsAfter([element('h2', '区位')], path.join(root, 'content/zh/a.mdx'))).toEqual([
      '区位',
    ]);
    expect(idsAfter([element('h2', 'Two Words')])).toEqual(['two-words']);
  });

  it('keep an id the heading already has', () => {
    const root = project({ 'en/a.mdx': englishPage });
    expect(
      idsAfter(
        [element('h2', '区位', 'own-id'), element('h3', '交通')],
        path.join(root, 'content/zh/a.mdx'),
      ),
    ).toEqual(['own-id', 'transport']);
  });
});
