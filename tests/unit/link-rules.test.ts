/**
 * The link rules of the content check (lib/content/checks/links.ts) on a small model written by
 * hand, fast enough to run for each mutant: which links and anchors lead somewhere, and what the
 * message says when one does not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '@/lib/content/checks/links';
import type { Content, ContentPage } from '@/lib/content/load';

const root = mkdtempSync(path.join(tmpdir(), 'park-links-'));
mkdirSync(path.join(root, 'public', 'images'), { recursive: true });
writeFileSync(path.join(root, 'public', 'images', 'wetland park.png'), '');
afterAll(() => rmSync(root, { recursive: true, force: true }));

type PageSpec = Partial<ContentPage> & Pick<ContentPage, 'locale' | 'slug'>;

function pageOf(spec: PageSpec): ContentPage {
  return {
    file: `content/${spec.locale}/${spec.slug}.mdx`,
    headingIds: [],
    links: [],
    images: [],
    isDraft: false,
    frontmatter: { title: 't', description: 'd', updated: '2026-11-27' },
    ...spec,
  } as ContentPage;
}

/** Both languages of a page, the same headings named by the English twin. */
const site: PageSpec[] = [
  { locale: 'zh', slug: 'index' },
  { locale: 'en', slug: 'index' },
  { locale: 'zh', slug: 'golden-altitude', headingIds: ['heading-1', 'heading-2'] },
  { locale: 'en', slug: 'golden-altitude', headingIds: ['why-golden-altitude', 'location'] },
  { locale: 'zh', slug: 'statistics', frontmatter: { role: 'statistics' } as never },
  { locale: 'en', slug: 'statistics', frontmatter: { role: 'statistics' } as never },
  { locale: 'zh', slug: 'news/a', headingIds: ['only-zh', 'extra'] },
  { locale: 'en', slug: 'news/a', headingIds: ['only-one'] },
  { locale: 'zh', slug: 'preview', isDraft: true },
  { locale: 'en', slug: 'preview', isDraft: true },
];

/** The problems of links and images written on the Chinese home page (or `from`). */
function problemsOf(
  links: string[],
  { images = [] as string[], from = { locale: 'zh', slug: 'index' } as PageSpec } = {},
) {
  const writer = pageOf({
    ...from,
    links: links.map((url, index) => ({ url, line: index + 1, column: 1 })),
    images: images.map((url, index) => ({ url, line: 100 + index, column: 1 })),
  });
  const pages = [
    ...site.filter((spec) => !(spec.locale === from.locale && spec.slug === from.slug)).map(pageOf),
    writer,
  ];
  const content = {
    root,
    pages,
    figures: {
      groups: [
        {
          id: 'innovation',
          figures: [{ id: 'high-tech-enterprises' }, { id: 'innovation-platforms' }],
        },
      ],
    },
  } as unknown as Content;
  return checkLinks(content).map(({ file, line, kind, en }) => ({ file, line, kind, en }));
}
const enProblems = (links: string[]) =>
  problemsOf(links, { from: { locale: 'en', slug: 'index' } });

describe('links that lead somewhere', () => {
  it('takes other sites, mail and telephone links as they are', () => {
    expect(
      problemsOf([
        'https://example.org/',
        'http://example.org/x',
        'mailto:a@example.org',
        'tel:+86',
      ]),
    ).toEqual([]);
  });

  it('takes pages of the same language, with or without the last slash, and nested ones', () => {
    expect(
      problemsOf([
        '/zh/',
        '/zh/golden-altitude/',
        '/zh/golden-altitude',
        '/zh/news/a/',
        '/zh/statistics/',
      ]),
    ).toEqual([]);
  });

  it('takes the files the site serves besides pages', () => {
    expect(
      problemsOf([
        '/data/figures.csv',
        '/data/figures.json',
        '/sitemap.xml',
        '/zh/news/feed.xml',
        '/en/news/feed.xml',
      ]),
    ).toEqual([]);
  });

  it('takes anchors: #main, headings named after the English twin, an empty one', () => {
    expect(
      problemsOf(['#main', '#', '/zh/golden-altitude/#location', '/zh/golden-altitude/#']),
    ).toEqual([]);
    expect(enProblems(['/en/golden-altitude/#why-golden-altitude'])).toEqual([]);
  });

  it('takes the themes and figures on the Statistics page, and only there', () => {
    expect(
      problemsOf(['/zh/statistics/#theme-innovation', '/zh/statistics/#high-tech-enterprises']),
    ).toEqual([]);
    expect(
      problemsOf(['/zh/golden-altitude/#high-tech-enterprises']).map(({ kind }) => kind),
    ).toEqual(['broken-anchor']);
  });

  it('lets a draft link to a draft', () => {
    expect(
      problemsOf(['/zh/preview/'], { from: { locale: 'zh', slug: 'preview', isDraft: true } }),
    ).toEqual([]);
  });
});

describe('links that do not', () => {
  it('names an anchor the page lacks, with the nearest one', () => {
    expect(problemsOf(['/zh/golden-altitude/#locaton', '#nowhere-at-all'])).toEqual([
      {
        file: 'content/zh/index.mdx',
        line: 1,
        kind: 'broken-anchor',
        en: '#locaton does not exist on content/zh/golden-altitude.mdx (did you mean "location"?): /zh/golden-altitude/#locaton',
      },
      {
        file: 'content/zh/index.mdx',
        line: 2,
        kind: 'broken-anchor',
        en: '#nowhere-at-all does not exist on content/zh/index.mdx: #nowhere-at-all',
      },
    ]);
  });

  it('uses a page’s own headings when its twin has another number of them', () => {
    expect(
      problemsOf(['/zh/news/a/#only-zh', '/zh/news/a/#only-one']).map(({ line }) => line),
    ).toEqual([2]);
    // The Chinese ids are not the anchors where the twins agree.
    expect(problemsOf(['/zh/golden-altitude/#heading-1']).map(({ kind }) => kind)).toEqual([
      'broken-anchor',
    ]);
  });

  it('asks for a full path instead of a relative one', () => {
    expect(problemsOf(['golden-altitude/', 'ftp://example.org/'])).toEqual([
      {
        file: 'content/zh/index.mdx',
        line: 1,
        kind: 'broken-link',
        en: 'write links within the site as full paths starting with /, e.g. /zh/golden-altitude/ (not "golden-altitude/")',
      },
      {
        file: 'content/zh/index.mdx',
        line: 2,
        kind: 'broken-link',
        en: 'write links within the site as full paths starting with /, e.g. /zh/golden-altitude/ (not "ftp://example.org/")',
      },
    ]);
    expect(enProblems(['statistics/'])[0]!.en).toContain('e.g. /en/golden-altitude/');
  });

  it('names a missing page, with the nearest page of the same language', () => {
    expect(
      problemsOf(['/zh/golden-altitud/', '/zh/statistic', '/zh', '/foo/zh/golden-altitude/']),
    ).toEqual([
      {
        file: 'content/zh/index.mdx',
        line: 1,
        kind: 'broken-link',
        en: 'the link leads to no page: /zh/golden-altitud/ (did you mean "/zh/golden-altitude/"?)',
      },
      {
        file: 'content/zh/index.mdx',
        line: 2,
        kind: 'broken-link',
        en: 'the link leads to no page: /zh/statistic (did you mean "/zh/statistics/"?)',
      },
      {
        file: 'content/zh/index.mdx',
        line: 3,
        kind: 'broken-link',
        en: 'the link leads to no page: /zh (did you mean "/zh/"?)',
      },
      {
        file: 'content/zh/index.mdx',
        line: 4,
        kind: 'broken-link',
        // Four letters too many, within the third of its length that a suggestion allows.
        en: 'the link leads to no page: /foo/zh/golden-altitude/ (did you mean "/zh/golden-altitude/"?)',
      },
    ]);
    expect(enProblems(['/en/statistic/'])[0]!.en).toBe(
      'the link leads to no page: /en/statistic/ (did you mean "/en/statistics/"?)',
    );
  });

  it('refuses a link to the other language, and to a draft from a published page', () => {
    expect(problemsOf(['/en/golden-altitude/', '/zh/preview/'])).toEqual([
      {
        file: 'content/zh/index.mdx',
        line: 1,
        kind: 'broken-link',
        en: 'the link leads to the other language: /en/golden-altitude/. Link to the page in the same language, /zh/…',
      },
      {
        file: 'content/zh/index.mdx',
        line: 2,
        kind: 'broken-link',
        en: 'the link leads to a draft page (draft: true), which the published site leaves out: /zh/preview/',
      },
    ]);
  });
});

describe('images', () => {
  it('finds a picture in public/, its name decoded, whatever follows ? or #', () => {
    expect(
      problemsOf([], {
        images: ['/images/wetland%20park.png', '/images/wetland%20park.png?v=2#top'],
      }),
    ).toEqual([]);
  });

  it('refuses pictures from other sites and names missing ones', () => {
    expect(
      problemsOf([], {
        images: ['https://example.org/a.png', 'http://example.org/b.png', '/images/nope.png'],
      }),
    ).toEqual([
      {
        file: 'content/zh/index.mdx',
        line: 100,
        kind: 'image',
        en: "images must be stored in the site's public/ folder, not loaded from another site: https://example.org/a.png",
      },
      {
        file: 'content/zh/index.mdx',
        line: 101,
        kind: 'image',
        en: "images must be stored in the site's public/ folder, not loaded from another site: http://example.org/b.png",
      },
      {
        file: 'content/zh/index.mdx',
        line: 102,
        kind: 'image',
        en: 'the image public/images/nope.png does not exist: put the picture in public/ and check the file name',
      },
    ]);
  });
});
