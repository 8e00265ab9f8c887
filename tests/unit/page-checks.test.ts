import { describe, expect, it } from 'vitest';
import type { Problem } from '@/lib/content/errors';
import { checkPage } from '@/lib/content/page-check';

const file = 'content/zh/example.mdx';
const figureIds = new Set(['park-altitude-band', 'ideal-altitude-band']);
const header = (fields: string) => `---\n${fields}\n---\n`;
const validFields = 'title: 黄金海拔\ndescription: 高原康养项目。\nupdated: 2026-11-27';

/** The one problem the page should have. */
function onlyProblem(source: string | Uint8Array): Problem {
  const { problems } = checkPage(file, source, figureIds);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  const [problem] = problems;
  expect(problem!.file).toBe(file);
  expect(problem!.zh).toMatch(/[\u4e00-\u9fff]/); // every message is in Chinese too
  return problem!;
}

describe('page frontmatter', () => {
  it('accepts a valid page and reads its fields', () => {
    const page = checkPage(
      file,
      `${header(validFields)}\n正文 <Figure id="park-altitude-band" />\n`,
      figureIds,
    );
    expect(page.problems).toEqual([]);
    expect(page.frontmatter).toEqual({
      title: '黄金海拔',
      description: '高原康养项目。',
      updated: '2026-11-27',
    });
  });

  it('names a missing field at the frontmatter', () => {
    const problem = onlyProblem(header('title: 黄金海拔\nupdated: 2026-11-27'));
    expect(problem).toMatchObject({ line: 1, kind: 'frontmatter' });
    expect(problem.en).toMatch(/description is missing/);
  });

  it('names a misspelt field at its line, with a suggestion, and not also as missing', () => {
    const problem = onlyProblem(
      header('titel: 黄金海拔\ndescription: 高原康养项目。\nupdated: 2026-11-27'),
    );
    expect(problem).toMatchObject({ line: 2, kind: 'frontmatter' });
    expect(problem.en).toMatch(/unknown field "titel" \(did you mean "title"\?\)/);
    expect(problem.zh).toMatch(/您是否想写“title”/);
  });

  it('names a field of the wrong type at its line', () => {
    const problem = onlyProblem(
      header('title: [a, b]\ndescription: 高原康养项目。\nupdated: 2026-11-27'),
    );
    expect(problem).toMatchObject({ line: 2, kind: 'frontmatter' });
    expect(problem.en).toMatch(/title must be text/);
  });

  it('refuses an impossible date at its line', () => {
    const problem = onlyProblem(
      header('title: 黄金海拔\ndescription: 高原康养项目。\nupdated: 2026-02-30'),
    );
    expect(problem).toMatchObject({ line: 4, kind: 'frontmatter' });
    expect(problem.en).toMatch(/updated must be a real date/);
  });

  it('reports every frontmatter problem at once', () => {
    const { problems } = checkPage(file, header("title: ''\nupdated: someday"), figureIds);
    expect(problems.map((problem) => problem.line).sort()).toEqual([1, 2, 3]);
  });

  it('explains a colon in a value that needs quotes', () => {
    const problem = onlyProblem(
      header('title: 黄金海拔\ndescription: 目标: 新型园区\nupdated: 2026-11-27'),
    );
    expect(problem).toMatchObject({ line: 3, kind: 'frontmatter' });
    expect(problem.en).toMatch(/must be put in quotes/);
  });

  it('refuses a page without frontmatter', () => {
    expect(onlyProblem('# 黄金海拔\n')).toMatchObject({ line: 1, kind: 'frontmatter' });
  });
});

describe('page body', () => {
  it('names an unknown figure id with its file and line, and suggests the right one', () => {
    const problem = onlyProblem(
      `${header(validFields)}\n第一段。\n\n海拔 <Figure id="park-altitude" />\n`,
    );
    expect(problem).toMatchObject({ line: 9, column: 4, kind: 'unknown-figure' });
    expect(problem.en).toBe(
      'unknown figure id "park-altitude" (did you mean "park-altitude-band"?): no figure in content/figures/ has this id',
    );
  });

  it('names a figure component without an id', () => {
    expect(onlyProblem(`${header(validFields)}\n<FigureCard />\n`)).toMatchObject({
      line: 7,
      column: 1,
      kind: 'missing-attribute',
    });
  });

  it('suggests the component a misspelt name meant', () => {
    const problem = onlyProblem(`${header(validFields)}\n<FigureCrad id="park-altitude-band" />\n`);
    expect(problem).toMatchObject({ line: 7, kind: 'unknown-component' });
    expect(problem.en).toMatch(/unknown component <FigureCrad> \(did you mean "FigureCard"\?\)/);
  });

  it('names MDX that does not parse at its line', () => {
    const problem = onlyProblem(
      `${header(validFields)}\n正文\n\n<FigureGrid>\n  <FigureCard id="park-altitude-band" />\n`,
    );
    expect(problem).toMatchObject({ line: 9, column: 1, kind: 'mdx-syntax' });
    expect(problem.en).toMatch(/Expected a closing tag for `<FigureGrid>`/);
  });

  it('never throws, whatever the bytes', () => {
    const inputs: (string | Uint8Array)[] = [
      '',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]), // 你好 in GBK
      'x'.repeat(2_000_000),
      '{'.repeat(5000),
      `${header(validFields)}${'<FigureGrid>'.repeat(500)}`,
    ];
    for (const input of inputs) {
      const { problems } = checkPage(file, typeof input === 'string' ? input : input, figureIds);
      expect(problems.length).toBeGreaterThan(0);
    }
  });
});
