import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPageSlugs, loadPage, mdxComponentNames } from '@/lib/content/pages';
import { allFigures, figureGroups } from '@/lib/figures/registry';
import { routing } from '@/lib/i18n/routing';

describe('content/', () => {
  it('holds the same pages in both locales', () => {
    expect(listPageSlugs('en')).toEqual(listPageSlugs('zh'));
  });

  it('holds every section of the site', () => {
    const sections = [
      'index',
      'development-plan',
      'golden-altitude',
      'innovation',
      'digital-economy',
      'statistics',
      'about',
    ];
    for (const locale of routing.locales)
      expect(listPageSlugs(locale)).toEqual(expect.arrayContaining(sections));
  });

  it('has no quantity typed into a page by hand: numbers come from content/figures/', () => {
    for (const locale of routing.locales) {
      for (const slug of listPageSlugs(locale)) {
        const body = readFileSync(`content/${locale}/${slug}.mdx`, 'utf8')
          .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter: its date is not a quantity
          .replace(/<[A-Z][^>]*>/g, '') // component tags and their ids
          .replace(/\]\([^)]*\)/g, ']') // link targets
          .replace(/`[^`]*`/g, ''); // code, e.g. an anchor
        // Years, ordinals and names that contain digits (5G, a standard's number) are not
        // quantities.
        const allowed =
          /\b(19|20)\d\d\b|\d{4}[–-]\d{4}|\d+(st|nd|rd|th)\b|第\d+届|\b5G\b|555|A4|\d+(年|月|日)|GB\/T \d+|WCAG \d\.\d|W3C/g;
        const digits = body.replace(allowed, '').match(/.{0,20}\d.{0,20}/g);
        expect(digits, `content/${locale}/${slug}.mdx`).toBeNull();
      }
    }
  });

  it('has pages that all pass the page checks', () => {
    for (const locale of routing.locales) {
      for (const slug of listPageSlugs(locale)) {
        expect(() => loadPage(locale, slug), `${locale}/${slug}`).not.toThrow();
      }
    }
  });

  it('finds every figure module of content/figures/ by itself', () => {
    const themes = readdirSync('content/figures')
      .filter((name) => readFileSync(`content/figures/${name}`, 'utf8').includes('export default'))
      .map((name) => `content/figures/${name}`);
    expect(figureGroups().map((group) => group.file)).toEqual(themes.sort());
  });

  it('has figures that all validate', () => {
    expect(allFigures().size).toBeGreaterThan(0);
  });

  it('allows in MDX exactly the components that components/mdx provides', async () => {
    const { mdxComponents } = await import('@/components/mdx/mdxComponents');
    // `a` is the Markdown link, not a tag staff write.
    const tags = Object.keys(mdxComponents).filter((name) => name !== 'a');
    expect(tags.sort()).toEqual([...mdxComponentNames].sort());
  });
});

describe('twin pages', () => {
  it('have the same outline, so a #fragment leads to the same section in both languages', async () => {
    const { headingIdsOf } = await import('@/lib/mdx/heading-ids.mjs');
    for (const slug of listPageSlugs('zh')) {
      const count = (locale: string) =>
        headingIdsOf(readFileSync(`content/${locale}/${slug}.mdx`, 'utf8')).length;
      expect(count('zh'), slug).toBe(count('en'));
    }
  });
});
