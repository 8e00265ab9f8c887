/**
 * The smaller rules of the content check, each on input written by hand: page roles, the pages
 * the menu and footer name, the message catalogs' reader, and positions in content modules.
 */
import { describe, expect, it } from 'vitest';
import { checkMessages } from '@/lib/content/checks/messages';
import { checkRoles } from '@/lib/content/checks/roles';
import { checkSiteLinks } from '@/lib/content/checks/site-links';
import { checkTwins } from '@/lib/content/checks/twins';
import type { Content, ContentPage } from '@/lib/content/load';
import { group, readMessageCatalog } from '@/lib/content/messages-file';
import { positionOfPath } from '@/lib/content/source-position';

function page(locale: 'zh' | 'en', slug: string, extra: Partial<ContentPage> = {}): ContentPage {
  return {
    locale,
    slug,
    file: `content/${locale}/${slug}.mdx`,
    isDraft: false,
    frontmatter: { title: 't', description: 'd', updated: '2026-11-27' },
    ...extra,
  } as ContentPage;
}
const withRole = (locale: 'zh' | 'en', slug: string, role: string, extra = {}) =>
  page(locale, slug, {
    frontmatter: { title: 't', description: 'd', updated: '2026-11-27', role } as never,
    ...extra,
  });
const model = (parts: Partial<Content>) => ({ figures: { groups: [] }, ...parts }) as Content;

describe('page roles', () => {
  const statistics = [
    withRole('zh', 'statistics', 'statistics'),
    withRole('en', 'statistics', 'statistics'),
  ];
  const noStatistics =
    'there is no published statistics page (role: statistics): figure permalinks lead there. Write  role: statistics  in the frontmatter of the statistics page in content/zh/ and content/en/';

  it('asks for a statistics page once there are figures, and a published one', () => {
    const figures = { groups: [{ id: 'innovation', figures: [] }] } as never;
    expect(
      checkRoles(model({ pages: [page('zh', 'index')], figures })).map(({ en }) => en),
    ).toEqual([noStatistics]);
    const drafts = statistics.map((each) => ({ ...each, isDraft: true }));
    expect(checkRoles(model({ pages: drafts, figures })).map(({ file }) => file)).toEqual([
      'content/',
    ]);
    expect(checkRoles(model({ pages: statistics, figures }))).toEqual([]);
    // No figures, no need.
    expect(checkRoles(model({ pages: [page('zh', 'index')] }))).toEqual([]);
  });

  it.each(['statistics', 'search', 'news', 'accessibility'])(
    'allows one %s page in each language, and names a second',
    (role) => {
      const pages = [
        ...statistics,
        withRole('zh', 'a', role),
        withRole('en', 'a', role),
        withRole('zh', 'b', role),
      ];
      expect(checkRoles(model({ pages }))).toEqual(
        role === 'statistics'
          ? [
              {
                file: 'content/zh/a.mdx',
                line: 1,
                kind: 'frontmatter',
                zh: 'role: statistics 已用于 content/zh/statistics.mdx：每种语言只能有一个这样的页面',
                en: 'role: statistics is already given to content/zh/statistics.mdx: a language has one such page at most',
              },
              {
                file: 'content/zh/b.mdx',
                line: 1,
                kind: 'frontmatter',
                zh: 'role: statistics 已用于 content/zh/statistics.mdx：每种语言只能有一个这样的页面',
                en: 'role: statistics is already given to content/zh/statistics.mdx: a language has one such page at most',
              },
              {
                file: 'content/en/a.mdx',
                line: 1,
                kind: 'frontmatter',
                zh: 'role: statistics 已用于 content/en/statistics.mdx：每种语言只能有一个这样的页面',
                en: 'role: statistics is already given to content/en/statistics.mdx: a language has one such page at most',
              },
            ]
          : [
              {
                file: 'content/zh/b.mdx',
                line: 1,
                kind: 'frontmatter',
                zh: `role: ${role} 已用于 content/zh/a.mdx：每种语言只能有一个这样的页面`,
                en: `role: ${role} is already given to content/zh/a.mdx: a language has one such page at most`,
              },
            ],
      );
    },
  );

  it('allows any number of news items', () => {
    const pages = [
      ...statistics,
      withRole('zh', 'news/a', 'news-item'),
      withRole('zh', 'news/b', 'news-item'),
    ];
    expect(checkRoles(model({ pages }))).toEqual([]);
  });
});

describe('twin pages', () => {
  const outline = { headingIds: ['a', 'b'] };

  it('names a page without its twin, in either language', () => {
    expect(
      checkTwins(model({ pages: [page('zh', 'a', outline), page('en', 'b', outline)] })).map(
        ({ file, en }) => [file, en],
      ),
    ).toEqual([
      [
        'content/zh/a.mdx',
        'the page has no twin content/en/a.mdx: every page must exist in both Chinese and English (npm run new:page creates both)',
      ],
      [
        'content/en/b.mdx',
        'the page has no twin content/zh/b.mdx: every page must exist in both Chinese and English (npm run new:page creates both)',
      ],
    ]);
  });

  it('names a role one twin has and the other lacks, or another role', () => {
    const pages = [
      withRole('zh', 'a', 'news', outline),
      page('en', 'a', outline),
      page('zh', 'b', outline),
      withRole('en', 'b', 'search', outline),
      withRole('zh', 'c', 'news', outline),
      withRole('en', 'c', 'search', outline),
      withRole('zh', 'd', 'news', outline),
      withRole('en', 'd', 'news', outline),
    ];
    expect(checkTwins(model({ pages }))).toEqual([
      {
        file: 'content/en/a.mdx',
        line: 1,
        kind: 'frontmatter',
        zh: 'role 与中文页面 content/zh/a.mdx 不同（news / 无）：两种语言的页面作用必须相同',
        en: 'role differs from the Chinese page content/zh/a.mdx (news / none): both twins must play the same role',
      },
      {
        file: 'content/en/b.mdx',
        line: 1,
        kind: 'frontmatter',
        zh: 'role 与中文页面 content/zh/b.mdx 不同（无 / search）：两种语言的页面作用必须相同',
        en: 'role differs from the Chinese page content/zh/b.mdx (none / search): both twins must play the same role',
      },
      {
        file: 'content/en/c.mdx',
        line: 1,
        kind: 'frontmatter',
        zh: 'role 与中文页面 content/zh/c.mdx 不同（news / search）：两种语言的页面作用必须相同',
        en: 'role differs from the Chinese page content/zh/c.mdx (news / search): both twins must play the same role',
      },
    ]);
  });
});

describe('the pages the menu and the footer name', () => {
  const text = `import { defineSite } from '@/lib/content/define';

export default defineSite({
  menu: [
    { page: 'index', label: { zh: '首页', en: 'Home' } },
    { page: 'golden-altitud', label: { zh: '黄金海拔', en: 'Golden Altitude' } },
  ],
  footerLinks: [{ page: 'draft-only', label: { zh: '草稿', en: 'Draft' } }],
});
`;
  const site = {
    file: 'content/site.ts',
    text,
    value: {
      menu: [{ page: 'index' }, { page: 'golden-altitud' }],
      footerLinks: [{ page: 'draft-only' }],
    },
  } as never;

  it('names each page that is missing or a draft in a language, at its line, with the nearest name', () => {
    const pages = [
      page('zh', 'index'),
      page('en', 'index'),
      page('zh', 'golden-altitude'),
      page('en', 'golden-altitude'),
      page('zh', 'draft-only'),
      page('en', 'draft-only', { isDraft: true }),
    ];
    expect(checkSiteLinks(model({ site, pages }))).toEqual([
      {
        file: 'content/site.ts',
        line: 6,
        column: 7,
        kind: 'site-settings',
        zh: 'menu 中的页面 “golden-altitud” 不存在或是草稿（您是否想写“golden-altitude”？）：请写 content/zh/ 中已发布页面的文件名（不含 .mdx）',
        en: 'menu: the page "golden-altitud" does not exist or is a draft (did you mean "golden-altitude"?): write the file name of a published page of content/zh/ (without .mdx)',
      },
      {
        file: 'content/site.ts',
        line: 8,
        column: 19,
        kind: 'site-settings',
        zh: 'footerLinks 中的页面 “draft-only” 不存在或是草稿（您是否想写“draft-only”？）：请写 content/zh/ 中已发布页面的文件名（不含 .mdx）',
        en: 'footerLinks: the page "draft-only" does not exist or is a draft (did you mean "draft-only"?): write the file name of a published page of content/zh/ (without .mdx)',
      },
    ]);
  });

  it('wants the page in both languages', () => {
    const pages = [page('zh', 'index'), page('en', 'index'), page('zh', 'golden-altitud')];
    expect(checkSiteLinks(model({ site, pages })).map(({ line }) => line)).toEqual([6, 8]);
    const english = [page('zh', 'index'), page('en', 'index'), page('en', 'golden-altitud')];
    expect(checkSiteLinks(model({ site, pages: english })).map(({ line }) => line)).toEqual([6, 8]);
  });

  it('says nothing when the settings could not be read', () => {
    expect(checkSiteLinks(model({ site: undefined, pages: [] }))).toEqual([]);
  });
});

describe('reading a message catalog', () => {
  it('lists every text and group by dotted key, with its place', () => {
    const { catalog, problem } = readMessageCatalog(
      'content/messages/en.json',
      '{\n  "Search": {\n    "label": "Search",\n    "count": 3,\n    "on": true,\n    "none": null\n  }\n}\n',
    );
    expect(problem).toBeUndefined();
    expect(catalog!.messages).toEqual({
      Search: { label: 'Search', count: 3, on: true, none: null },
    });
    expect([...catalog!.entries.values()]).toEqual([
      { key: 'Search', value: group, line: 2, column: 3 },
      { key: 'Search.label', value: 'Search', line: 3, column: 5 },
      { key: 'Search.count', value: 3, line: 4, column: 5 },
      { key: 'Search.on', value: true, line: 5, column: 5 },
      { key: 'Search.none', value: null, line: 6, column: 5 },
    ]);
  });

  it('explains JSON that does not parse, at its place', () => {
    const { catalog, problem } = readMessageCatalog('m.json', '{\n  "a": "x"\n  "b": "y"\n}');
    expect(catalog).toBeUndefined();
    expect(problem).toMatchObject({ file: 'm.json', line: 3, column: 3, kind: 'messages' });
    expect(problem!.en).toMatch(
      /^not valid JSON \(often a missing comma or quotation mark, or a comma after the last item\): /,
    );
    expect(problem!.zh).toMatch(
      /^不是有效的 JSON（常见原因：缺少逗号或引号，或最后一项后面多了逗号）：/,
    );
  });

  it('refuses a file that is not one object', () => {
    expect(readMessageCatalog('m.json', '["a"]')).toEqual({
      problem: {
        file: 'm.json',
        line: 1,
        kind: 'messages',
        zh: '文件必须是一个 { } 对象，里面是 "键": "文字"',
        en: 'the file must be one { } object of "key": "text" pairs',
      },
    });
  });
});

describe('the two message catalogs', () => {
  const catalog = (locale: 'zh' | 'en', text: string) =>
    readMessageCatalog(`content/messages/${locale}.json`, text).catalog!;
  const check = (zh: string, en: string) =>
    checkMessages(model({ messages: { zh: catalog('zh', zh), en: catalog('en', en) } }));

  it('takes the same keys, each with a text', () => {
    expect(check('{"A": {"b": "乙", "n": 3}}', '{"A": {"b": "B", "n": 4}}')).toEqual([
      {
        file: 'content/messages/zh.json',
        line: 1,
        column: 18,
        kind: 'messages',
        zh: '“A.n” 的文字为空：请填写',
        en: '"A.n" has no text: fill it in',
      },
      {
        file: 'content/messages/en.json',
        line: 1,
        column: 18,
        kind: 'messages',
        zh: '“A.n” 的文字为空：请填写',
        en: '"A.n" has no text: fill it in',
      },
    ]);
    expect(check('{"A": {"b": "乙"}}', '{"A": {"b": "B"}}')).toEqual([]);
  });

  it('names an empty or blank text', () => {
    expect(check('{"a": "  "}', '{"a": "A"}').map(({ file, en }) => [file, en])).toEqual([
      ['content/messages/zh.json', '"a" has no text: fill it in'],
    ]);
  });

  it('names a missing key in the file that lacks it, at its group, with where it stands', () => {
    const zh = '{\n  "Search": {\n    "label": "搜索",\n    "hint": "提示"\n  }\n}';
    const en = '{\n  "Search": {\n    "label": "Search"\n  }\n}';
    expect(check(zh, en)).toEqual([
      {
        file: 'content/messages/en.json',
        line: 2,
        column: 3,
        kind: 'messages',
        zh: '缺少 “Search.hint”：它在 zh.json 第 4 行，两个文件必须有相同的键，请在这里补上',
        en: '"Search.hint" is missing: it stands in zh.json at line 4; both files must have the same keys, so add it here',
      },
    ]);
  });

  it('names a missing group once, at the top of the file, with the nearest key', () => {
    const zh = '{"Serch": {"a": "甲", "b": "乙"}, "x": "戊"}';
    const en = '{"x": "X"}';
    expect(
      check(zh, en).map(({ file, line, column, en: text }) => [file, line, column, text]),
    ).toEqual([
      [
        'content/messages/en.json',
        1,
        undefined,
        '"Serch" is missing: it stands in zh.json at line 1; both files must have the same keys, so add it here',
      ],
    ]);
    expect(
      check('{"x": "戊"}', '{"y": "Y", "xx": "X"}').map(({ file, en: text }) => [file, text]),
    ).toEqual([
      // Each file in turn, Chinese first; the nearest key, the first of equals.
      [
        'content/messages/en.json',
        '"x" is missing (did you mean "y"?): it stands in zh.json at line 1; both files must have the same keys, so add it here',
      ],
      [
        'content/messages/zh.json',
        '"y" is missing (did you mean "x"?): it stands in en.json at line 1; both files must have the same keys, so add it here',
      ],
      [
        'content/messages/zh.json',
        '"xx" is missing (did you mean "x"?): it stands in en.json at line 1; both files must have the same keys, so add it here',
      ],
    ]);
  });

  it('says nothing while a catalog cannot be read', () => {
    expect(checkMessages(model({ messages: { zh: catalog('zh', '{"a": "甲"}') } }))).toEqual([]);
  });
});

describe('positions in a content module', () => {
  const text = `import { defineFigureGroup } from '@/lib/content/define';
import { source } from './sources';

export default defineFigureGroup({
  title: { zh: '创新', en: 'Innovation' },
  'figures': [
    { id: 'a', value: 1 },
    {
      id: 'b',
      7: 'seven',
      source,
    },
  ],
});
`;

  it('follows object properties (named, quoted, numeric) and array elements', () => {
    expect(positionOfPath(text, ['title', 'en'])).toEqual({ line: 5, column: 22 });
    expect(positionOfPath(text, ['figures', 0, 'value'])).toEqual({ line: 7, column: 16 });
    expect(positionOfPath(text, ['figures', 1, 'id'])).toEqual({ line: 9, column: 7 });
    expect(positionOfPath(text, ['figures', 1, 7])).toEqual({ line: 10, column: 7 });
  });

  it('stops at the last part written here', () => {
    // A value named by a constant: its own place.
    expect(positionOfPath(text, ['figures', 1, 'source', 'title'])).toEqual({
      line: 11,
      column: 7,
    });
    // A key that is not there: the object that lacks it.
    expect(positionOfPath(text, ['figures', 1, 'unit'])).toEqual({ line: 8, column: 5 });
    // An index past the end: the array.
    expect(positionOfPath(text, ['figures', 5, 'id'])).toEqual({ line: 6, column: 3 });
    // A name used as an index, or an index as a name.
    expect(positionOfPath(text, ['figures', 'id'])).toEqual({ line: 6, column: 3 });
    expect(positionOfPath(text, ['title', 0])).toEqual({ line: 5, column: 3 });
  });

  it('starts at the object given to define…, or at the exported object itself', () => {
    expect(positionOfPath(text, [])).toEqual({ line: 4, column: 34 });
    expect(positionOfPath('export default {\n  a: 1,\n};\n', ['a'])).toEqual({
      line: 2,
      column: 3,
    });
    expect(positionOfPath('export const a = 1;\n', ['a'])).toBeUndefined();
  });
});
