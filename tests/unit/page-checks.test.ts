import { describe, expect, it } from 'vitest';
import { checkPage } from '@/lib/content/pages';

const file = 'content/zh/example.mdx';
const header = (fields: string) => `---\n${fields}\n---\n`;
const validFields = 'title: 黄金海拔\ndescription: 高原康养项目。\nupdated: 2026-11-27';

/** The message for a page that should be refused. */
function problemWith(source: string): string {
  try {
    checkPage(file, source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the broken page was accepted');
}

describe('page frontmatter', () => {
  it('accepts a valid page and reads its fields', () => {
    const page = checkPage(
      file,
      `${header(validFields)}\n正文 <Figure id="park-altitude-band" />\n`,
    );
    expect(page.frontmatter).toEqual({
      title: '黄金海拔',
      description: '高原康养项目。',
      updated: '2026-11-27',
    });
  });

  it('names a missing field at the frontmatter', () => {
    expect(problemWith(header('title: 黄金海拔\nupdated: 2026-11-27'))).toMatch(
      /^content\/zh\/example\.mdx:1: frontmatter: description: description is missing/,
    );
  });

  it('names a misspelt field at its line', () => {
    expect(problemWith(header(`${validFields}\ntitel: 黄金海拔`))).toMatch(
      /^content\/zh\/example\.mdx:5: frontmatter: unknown field "titel" .*\(did you mean "title"\?\)/,
    );
  });

  it('names a field of the wrong type at its line', () => {
    expect(
      problemWith(header('title: [a, b]\ndescription: 高原康养项目。\nupdated: 2026-11-27')),
    ).toMatch(/^content\/zh\/example\.mdx:2: frontmatter: title: title must be text/);
  });

  it('refuses an impossible date at its line', () => {
    expect(
      problemWith(header('title: 黄金海拔\ndescription: 高原康养项目。\nupdated: 2026-02-30')),
    ).toMatch(/^content\/zh\/example\.mdx:4: frontmatter: updated: updated must be a real date/);
  });

  it('explains a colon in a value that needs quotes', () => {
    expect(
      problemWith(header('title: 黄金海拔\ndescription: 目标: 新型园区\nupdated: 2026-11-27')),
    ).toMatch(
      /^content\/zh\/example\.mdx:3: the frontmatter is not valid YAML: .*must be put in quotes/,
    );
  });

  it('refuses an empty title', () => {
    expect(
      problemWith(header("title: ''\ndescription: 高原康养项目。\nupdated: 2026-11-27")),
    ).toMatch(/:2: frontmatter: title: title is empty/);
  });

  it('refuses a page without frontmatter', () => {
    expect(problemWith('# 黄金海拔\n')).toMatch(
      /^content\/zh\/example\.mdx:1: the page must start with frontmatter/,
    );
  });

  it('refuses frontmatter that is not YAML', () => {
    expect(problemWith(header('title: [黄金海拔\ndescription: x\nupdated: 2026-11-27'))).toMatch(
      /^content\/zh\/example\.mdx:\d+: the frontmatter is not valid YAML/,
    );
  });
});

describe('page body', () => {
  it('names an unknown figure id with its file and line', () => {
    expect(
      problemWith(`${header(validFields)}\n第一段。\n\n海拔 <Figure id="park-altitude" />\n`),
    ).toBe(
      'content/zh/example.mdx:9:4: unknown figure id "park-altitude" (did you mean "park-altitude-band"?): no figure in content/figures/ has this id',
    );
  });

  it('names a figure component without an id', () => {
    expect(problemWith(`${header(validFields)}\n<FigureCard />\n`)).toMatch(
      /^content\/zh\/example\.mdx:7:1: <FigureCard> needs an id/,
    );
  });

  it('suggests the component a misspelt name meant', () => {
    expect(problemWith(`${header(validFields)}\n<FigureCrad id="park-altitude-band" />\n`)).toMatch(
      /:7:1: unknown component <FigureCrad> \(did you mean "FigureCard"\?\)/,
    );
  });

  it('names an unknown component', () => {
    expect(problemWith(`${header(validFields)}\n<Chart id="x" />\n`)).toMatch(
      /^content\/zh\/example\.mdx:7:1: unknown component <Chart>/,
    );
  });

  it('names MDX that does not parse at its line', () => {
    expect(
      problemWith(
        `${header(validFields)}\n正文\n\n<FigureGrid>\n  <FigureCard id="park-altitude-band" />\n`,
      ),
    ).toMatch(
      /^content\/zh\/example\.mdx:9:1: the page could not be read as MDX: Expected a closing tag for `<FigureGrid>`/,
    );
  });
});
