/**
 * Which pages the site shows (lib/content/pages.ts): published ones always, drafts only in the
 * preview (NODE_ENV=development) or a build for a preview host (INCLUDE_DRAFTS=1), read from a
 * copy of content/ with a draft added.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contentCopy, draftPage, freshModules, removeContentCopies } from '../support/content-copy';

// Each test reads content/ afresh, some seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(removeContentCopies);

/** lib/content/pages.ts over a copy of content/ with a draft, under the given environment. */
async function pagesWith(env: Record<string, string>) {
  const copy = contentCopy();
  copy.write('content/zh/investment-guide.mdx', draftPage('投资指南'));
  copy.write('content/en/investment-guide.mdx', draftPage('Investment guide'));
  freshModules(copy.root);
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('INCLUDE_DRAFTS', '');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import('@/lib/content/pages');
}

describe('the pages shown', () => {
  it('in a build: published pages only, and no draft files named', async () => {
    const pages = await pagesWith({});
    expect(pages.showDrafts).toBe(false);
    expect(pages.shownDraftFiles()).toEqual([]);
    expect(pages.pageExists('zh', 'investment-guide')).toBe(false);
    expect(pages.pageExists('zh', 'invest')).toBe(true);
    expect(pages.pageExists('en', 'golden-altitude')).toBe(true);
    expect(pages.pageExists('en', 'no-such-page')).toBe(false);
    expect(pages.listPageSlugs('en')).not.toContain('investment-guide');
    expect(() => pages.loadPage('zh', 'investment-guide')).toThrow(
      'No published page content/zh/investment-guide.mdx',
    );
  });

  it.each([
    ['in the preview', { NODE_ENV: 'development' }],
    ['in a build for a preview host', { INCLUDE_DRAFTS: '1' }],
  ])('%s: the drafts too, named in order', async (_, env) => {
    const pages = await pagesWith(env);
    expect(pages.showDrafts).toBe(true);
    expect(pages.shownDraftFiles()).toEqual([
      'content/en/investment-guide.mdx',
      'content/zh/investment-guide.mdx',
    ]);
    expect(pages.pageExists('zh', 'investment-guide')).toBe(true);
    expect(pages.loadPage('en', 'investment-guide').frontmatter.title).toBe('Investment guide');
  });

  it('finds the one page of a role in each language', async () => {
    const pages = await pagesWith({});
    expect(pages.slugOfRole('zh', 'statistics')).toBe('statistics');
    expect(pages.pagesWithRole('en', 'news').map((page) => page.slug)).toEqual(['news']);
    expect(pages.pagesWithRole('en', 'news-item').length).toBeGreaterThan(1);
  });
});
