/**
 * What the page check tells a member of staff, word for word where the words are the help: each
 * rule of lib/content/page-check.ts with the smallest page that breaks it, and the pages it must
 * let through. (The mistake corpus checks file, line and kind over a whole copy of content/; this
 * checks the messages themselves, fast enough to run for every mutant.)
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '@/lib/content/errors';
import { checkPage, describeParseError } from '@/lib/content/page-check';

const file = 'content/zh/example.mdx';
const figureIds = new Set(['park-altitude-band', 'ideal-altitude-band']);
const validFields = 'title: 黄金海拔\ndescription: 高原康养项目。\nupdated: 2026-11-27';
/** A page with valid frontmatter (lines 1–5) and `body` from line 6. */
const withBody = (body: string) => `---\n${validFields}\n---\n${body}`;
const withFields = (fields: string) => `---\n${fields}\n---\n\n正文。\n`;

function problemsOf(source: string | Uint8Array): Problem[] {
  return checkPage(file, source, figureIds).problems;
}
/** Kind, line and English message of each problem, in order. */
function summary(source: string | Uint8Array) {
  return problemsOf(source).map(({ kind, line, en }) => ({ kind, line, en }));
}

const componentList =
  '<AllFigures>, <AltitudeScale>, <ContactDetails>, <Downloads>, <FactSheet>, <Figure>, <FigureCard>, <FigureChart>, <FigureGrid>, <FigureOverview>, <NewsList>, <Search>, <SectionLinks>';

describe('files that are not pages', () => {
  it('gives the size of a file too large to be a page, in both languages', () => {
    const [problem] = problemsOf(new Uint8Array(3_600_000).fill(0x61));
    expect(problem).toEqual({
      file,
      kind: 'unreadable-file',
      zh: '文件过大（3600 KB）：一个页面不应超过 1000 KB，是否误粘贴了其他文件？',
      en: 'the file is too large (3600 KB): a page should stay under 1000 KB; was another file pasted in?',
    });
  });

  it('lets a file of exactly 1,000,000 bytes be judged on its content', () => {
    // All NUL bytes: at the limit it is not "too large", it is "not a text file".
    const [problem] = problemsOf(new Uint8Array(1_000_000));
    expect(problem!.en).toBe(
      'this is not a text file (perhaps an image or a Word document): a page must be an .mdx text file',
    );
  });

  it('refuses a file with a NUL byte among valid UTF-8 text', () => {
    const bytes = new TextEncoder().encode(withBody('\n正文\u0000。\n'));
    expect(problemsOf(bytes)).toEqual([
      {
        file,
        kind: 'unreadable-file',
        zh: '这不是文本文件（可能是图片或 Word 文档）：页面必须是 .mdx 文本文件',
        en: 'this is not a text file (perhaps an image or a Word document): a page must be an .mdx text file',
      },
    ]);
  });

  it('reads valid UTF-8 bytes as the page', () => {
    expect(problemsOf(new TextEncoder().encode(withBody('\n正文。\n')))).toEqual([]);
  });
});

describe('where a parser error starts', () => {
  it('takes the place the error carries', () => {
    expect(describeParseError({ reason: 'x', place: { line: 3, column: 4 } })).toEqual({
      line: 3,
      column: 4,
      reason: 'x',
    });
    expect(
      describeParseError({ reason: 'y', place: { start: { line: 5, column: 6 }, end: {} } }),
    ).toEqual({ line: 5, column: 6, reason: 'y' });
  });

  it('reads a place written only at the end of the text, and takes it off the text', () => {
    expect(describeParseError({ reason: 'Expected a closing tag for `<X>` (12:3-14:25)' })).toEqual(
      { line: 12, column: 3, reason: 'Expected a closing tag for `<X>`' },
    );
  });

  it('leaves a place in the middle of the text alone', () => {
    const reason = 'Expected a closing tag for `<X>` (7:6-7:18) before the end of `paragraph`';
    expect(describeParseError({ reason })).toEqual({ reason });
  });

  it('names an error without a reason by its text', () => {
    expect(describeParseError(new TypeError('bad'))).toEqual({ reason: 'TypeError: bad' });
  });
});

describe('frontmatter messages', () => {
  it('asks for the date of a news item, at line 1', () => {
    expect(summary(withFields(`${validFields}\nrole: news-item`))).toEqual([
      {
        kind: 'frontmatter',
        line: 1,
        en: 'a news item (role: news-item) needs a date: when it happened, only as precisely as known, e.g.  date: 2023  or  date: 2023-06',
      },
    ]);
    expect(problemsOf(withFields(`${validFields}\nrole: news-item`))[0]!.zh).toBe(
      '新闻页面（role: news-item）需要 date：写明事件时间，只写已知的精度，例如  date: 2023  或  date: 2023-06',
    );
  });

  it('takes a news item dated by year alone, and an ordinary page without a date', () => {
    expect(problemsOf(withFields(`${validFields}\nrole: news-item\ndate: 2023`))).toEqual([]);
    expect(problemsOf(withFields(`${validFields}\nrole: statistics`))).toEqual([]);
  });

  it('lists the fields after an unknown one, in both languages', () => {
    const [problem] = problemsOf(withFields(`${validFields}\ncolour: blue`));
    expect(problem).toMatchObject({
      line: 5,
      zh: 'frontmatter：未知字段 "colour"；可用的字段：title、description、updated、role、date、draft',
      en: 'frontmatter: unknown field "colour"; the fields are title, description, updated, role, date, draft',
    });
  });

  it('reports a missing field when the unknown field beside it is not its misspelling', () => {
    const problems = summary(
      withFields('titel: 黄金海拔\ncolour: blue\ndescription: 高原康养项目。\nupdated: 2026-11-27'),
    );
    expect(problems.map(({ line }) => line)).toEqual([2, 3]);
    expect(problems.every(({ en }) => en.startsWith('frontmatter: unknown field'))).toBe(true);

    const missing = summary(
      withFields('colour: blue\ndescription: 高原康养项目。\nupdated: 2026-11-27'),
    );
    expect(missing.map(({ en }) => en).sort()).toEqual([
      'frontmatter: title is missing: add a line such as  title: 黄金海拔',
      'frontmatter: unknown field "colour"; the fields are title, description, updated, role, date, draft',
    ]);
    expect(problemsOf(withFields('description: 高原康养项目。\nupdated: 2026-11-27'))[0]!.zh).toBe(
      'frontmatter：缺少 title：请添加一行，例如  title: 黄金海拔',
    );
  });

  it('still reports a field of the wrong type beside its own misspelling', () => {
    const problems = summary(
      withFields('title: [a]\ntitel: 黄金海拔\ndescription: 高原康养项目。\nupdated: 2026-11-27'),
    );
    expect(problems).toEqual([
      {
        kind: 'frontmatter',
        line: 2,
        en: 'frontmatter: title must be text, e.g.  title: 黄金海拔',
      },
      {
        kind: 'frontmatter',
        line: 3,
        en: 'frontmatter: unknown field "titel" (did you mean "title"?); the fields are title, description, updated, role, date, draft',
      },
    ]);
  });

  it('places a problem at line 1 when the frontmatter is not a list of fields', () => {
    expect(summary(withFields('just a sentence'))).toEqual([
      { kind: 'frontmatter', line: 1, en: expect.stringMatching(/^frontmatter: /) },
    ]);
  });

  it('adds the quoting advice to a colon in a value, in Chinese too', () => {
    const [problem] = problemsOf(
      withFields('title: 黄金海拔\ndescription: 目标: 新型园区\nupdated: 2026-11-27'),
    );
    expect(problem!.zh).toMatch(
      /^frontmatter 不是有效的 YAML：.+（值里含有“冒号加空格”时，请用英文引号括起来，例如 {2}description: "…"）$/,
    );
    expect(problem!.en).toMatch(
      /^the frontmatter is not valid YAML: .+ \(a value that contains a colon followed by a space must be put in quotes, e\.g\. {2}description: "…"\)$/,
    );
  });

  it('gives other YAML mistakes without that advice', () => {
    const [problem] = problemsOf(withFields('title: "黄金海拔\ndescription: 高原康养项目。'));
    expect(problem!.en).toMatch(/^the frontmatter is not valid YAML: /);
    expect(problem!.en).not.toMatch(/quotes/);
    expect(problem!.zh).not.toMatch(/引号/);
  });
});

describe('the field messages, in both languages', () => {
  it.each([
    [
      'title: ""\ndescription: 高原康养项目。\nupdated: 2026-11-27',
      2,
      'frontmatter：title 为空：请填写，例如  title: 黄金海拔',
      'frontmatter: title is empty: write e.g.  title: 黄金海拔',
    ],
    [
      'title: 黄金海拔\nupdated: 2026-11-27',
      1,
      'frontmatter：缺少 description：请添加一行，例如  description: 生物园区的高原康养项目。',
      'frontmatter: description is missing: add a line such as  description: 生物园区的高原康养项目。',
    ],
    [
      'title: 黄金海拔\ndescription: [a]\nupdated: 2026-11-27',
      3,
      'frontmatter：description 必须是文字，例如  description: 生物园区的高原康养项目。',
      'frontmatter: description must be text, e.g.  description: 生物园区的高原康养项目。',
    ],
    [
      `${validFields.replace('2026-11-27', '27/11/2026')}`,
      4,
      'frontmatter：updated 必须是真实的日期，格式为 年-月-日，例如 2026-11-27',
      'frontmatter: updated must be a real date written YYYY-MM-DD, e.g. 2026-11-27',
    ],
    [
      `${validFields}\nrole: homepage`,
      5,
      'frontmatter：role 只能是 statistics、search、news、news-item 或 accessibility（普通页面不写 role）',
      'frontmatter: role must be statistics, search, news, news-item or accessibility (an ordinary page has no role)',
    ],
    [
      `${validFields}\ndate: 2023-13`,
      5,
      'frontmatter：date 必须写成 2023、2023-06 或 2023-06-30',
      'frontmatter: date must be written 2023, 2023-06 or 2023-06-30',
    ],
    [
      `${validFields}\ndate: [2023]`,
      5,
      'frontmatter：date 必须写成 2023、2023-06 或 2023-06-30',
      'frontmatter: date must be written 2023, 2023-06 or 2023-06-30',
    ],
    [
      `${validFields}\ndraft: yes please`,
      5,
      'frontmatter：draft 只能是 true 或 false',
      'frontmatter: draft must be true or false',
    ],
  ])('%j', (fields, line, zh, en) => {
    expect(problemsOf(withFields(fields))).toEqual([{ file, line, kind: 'frontmatter', zh, en }]);
  });

  it.each(['2023', '2023-06', '2023-06-30', '2023-12-31', '2023-01-01'])(
    'takes the date %s',
    (date) => {
      expect(problemsOf(withFields(`${validFields}\nrole: news-item\ndate: ${date}`))).toEqual([]);
    },
  );

  it.each(['2023-00', '2023-06-00', '2023-06-32', '23-06', '2023-6'])(
    'refuses the date %s',
    (date) => {
      expect(summary(withFields(`${validFields}\ndate: ${date}`)).map(({ line }) => line)).toEqual([
        5,
      ]);
    },
  );

  it('reads a trimmed title, and takes draft: true', () => {
    const page = checkPage(
      file,
      withFields(`title: "  黄金海拔  "\ndescription: 项目。\nupdated: 2026-11-27\ndraft: true`),
      figureIds,
    );
    expect(page.problems).toEqual([]);
    expect(page.frontmatter).toEqual({
      title: '黄金海拔',
      description: '项目。',
      updated: '2026-11-27',
      draft: true,
    });
  });
});

describe('code in a page', () => {
  it.each(['script', 'iframe', 'style', 'object', 'embed', 'link', 'meta', 'form'])(
    'refuses <%s>, and says nothing of what is inside it',
    (tag) => {
      const problems = problemsOf(withBody(`\n<${tag}><Figure id="nope" /></${tag}>\n`));
      expect(problems).toEqual([
        {
          file,
          line: 7,
          column: 1,
          kind: 'code-in-content',
          zh: `页面里不能使用 <${tag}>：它会运行代码或加载其他网站的内容。请删除`,
          en: `<${tag}> is not allowed in a page: it would run code or load content from other sites. Delete it`,
        },
      ]);
    },
  );

  it('refuses import and export', () => {
    expect(summary(withBody('\nexport const x = 1\n'))).toEqual([
      {
        kind: 'code-in-content',
        line: 7,
        en: 'import and export are not allowed in a page: content is content, not code. Delete the line',
      },
    ]);
  });

  it('quotes the expression it refuses, trimmed to 30 characters, in a paragraph or on its own line', () => {
    expect(summary(withBody('\n文字 {  1 + 1  } 文字\n'))).toEqual([
      {
        kind: 'code-in-content',
        line: 7,
        en: '{ } expressions are not allowed in a page: "{1 + 1}". To show a brace, write \\{ or \\}',
      },
    ]);
    expect(summary(withBody('\n{new Array(100).fill("padding").join(", ")}\n'))).toEqual([
      {
        kind: 'code-in-content',
        line: 7,
        en: '{ } expressions are not allowed in a page: "{new Array(100).fill("padding")}". To show a brace, write \\{ or \\}',
      },
    ]);
    expect(problemsOf(withBody('\n{ x }\n'))[0]!.zh).toBe(
      '页面里不能写 { } 表达式：“{x}”。若要显示花括号，请写成 \\{ 和 \\}',
    );
  });

  it('lets a comment for editors through, however it is spaced', () => {
    for (const comment of ['{/* a note */}', '{ /* a note */ }', '{/*x*/}', '{/* one\ntwo */}']) {
      expect(problemsOf(withBody(`\n${comment}\n\n文字 ${comment} 文字\n`)), comment).toEqual([]);
    }
  });

  it('refuses code beside a comment', () => {
    for (const expression of ['{1 /* a */}', '{/* a */ 1}']) {
      expect(
        summary(withBody(`\n${expression}\n`)).map(({ kind }) => kind),
        expression,
      ).toEqual(['code-in-content']);
    }
  });

  it('refuses an attribute written as an expression, once, and no id is then "missing"', () => {
    expect(summary(withBody('\n<Figure id={"park-altitude-band"} />\n'))).toEqual([
      {
        kind: 'code-in-content',
        line: 7,
        en: '<Figure> attributes must be plain text in quotes, such as id="park-altitude-band", not { } expressions',
      },
    ]);
  });

  it('refuses an attribute without a value, as it refuses an expression', () => {
    expect(summary(withBody('\n<Figure id />\n'))).toEqual([
      {
        kind: 'code-in-content',
        line: 7,
        en: '<Figure> attributes must be plain text in quotes, such as id="park-altitude-band", not { } expressions',
      },
    ]);
  });

  it('refuses spread attributes, and asks for the id they hid', () => {
    expect(summary(withBody('\n<Figure {...props} />\n')).map(({ kind }) => kind)).toEqual([
      'code-in-content',
      'missing-attribute',
    ]);
  });
});

describe('components and their attributes', () => {
  it('calls a lower-case tag HTML and lists the components', () => {
    const [problem] = problemsOf(withBody('\n<div>文字</div>\n'));
    expect(problem).toMatchObject({
      kind: 'unknown-component',
      en: `unknown component <div>: HTML tags are not allowed in a page, use Markdown. The components are ${componentList}`,
      zh: `未知的组件 <div>：页面里不能写 HTML 标签，请用 Markdown。可用的组件：${componentList}`,
    });
  });

  it('does not call an unknown capitalised name HTML', () => {
    const [problem] = problemsOf(withBody('\n<Xylophone />\n'));
    expect(problem!.en).toBe(`unknown component <Xylophone>. The components are ${componentList}`);
    expect(problem!.zh).toBe(`未知的组件 <Xylophone>。可用的组件：${componentList}`);
  });

  it('still checks what is inside an unknown component and inside a known one', () => {
    expect(
      summary(withBody('\n<Unknown>\n  <Figure id="nope" />\n</Unknown>\n')).map(
        ({ kind }) => kind,
      ),
    ).toEqual(['unknown-component', 'unknown-figure']);
    expect(
      summary(withBody('\n<FigureGrid>\n  <FigureCard id="nope" />\n</FigureGrid>\n')),
    ).toEqual([
      {
        kind: 'unknown-figure',
        line: 8,
        en: 'unknown figure id "nope": no figure in content/figures/ has this id',
      },
    ]);
  });

  it.each([
    ['<Figure />', 'id'],
    ['<FigureCard />', 'id'],
    ['<Figure id="   " />', 'id'],
    ['<FigureChart ids="park-altitude-band" />', 'title'],
    ['<FigureChart title="海拔" />', 'ids'],
  ])('asks %s for its %s', (tag, attribute) => {
    const name = /<(\w+)/.exec(tag)![1];
    const [problem] = problemsOf(withBody(`\n${tag}\n`));
    expect(problem).toMatchObject({
      kind: 'missing-attribute',
      en: `<${name}> needs ${attribute}, e.g. <${name} ${attribute}="park-altitude-band" />`,
      zh: `<${name}> 缺少 ${attribute}，例如 <${name} ${attribute}="park-altitude-band" />`,
    });
  });

  it('reads the ids of a chart however they are spaced, and names each unknown one', () => {
    const chart = (ids: string) => withBody(`\n<FigureChart title="海拔" ids="${ids}" />\n`);
    expect(problemsOf(chart('park-altitude-band   ideal-altitude-band'))).toEqual([]);
    expect(summary(chart('park-altitude-band nope also-nope')).map(({ en }) => en)).toEqual([
      'unknown figure id "nope": no figure in content/figures/ has this id',
      'unknown figure id "also-nope": no figure in content/figures/ has this id',
    ]);
  });

  it('does not judge ids while the figures cannot be read', () => {
    expect(checkPage(file, withBody('\n<Figure id="nope" />\n'), undefined).problems).toEqual([]);
  });
});

describe('images', () => {
  it('asks for alternative text when it is empty or only spaces', () => {
    for (const image of ['![](/images/a.png)', '![   ](/images/a.png)']) {
      expect(summary(withBody(`\n${image}\n`)), image).toEqual([
        {
          kind: 'image',
          line: 7,
          en: 'the image has no alternative text: describe it inside ![ ], e.g. ![Beichuan Wetland Park](/images/wetland.jpg)',
        },
      ]);
    }
  });

  it('collects links and images with their places, for the checks across pages', () => {
    const page = checkPage(
      file,
      withBody('\n[统计](/zh/statistics/) 与 ![海拔图](/images/a.png)\n'),
      figureIds,
    );
    expect(page.links).toEqual([{ url: '/zh/statistics/', line: 7, column: 1 }]);
    expect(page.images).toEqual([{ url: '/images/a.png', line: 7, column: 25 }]);
  });
});
