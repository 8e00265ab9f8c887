import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/load';
import type { Problem } from '@/lib/content/errors';
import { copyProject } from '../support/project-copy';

// The site built from the test-only content set of tests/fixtures/content-set/ (fictional “测试园区
// / Test Park” data, see its README): every qualifier, a range, as-of, during and proposed
// periods, a source with and one without a web address, a figure with two observations, a draft
// page, a news item dated only by year and one with a full date. It is built once, with
// `npm run build`, in a temporary copy of the project; the real content/ is never touched.
//
// Every expected value below is written out by hand, from the fixture and the words of
// content/messages/ (FigureQualifier, FigurePeriod, FigureSource, Units): none is computed with
// the formatter, the permalink builder or any other code that made the site.

const fixture = 'tests/fixtures/content-set';
/** What the fixture replaces in the copy's content/; the interface strings stay the real ones. */
const replaced = ['zh', 'en', 'figures', 'site.ts', 'terms.ts'];
const siteUrl = 'https://test-park.example';

let copy = '';
let problems: Problem[] = [];
let build: { status: number | null; output: string } = { status: null, output: '' };

beforeAll(() => {
  copy = copyProject('park-fixture-site-');
  for (const name of replaced) {
    rmSync(path.join(copy, 'content', name), { recursive: true, force: true });
    cpSync(path.join(fixture, name), path.join(copy, 'content', name), { recursive: true });
  }
  problems = checkContent(copy).problems;
  // The build exactly as package.json writes it (check, bundles, next build, Pagefind, postbuild).
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: siteUrl },
  });
  build = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}, 480_000);

// The copy holds some 40,000 hard links into node_modules; removing them can take a while.
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
}, 120_000);

const read = (file: string) => readFileSync(path.join(copy, 'out', file), 'utf8');

// —— HTML, read with a real parser (parse5) ——

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every element below `node`, in document order. */
function descendants(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.flatMap((child) =>
    isElement(child) ? [child, ...descendants(child)] : descendants(child),
  );
}

const attribute = (element: Element, name: string) =>
  element.attrs.find((each) => each.name === name)?.value;

/** The text of a node, as a reader sees it (comments left out). */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function only(elements: Element[], what: string): Element {
  expect(elements, what).toHaveLength(1);
  return elements[0]!;
}

const page = (file: string) => parseHtml(read(file));

/** A figure's entry on the Statistics page, as its parts read. */
function statisticsEntry(locale: 'zh' | 'en', id: string) {
  const entry = only(
    descendants(page(`${locale}/statistics/index.html`)).filter(
      (element) => element.tagName === 'article' && attribute(element, 'id') === id,
    ),
    `the entry #${id}`,
  );
  const inside = descendants(entry);
  const list = only(
    inside.filter((element) => element.tagName === 'dl'),
    `the details of #${id}`,
  );
  return {
    label: textOf(
      only(
        inside.filter((element) => element.tagName === 'h3'),
        'label',
      ),
    ),
    value: textOf(
      only(
        inside.filter((element) => attribute(element, 'data-testid') === 'figure-value'),
        'value',
      ),
    ),
    /** Each term of the entry's details and what it says, in order. */
    details: list.childNodes
      .filter(isElement)
      .map((element) => [element.tagName, textOf(element)] as const),
    /** The addresses the details link to. */
    links: descendants(list)
      .filter((element) => element.tagName === 'a')
      .map((element) => attribute(element, 'href')),
    /** The items of the list of earlier values. */
    earlier: descendants(list)
      .filter((element) => element.tagName === 'li')
      .map(textOf),
    citation: textOf(
      only(
        inside.filter((element) => attribute(element, 'id') === `cite-${id}`),
        'citation',
      ),
    ),
  };
}

// —— The expected Statistics page, written by hand ——

const sourceWithoutUrl = {
  zh: '测试记者：《测试园区测试报道（虚构）》，报刊名称未注明，2023年',
  en: 'Test Reporter, “Test Park test report (fictional)”, [newspaper not named in the article], 2023',
};
const sourceWithUrl = {
  zh: '测试作者：《测试园区年度测试数据（虚构）》，《测试日报》，2024年3月15日，https://example.org/test-park/report',
  en: 'Test Author, “Test Park annual test data (fictional)”, Test Daily, 15 March 2024, https://example.org/test-park/report',
};
const reportUrl = 'https://example.org/test-park/report';

interface ExpectedEntry {
  label: string;
  value: string;
  /** The entry's details, term by term: dt, dd, dt, dd… */
  details: string[];
  links: string[];
  earlier: string[];
}

const entry = (
  label: string,
  value: string,
  details: string[],
  links: string[] = [],
  earlier: string[] = [],
): ExpectedEntry => ({ label, value, details, links, earlier });

const expectedEntries: Record<'zh' | 'en', Record<string, ExpectedEntry>> = {
  zh: {
    'test-exact': entry('测试企业数', '71家', [
      '时间',
      '截至2023年',
      '定义',
      '虚构的测试数据：精确值。',
      '来源',
      sourceWithoutUrl.zh,
    ]),
    'test-more-than-count': entry(
      '测试人才数',
      '40余名',
      ['时间', '2022年', '定义', '虚构的测试数据：多于某个数的人数。', '来源', sourceWithUrl.zh],
      [reportUrl],
    ),
    'test-more-than-share': entry('测试占比', '70%以上', [
      '时间',
      '截至2023年',
      '定义',
      '虚构的测试数据：多于某个百分比。',
      '来源',
      sourceWithoutUrl.zh,
    ]),
    'test-at-least': entry('测试平台数', '至少12个', [
      '时间',
      '截至2023年',
      '定义',
      '虚构的测试数据：下限。',
      '来源',
      sourceWithoutUrl.zh,
    ]),
    'test-about': entry('测试距离', '约5.5公里', [
      '时间',
      '截至2023年',
      '定义',
      '虚构的测试数据：约数。',
      '来源',
      sourceWithoutUrl.zh,
    ]),
    'test-nearly': entry('测试年数', '近30年', [
      '时间',
      '2022年',
      '定义',
      '虚构的测试数据：接近某个数。',
      '来源',
      sourceWithoutUrl.zh,
    ]),
    'test-range': entry('测试海拔范围', '2240–12,500米', [
      '时间',
      '截至2023年',
      '定义',
      '虚构的测试数据：一个范围。',
      '来源',
      sourceWithoutUrl.zh,
    ]),
    // The theme's figures share their newest source: it is stated once, above them.
    'test-series': entry(
      '测试园区企业总数',
      '64家',
      [
        '时间',
        '截至2023年',
        '定义',
        '虚构的测试数据：两年的数值。',
        '往期数值',
        '截至2021年：50家',
      ],
      [],
      ['截至2021年：50家'],
    ),
    'test-proposed': entry('测试理想海拔', '约2220–2500米', [
      '性质',
      '测试专家提出（2023年报道）',
      '定义',
      '虚构的测试数据：有人提出的数值。',
    ]),
  },
  en: {
    'test-exact': entry('Test enterprises', '71 enterprises', [
      'Period',
      'as of 2023',
      'Definition',
      'Fictional test data: an exact value.',
      'Source',
      sourceWithoutUrl.en,
    ]),
    'test-more-than-count': entry(
      'Test talents',
      'more than 40 people',
      [
        'Period',
        'in 2022',
        'Definition',
        'Fictional test data: more than a count of people.',
        'Source',
        sourceWithUrl.en,
      ],
      [reportUrl],
    ),
    'test-more-than-share': entry('Test share', 'more than 70%', [
      'Period',
      'as of 2023',
      'Definition',
      'Fictional test data: more than a percentage.',
      'Source',
      sourceWithoutUrl.en,
    ]),
    'test-at-least': entry('Test platforms', 'at least 12 platforms', [
      'Period',
      'as of 2023',
      'Definition',
      'Fictional test data: a lower bound.',
      'Source',
      sourceWithoutUrl.en,
    ]),
    'test-about': entry('Test distance', 'about 5.5 km', [
      'Period',
      'as of 2023',
      'Definition',
      'Fictional test data: an approximate value.',
      'Source',
      sourceWithoutUrl.en,
    ]),
    'test-nearly': entry('Test years', 'nearly 30 years', [
      'Period',
      'in 2022',
      'Definition',
      'Fictional test data: nearly a number.',
      'Source',
      sourceWithoutUrl.en,
    ]),
    'test-range': entry('Test altitude range', '2,240–12,500 m', [
      'Period',
      'as of 2023',
      'Definition',
      'Fictional test data: a range.',
      'Source',
      sourceWithoutUrl.en,
    ]),
    'test-series': entry(
      'Enterprises in the Test Park',
      '64 enterprises',
      [
        'Period',
        'as of 2023',
        'Definition',
        'Fictional test data: values for two years.',
        'Earlier values',
        'as of 2021: 50 enterprises',
      ],
      [],
      ['as of 2021: 50 enterprises'],
    ),
    'test-proposed': entry('Test ideal altitude', 'about 2,220–2,500 m', [
      'Status',
      'proposed by Test Expert (reported 2023)',
      'Definition',
      'Fictional test data: a value someone proposed.',
    ]),
  },
};

/** The overview table at the top of Statistics: figure, value, period, row by row. */
const expectedOverview = {
  zh: [
    ['测试数据：修饰词'],
    ['测试企业数', '71家', '截至2023年'],
    ['测试人才数', '40余名', '2022年'],
    ['测试占比', '70%以上', '截至2023年'],
    ['测试平台数', '至少12个', '截至2023年'],
    ['测试距离', '约5.5公里', '截至2023年'],
    ['测试年数', '近30年', '2022年'],
    ['测试海拔范围', '2240–12,500米', '截至2023年'],
    ['测试数据：时间序列'],
    ['测试园区企业总数', '64家', '截至2023年'],
    ['测试理想海拔', '约2220–2500米', '测试专家提出（2023年报道）'],
  ],
  en: [
    ['Test figures: qualifiers'],
    ['Test enterprises', '71 enterprises', 'as of 2023'],
    ['Test talents', 'more than 40 people', 'in 2022'],
    ['Test share', 'more than 70%', 'as of 2023'],
    ['Test platforms', 'at least 12 platforms', 'as of 2023'],
    ['Test distance', 'about 5.5 km', 'as of 2023'],
    ['Test years', 'nearly 30 years', 'in 2022'],
    ['Test altitude range', '2,240–12,500 m', 'as of 2023'],
    ['Test figures: time series'],
    ['Enterprises in the Test Park', '64 enterprises', 'as of 2023'],
    ['Test ideal altitude', 'about 2,220–2,500 m', 'proposed by Test Expert (reported 2023)'],
  ],
};

describe('the site built from the fixture content set', () => {
  it('passes the content checker', () => {
    expect(problems).toEqual([]);
  });

  it('builds', () => {
    expect(build.status, build.output.slice(-4000)).toBe(0);
  });

  describe('Statistics', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const [id, expected] of Object.entries(expectedEntries[locale])) {
        it(`${locale}: #${id} shows its value, period, source and earlier values in its own entry`, () => {
          const shown = statisticsEntry(locale, id);
          expect(shown.label).toBe(expected.label);
          expect(shown.value).toBe(expected.value);
          expect(shown.details.map(([, text]) => text)).toEqual(expected.details);
          expect(shown.details.map(([tag]) => tag)).toEqual(
            expected.details.map((_, index) => (index % 2 === 0 ? 'dt' : 'dd')),
          );
          expect(shown.links).toEqual(expected.links);
          expect(shown.earlier).toEqual(expected.earlier);
        });
      }

      it(`${locale}: lists every figure in the overview table with its newest value and period`, () => {
        const table = only(
          descendants(page(`${locale}/statistics/index.html`)).filter(
            (element) => attribute(element, 'data-testid') === 'figures-overview',
          ),
          'the overview table',
        );
        const rows = descendants(table)
          .filter((element) => element.tagName === 'tr')
          .slice(1) // the column headings
          .map((row) => row.childNodes.filter(isElement).map(textOf));
        expect(rows).toEqual(expectedOverview[locale]);
      });
    }

    it('states a source every figure of a theme shares once, linking its web address', () => {
      const stated = (locale: 'zh' | 'en') =>
        descendants(page(`${locale}/statistics/index.html`))
          .filter((element) => attribute(element, 'data-testid') === 'group-source')
          .map((element) => ({
            text: textOf(element),
            links: descendants(element)
              .filter((each) => each.tagName === 'a')
              .map((each) => attribute(each, 'href')),
          }));
      expect(stated('zh')).toEqual([
        {
          text: '本节全部数据的来源：测试作者：《测试园区年度测试数据（虚构）》，《测试日报》，2024年3月15日，https://example.org/test-park/report。',
          links: [reportUrl],
        },
      ]);
      expect(stated('en')).toEqual([
        {
          text: 'Source of every figure in this section: Test Author, “Test Park annual test data (fictional)”, Test Daily, 15 March 2024, https://example.org/test-park/report.',
          links: [reportUrl],
        },
      ]);
    });

    it('cites the newest value of the time series, with its own source', () => {
      expect(statisticsEntry('zh', 'test-series').citation).toMatch(
        /^测试作者：《测试园区年度测试数据（虚构）》，《测试日报》，2024年3月15日，https:\/\/example\.org\/test-park\/report。测试园区企业总数：64家，截至2023年。转引自测试园区（虚构的测试数据）网站：https:\/\/test-park\.example\/zh\/statistics\/#test-series（访问日期：\d{4}年\d{1,2}月\d{1,2}日）。$/,
      );
      expect(statisticsEntry('en', 'test-series').citation).toMatch(
        /^Test Author, “Test Park annual test data \(fictional\)”, Test Daily, 15 March 2024, https:\/\/example\.org\/test-park\/report\. Enterprises in the Test Park: 64 enterprises, as of 2023\. Cited from the website of the Test Park \(fictional test data\): https:\/\/test-park\.example\/en\/statistics\/#test-series \(accessed \d{1,2} \w+ \d{4}\)\.$/,
      );
    });
  });

  describe('the home page', () => {
    it('cites the figures inline and in cards, each card with its own source', () => {
      for (const [locale, expected] of Object.entries({
        zh: {
          inline: '约5.5公里',
          cards: [
            ['测试园区企业总数', '64家', '截至2023年', `来源：${sourceWithUrl.zh}`],
            ['测试海拔范围', '2240–12,500米', '截至2023年', `来源：${sourceWithoutUrl.zh}`],
          ],
        },
        en: {
          inline: 'about 5.5 km',
          cards: [
            [
              'Enterprises in the Test Park',
              '64 enterprises',
              'as of 2023',
              `Source: ${sourceWithUrl.en}`,
            ],
            [
              'Test altitude range',
              '2,240–12,500 m',
              'as of 2023',
              `Source: ${sourceWithoutUrl.en}`,
            ],
          ],
        },
      })) {
        const elements = descendants(page(`${locale}/index.html`));
        const inline = only(
          elements.filter(
            (element) =>
              element.tagName === 'span' && attribute(element, 'data-figure-id') === 'test-about',
          ),
          'the inline figure',
        );
        expect(textOf(inline)).toBe(expected.inline);
        const cards = elements.filter(
          (element) => element.tagName === 'div' && attribute(element, 'data-figure-id'),
        );
        expect(cards.map((card) => card.childNodes.filter(isElement).map(textOf))).toEqual(
          expected.cards,
        );
        expect(
          cards.map((card) =>
            descendants(card)
              .filter((element) => element.tagName === 'a')
              .map((element) => attribute(element, 'href')),
          ),
        ).toEqual([
          [`/${locale}/statistics/#test-series`, reportUrl],
          [`/${locale}/statistics/#test-range`],
        ]);
      }
    });
    it('without the altitude figures, has a plain title and no drawing', () => {
      for (const [locale, title] of Object.entries({ zh: '测试园区', en: 'Test Park' })) {
        const elements = descendants(page(`${locale}/index.html`));
        const headings = elements.filter((element) => element.tagName === 'h1');
        expect(headings.map(textOf)).toEqual([title]);
        expect(
          elements.some((element) => attribute(element, 'data-altitude-profile') !== undefined),
        ).toBe(false);
      }
    });

    it('shows a contact that is set as a call to action, under its own heading', () => {
      for (const [locale, heading] of Object.entries({
        zh: '联系测试园区管委会',
        en: 'Contact the Test Park Committee',
      })) {
        const box = only(
          descendants(page(`${locale}/index.html`)).filter(
            (element) => attribute(element, 'data-testid') === 'contact-call-to-action',
          ),
          'the call to action',
        );
        const inside = descendants(box);
        expect(inside.filter((element) => element.tagName === 'h2').map(textOf)).toEqual([heading]);
        expect(
          inside
            .filter((element) => element.tagName === 'a')
            .map((link) => attribute(link, 'href')),
        ).toEqual(['mailto:office@test-park.example']);
      }
    });
  });

  describe('downloads', () => {
    const theme = {
      a: ['测试数据：修饰词', 'Test figures: qualifiers'],
      b: ['测试数据：时间序列', 'Test figures: time series'],
    };
    // source_type, author, title, publisher (zh, en each), date, url
    const withoutUrl = [
      'press-article',
      '测试记者',
      'Test Reporter',
      '测试园区测试报道（虚构）',
      'Test Park test report (fictional)',
      '',
      '',
      '2023',
      '',
    ];
    const withUrl = [
      'press-article',
      '测试作者',
      'Test Author',
      '测试园区年度测试数据（虚构）',
      'Test Park annual test data (fictional)',
      '测试日报',
      'Test Daily',
      '2024-03-15',
      'https://example.org/test-park/report',
    ];
    const permalinks = (id: string) => [
      `https://test-park.example/zh/statistics/#${id}`,
      `https://test-park.example/en/statistics/#${id}`,
    ];
    const header = [
      'id',
      'theme_zh',
      'theme_en',
      'label_zh',
      'label_en',
      'value',
      'value_from',
      'value_to',
      'qualifier',
      'unit',
      'unit_zh',
      'unit_en',
      'formatted_zh',
      'formatted_en',
      'period_year',
      'period_basis',
      'proposed_by_zh',
      'proposed_by_en',
      'formatted_period_zh',
      'formatted_period_en',
      'definition_zh',
      'definition_en',
      'source_type',
      'source_author_zh',
      'source_author_en',
      'source_title_zh',
      'source_title_en',
      'source_publisher_zh',
      'source_publisher_en',
      'source_date',
      'source_url',
      'permalink_zh',
      'permalink_en',
    ];
    // One row per figure and observation, in the order of the files and of the figures.
    // prettier-ignore
    const rows = [
      ['test-exact', ...theme.a, '测试企业数', 'Test enterprises', '71', '', '', 'exact', 'enterprise', '家', 'enterprises', '71家', '71 enterprises', '2023', 'as-of', '', '', '截至2023年', 'as of 2023', '虚构的测试数据：精确值。', 'Fictional test data: an exact value.', ...withoutUrl, ...permalinks('test-exact')],
      ['test-more-than-count', ...theme.a, '测试人才数', 'Test talents', '40', '', '', 'more-than', 'person', '名', 'people', '40余名', 'more than 40 people', '2022', 'during', '', '', '2022年', 'in 2022', '虚构的测试数据：多于某个数的人数。', 'Fictional test data: more than a count of people.', ...withUrl, ...permalinks('test-more-than-count')],
      ['test-more-than-share', ...theme.a, '测试占比', 'Test share', '70', '', '', 'more-than', 'percent', '%', '%', '70%以上', 'more than 70%', '2023', 'as-of', '', '', '截至2023年', 'as of 2023', '虚构的测试数据：多于某个百分比。', 'Fictional test data: more than a percentage.', ...withoutUrl, ...permalinks('test-more-than-share')],
      ['test-at-least', ...theme.a, '测试平台数', 'Test platforms', '12', '', '', 'at-least', 'platform', '个', 'platforms', '至少12个', 'at least 12 platforms', '2023', 'as-of', '', '', '截至2023年', 'as of 2023', '虚构的测试数据：下限。', 'Fictional test data: a lower bound.', ...withoutUrl, ...permalinks('test-at-least')],
      ['test-about', ...theme.a, '测试距离', 'Test distance', '5.5', '', '', 'about', 'kilometre', '公里', 'km', '约5.5公里', 'about 5.5 km', '2023', 'as-of', '', '', '截至2023年', 'as of 2023', '虚构的测试数据：约数。', 'Fictional test data: an approximate value.', ...withoutUrl, ...permalinks('test-about')],
      ['test-nearly', ...theme.a, '测试年数', 'Test years', '30', '', '', 'nearly', 'year', '年', 'years', '近30年', 'nearly 30 years', '2022', 'during', '', '', '2022年', 'in 2022', '虚构的测试数据：接近某个数。', 'Fictional test data: nearly a number.', ...withoutUrl, ...permalinks('test-nearly')],
      ['test-range', ...theme.a, '测试海拔范围', 'Test altitude range', '', '2240', '12500', 'exact', 'metre', '米', 'm', '2240–12,500米', '2,240–12,500 m', '2023', 'as-of', '', '', '截至2023年', 'as of 2023', '虚构的测试数据：一个范围。', 'Fictional test data: a range.', ...withoutUrl, ...permalinks('test-range')],
      ['test-series', ...theme.b, '测试园区企业总数', 'Enterprises in the Test Park', '50', '', '', 'exact', 'enterprise', '家', 'enterprises', '50家', '50 enterprises', '2021', 'as-of', '', '', '截至2021年', 'as of 2021', '虚构的测试数据：两年的数值。', 'Fictional test data: values for two years.', ...withoutUrl, ...permalinks('test-series')],
      ['test-series', ...theme.b, '测试园区企业总数', 'Enterprises in the Test Park', '64', '', '', 'exact', 'enterprise', '家', 'enterprises', '64家', '64 enterprises', '2023', 'as-of', '', '', '截至2023年', 'as of 2023', '虚构的测试数据：两年的数值。', 'Fictional test data: values for two years.', ...withUrl, ...permalinks('test-series')],
      ['test-proposed', ...theme.b, '测试理想海拔', 'Test ideal altitude', '', '2220', '2500', 'about', 'metre', '米', 'm', '约2220–2500米', 'about 2,220–2,500 m', '2023', 'proposed', '测试专家', 'Test Expert', '测试专家提出（2023年报道）', 'proposed by Test Expert (reported 2023)', '虚构的测试数据：有人提出的数值。', 'Fictional test data: a value someone proposed.', ...withUrl, ...permalinks('test-proposed')],
    ];

    it('figures.csv has every row and every column, in both languages, as written by hand', () => {
      const csv = read('data/figures.csv');
      expect(csv.startsWith('\uFEFFid,theme_zh,')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      const records: string[][] = parseCsv(csv, { bom: true });
      expect(records[0]).toEqual(header);
      expect(records.slice(1)).toEqual(rows);
    });

    it('figures.json has every theme, figure, observation and source, as written by hand', () => {
      const sourceA = {
        type: 'press-article',
        title: { zh: '测试园区测试报道（虚构）', en: 'Test Park test report (fictional)' },
        author: { zh: '测试记者', en: 'Test Reporter' },
        publisher: null,
        date: '2023',
        url: null,
      };
      const sourceB = {
        type: 'press-article',
        title: { zh: '测试园区年度测试数据（虚构）', en: 'Test Park annual test data (fictional)' },
        author: { zh: '测试作者', en: 'Test Author' },
        publisher: { zh: '测试日报', en: 'Test Daily' },
        date: '2024-03-15',
        url: 'https://example.org/test-park/report',
      };
      const links = (id: string) => ({
        zh: `https://test-park.example/zh/statistics/#${id}`,
        en: `https://test-park.example/en/statistics/#${id}`,
      });
      const asOf = (year: number) => ({ year, basis: 'as-of' });
      expect(JSON.parse(read('data/figures.json'))).toEqual({
        name: {
          zh: '测试园区（虚构的测试数据）统计数据',
          en: 'Statistics of the Test Park (fictional test data)',
        },
        website: {
          name: { zh: '测试园区（虚构的测试数据）', en: 'Test Park (fictional test data)' },
          url: 'https://test-park.example/',
        },
        sources: [sourceA, sourceB],
        themes: [
          {
            id: 'a-qualifiers',
            title: { zh: '测试数据：修饰词', en: 'Test figures: qualifiers' },
            figures: [
              {
                id: 'test-exact',
                unit: 'enterprise',
                label: { zh: '测试企业数', en: 'Test enterprises' },
                definition: {
                  zh: '虚构的测试数据：精确值。',
                  en: 'Fictional test data: an exact value.',
                },
                observations: [
                  { value: 71, qualifier: 'exact', period: asOf(2023), source: sourceA },
                ],
                unitText: { zh: '家', en: 'enterprises' },
                permalinks: links('test-exact'),
              },
              {
                id: 'test-more-than-count',
                unit: 'person',
                label: { zh: '测试人才数', en: 'Test talents' },
                definition: {
                  zh: '虚构的测试数据：多于某个数的人数。',
                  en: 'Fictional test data: more than a count of people.',
                },
                observations: [
                  {
                    value: 40,
                    qualifier: 'more-than',
                    period: { year: 2022, basis: 'during' },
                    source: sourceB,
                  },
                ],
                unitText: { zh: '名', en: 'people' },
                permalinks: links('test-more-than-count'),
              },
              {
                id: 'test-more-than-share',
                unit: 'percent',
                label: { zh: '测试占比', en: 'Test share' },
                definition: {
                  zh: '虚构的测试数据：多于某个百分比。',
                  en: 'Fictional test data: more than a percentage.',
                },
                observations: [
                  { value: 70, qualifier: 'more-than', period: asOf(2023), source: sourceA },
                ],
                unitText: { zh: '%', en: '%' },
                permalinks: links('test-more-than-share'),
              },
              {
                id: 'test-at-least',
                unit: 'platform',
                label: { zh: '测试平台数', en: 'Test platforms' },
                definition: {
                  zh: '虚构的测试数据：下限。',
                  en: 'Fictional test data: a lower bound.',
                },
                observations: [
                  { value: 12, qualifier: 'at-least', period: asOf(2023), source: sourceA },
                ],
                unitText: { zh: '个', en: 'platforms' },
                permalinks: links('test-at-least'),
              },
              {
                id: 'test-about',
                unit: 'kilometre',
                label: { zh: '测试距离', en: 'Test distance' },
                definition: {
                  zh: '虚构的测试数据：约数。',
                  en: 'Fictional test data: an approximate value.',
                },
                observations: [
                  { value: 5.5, qualifier: 'about', period: asOf(2023), source: sourceA },
                ],
                unitText: { zh: '公里', en: 'km' },
                permalinks: links('test-about'),
              },
              {
                id: 'test-nearly',
                unit: 'year',
                label: { zh: '测试年数', en: 'Test years' },
                definition: {
                  zh: '虚构的测试数据：接近某个数。',
                  en: 'Fictional test data: nearly a number.',
                },
                observations: [
                  {
                    value: 30,
                    qualifier: 'nearly',
                    period: { year: 2022, basis: 'during' },
                    source: sourceA,
                  },
                ],
                unitText: { zh: '年', en: 'years' },
                permalinks: links('test-nearly'),
              },
              {
                id: 'test-range',
                unit: 'metre',
                label: { zh: '测试海拔范围', en: 'Test altitude range' },
                definition: {
                  zh: '虚构的测试数据：一个范围。',
                  en: 'Fictional test data: a range.',
                },
                observations: [
                  {
                    value: { from: 2240, to: 12500 },
                    qualifier: 'exact',
                    period: asOf(2023),
                    source: sourceA,
                  },
                ],
                unitText: { zh: '米', en: 'm' },
                permalinks: links('test-range'),
              },
            ],
          },
          {
            id: 'b-series',
            title: { zh: '测试数据：时间序列', en: 'Test figures: time series' },
            figures: [
              {
                id: 'test-series',
                unit: 'enterprise',
                label: { zh: '测试园区企业总数', en: 'Enterprises in the Test Park' },
                definition: {
                  zh: '虚构的测试数据：两年的数值。',
                  en: 'Fictional test data: values for two years.',
                },
                observations: [
                  { value: 50, qualifier: 'exact', period: asOf(2021), source: sourceA },
                  { value: 64, qualifier: 'exact', period: asOf(2023), source: sourceB },
                ],
                unitText: { zh: '家', en: 'enterprises' },
                permalinks: links('test-series'),
              },
              {
                id: 'test-proposed',
                unit: 'metre',
                label: { zh: '测试理想海拔', en: 'Test ideal altitude' },
                definition: {
                  zh: '虚构的测试数据：有人提出的数值。',
                  en: 'Fictional test data: a value someone proposed.',
                },
                observations: [
                  {
                    value: { from: 2220, to: 2500 },
                    qualifier: 'about',
                    period: {
                      year: 2023,
                      basis: 'proposed',
                      by: { zh: '测试专家', en: 'Test Expert' },
                    },
                    source: sourceB,
                  },
                ],
                unitText: { zh: '米', en: 'm' },
                permalinks: links('test-proposed'),
              },
            ],
          },
        ],
      });
    });
  });

  describe('drafts and the sitemap', () => {
    const published = {
      'https://test-park.example/zh/': '2026-01-05',
      'https://test-park.example/zh/news/': '2026-01-07',
      'https://test-park.example/zh/news/test-full-date/': '2026-02-20',
      'https://test-park.example/zh/news/test-year-only/': '2026-01-10',
      'https://test-park.example/zh/statistics/': '2026-01-06',
      'https://test-park.example/en/': '2026-01-05',
      'https://test-park.example/en/news/': '2026-01-07',
      'https://test-park.example/en/news/test-full-date/': '2026-02-20',
      'https://test-park.example/en/news/test-year-only/': '2026-01-10',
      'https://test-park.example/en/statistics/': '2026-01-06',
    };

    it('sitemap.xml lists every published page with its date, and not the draft', () => {
      const urls: { loc: string; lastmod: string }[] = [
        new XMLParser().parse(read('sitemap.xml')).urlset.url,
      ].flat();
      expect(Object.fromEntries(urls.map((url) => [url.loc, url.lastmod]))).toEqual(published);
      expect(urls).toHaveLength(10);
      expect(read('sitemap.xml')).not.toContain('test-draft');
    });

    it('builds the published pages and not the draft, in either language', () => {
      for (const locale of ['zh', 'en']) {
        for (const slug of [
          '',
          'news/',
          'news/test-full-date/',
          'news/test-year-only/',
          'statistics/',
        ]) {
          expect(existsSync(path.join(copy, 'out', locale, slug, 'index.html')), slug).toBe(true);
        }
        expect(existsSync(path.join(copy, 'out', locale, 'test-draft'))).toBe(false);
        expect(read(`${locale}/index.html`)).not.toContain('test-draft');
      }
    });
  });

  describe('news and feeds', () => {
    const expectedFeeds = {
      zh: {
        lang: 'zh-Hans',
        title: '测试园区：园区动态',
        updated: '2026-02-20T00:00:00.000Z',
        entries: [
          {
            title: '测试园区有完整日期的测试动态',
            id: 'https://test-park.example/zh/news/test-full-date/',
            link: 'https://test-park.example/zh/news/test-full-date/',
            updated: '2026-02-20T00:00:00.000Z',
            published: '2026-02-20T00:00:00.000Z',
            summary: '2024-03-15 · 一条写明年月日的虚构测试动态。',
          },
          {
            title: '测试园区只知年份的测试动态',
            id: 'https://test-park.example/zh/news/test-year-only/',
            link: 'https://test-park.example/zh/news/test-year-only/',
            updated: '2026-01-10T00:00:00.000Z',
            published: '2026-01-10T00:00:00.000Z',
            summary: '2021 · 一条只写年份的虚构测试动态。',
          },
        ],
      },
      en: {
        lang: 'en',
        title: 'Test Park: news',
        updated: '2026-02-20T00:00:00.000Z',
        entries: [
          {
            title: 'Test Park news with a full date',
            id: 'https://test-park.example/en/news/test-full-date/',
            link: 'https://test-park.example/en/news/test-full-date/',
            updated: '2026-02-20T00:00:00.000Z',
            published: '2026-02-20T00:00:00.000Z',
            summary: '2024-03-15 · A fictional test news item dated to the day.',
          },
          {
            title: 'Test Park news dated by year only',
            id: 'https://test-park.example/en/news/test-year-only/',
            link: 'https://test-park.example/en/news/test-year-only/',
            updated: '2026-01-10T00:00:00.000Z',
            published: '2026-01-10T00:00:00.000Z',
            summary: '2021 · A fictional test news item dated only by its year.',
          },
        ],
      },
    };

    for (const locale of ['zh', 'en'] as const) {
      it(`${locale}: the Atom feed has both news items, newest first, with their dates`, () => {
        const text = (value: unknown) =>
          typeof value === 'object' && value !== null
            ? (value as { '#text': string })['#text']
            : value;
        const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(
          read(`${locale}/news/feed.xml`),
        ).feed;
        const expected = expectedFeeds[locale];
        expect(feed['@_xml:lang']).toBe(expected.lang);
        expect(feed.title).toBe(expected.title);
        expect(feed.updated).toBe(expected.updated);
        const entries = [feed.entry].flat().map((entry) => ({
          title: text(entry.title),
          id: entry.id,
          link: entry.link['@_href'],
          updated: entry.updated,
          published: entry.published,
          summary: text(entry.summary),
        }));
        expect(entries).toEqual(expected.entries);
      });
    }

    it('the news list dates each item as precisely as it is known', () => {
      for (const [locale, expected] of Object.entries({
        zh: [
          ['2024-03-15', '2024年3月15日', '/zh/news/test-full-date/'],
          ['2021', '2021年', '/zh/news/test-year-only/'],
        ],
        en: [
          ['2024-03-15', '15 March 2024', '/en/news/test-full-date/'],
          ['2021', '2021', '/en/news/test-year-only/'],
        ],
      })) {
        const list = only(
          descendants(page(`${locale}/news/index.html`)).filter(
            (element) => attribute(element, 'data-testid') === 'news-list',
          ),
          'the news list',
        );
        const items = descendants(list)
          .filter((element) => element.tagName === 'li')
          .map((item) => {
            const inside = descendants(item);
            const time = inside.find((element) => element.tagName === 'time')!;
            const link = inside.find((element) => element.tagName === 'a')!;
            return [attribute(time, 'datetime'), textOf(time), attribute(link, 'href')];
          });
        expect(items).toEqual(expected);
      }
    });

    it('a news page states its date: the year alone, or the full date', () => {
      const dates = (file: string) =>
        descendants(page(file))
          .filter((element) => element.tagName === 'time')
          .map((element) => [attribute(element, 'datetime'), textOf(element)]);
      expect(dates('zh/news/test-year-only/index.html')).toContainEqual(['2021', '2021年']);
      expect(dates('en/news/test-year-only/index.html')).toContainEqual(['2021', '2021']);
      expect(dates('zh/news/test-full-date/index.html')).toContainEqual([
        '2024-03-15',
        '2024年3月15日',
      ]);
      expect(dates('en/news/test-full-date/index.html')).toContainEqual([
        '2024-03-15',
        '15 March 2024',
      ]);
    });
  });
});

// Last, since it breaks the copy's content: the record a release relies on.
describe('the build record (out/version.json)', () => {
  it('names the build, its SITE_URL and no drafts, once every check has passed', () => {
    // The copy is no git repository, so the commit is unknown.
    expect(JSON.parse(read('version.json'))).toEqual({
      build: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-unknown$/),
      commit: 'unknown',
      builtAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      siteUrl: 'https://test-park.example',
      drafts: [],
    });
  });

  // A process that loads the whole build step: seconds on a busy machine.
  it(
    'of a build for a preview host (INCLUDE_DRAFTS=1) names its drafts',
    { timeout: 60_000 },
    () => {
      // The build's last step again, as a build with the drafts would end.
      const run = spawnSync('npx', ['tsx', 'lib/deploy/postbuild-cli.ts'], {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, INCLUDE_DRAFTS: '1', SITE_URL: siteUrl },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(read('version.json')).drafts).toEqual([
        'content/en/test-draft.mdx',
        'content/zh/test-draft.mdx',
      ]);
    },
  );

  it('is gone after a build that a failed check stopped', { timeout: 120_000 }, () => {
    const page = path.join(copy, 'content/zh/index.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('---\n', '---\nunknownField: 1\n'));
    const run = spawnSync('npm', ['run', 'build'], { cwd: copy, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('content/zh/index.mdx');
    expect(existsSync(path.join(copy, 'out', 'version.json'))).toBe(false);
  });
});
