import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContentModule } from '@/lib/content/content-module';
import { readFigureModules, validateFigureModule } from '@/lib/content/read-figures';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'content-module-'));
  mkdirSync(path.join(root, 'content', 'figures'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, lines: string[]) =>
  writeFileSync(path.join(root, file), `${lines.join('\n')}\n`);

const cannotRead = (reason: string) => ({
  zh: `文件无法读取（常见原因：缺少引号、逗号或括号）：${reason}`,
  en: `the file cannot be read (often a missing quote, comma or bracket): ${reason}`,
});

describe('a TypeScript file of content/', () => {
  it('gives its default export and the files of content/ it imports', () => {
    write('content/figures/shared.ts', ['export const year = 2023;']);
    write('content/figures/uses.ts', [
      "import { year } from './shared';",
      'export default { year };',
    ]);
    expect(readContentModule(root, 'content/figures/uses.ts')).toEqual({
      ok: true,
      value: { year: 2023 },
      imports: [path.join(root, 'content/figures/shared.ts')],
    });
  });

  it('is read again when a file of content/ it imports changes', () => {
    write('content/figures/shared.ts', ['export const year = 2023;']);
    write('content/figures/uses.ts', ["import { year } from './shared';", 'export default year;']);
    expect(readContentModule(root, 'content/figures/uses.ts')).toMatchObject({ value: 2023 });
    write('content/figures/shared.ts', ['export const year = 2024;']);
    expect(readContentModule(root, 'content/figures/uses.ts')).toMatchObject({ value: 2024 });
  });

  it('names the line and column of a syntax error in the file itself', () => {
    write('content/figures/bad.ts', ['export default {', "  title: 'x',,", '};']);
    expect(readContentModule(root, 'content/figures/bad.ts')).toEqual({
      ok: false,
      line: 2,
      column: 14,
      reason: cannotRead('Expected identifier but found ","'),
    });
  });

  it('gives no line of its own for a syntax error in a file it imports', () => {
    write('content/figures/shared.ts', ['export const s = {', '  a: 1,,', '};']);
    write('content/figures/uses.ts', ["import { s } from './shared';", 'export default s;']);
    expect(readContentModule(root, 'content/figures/uses.ts')).toEqual({
      ok: false,
      line: undefined,
      column: undefined,
      reason: cannotRead('Expected identifier but found ","'),
    });
  });

  it('may import the definitions of lib/content/define and nothing else of lib/', () => {
    write('content/figures/defines.ts', [
      "import { defineFigureGroup } from '@/lib/content/define';",
      "export default defineFigureGroup({ title: { zh: '主题', en: 'Theme' }, figures: [] });",
    ]);
    expect(readContentModule(root, 'content/figures/defines.ts')).toMatchObject({
      ok: true,
      value: { title: { zh: '主题', en: 'Theme' }, figures: [] },
    });
    write('content/figures/imports.ts', [
      "import { units } from '@/lib/figures/units';",
      'export default units;',
    ]);
    expect(readContentModule(root, 'content/figures/imports.ts')).toEqual({
      ok: false,
      reason: {
        zh: '内容文件只能引用 content/ 中的文件和 @/lib/content/define，不能引用 @/lib/figures/units',
        en: 'a content file may import only files of content/ and @/lib/content/define, not @/lib/figures/units',
      },
    });
  });

  it('says so when the file fails as it runs', () => {
    write('content/figures/throws.ts', ["throw new Error('boom');"]);
    expect(readContentModule(root, 'content/figures/throws.ts')).toEqual({
      ok: false,
      reason: { zh: '文件运行出错：Error: boom', en: 'the file fails when it is run: Error: boom' },
    });
  });
});

const figureLines = (id: string) => [
  '    {',
  `      id: '${id}',`,
  "      unit: 'enterprise',",
  "      label: { zh: '企业', en: 'Enterprises' },",
  "      definition: { zh: '企业数。', en: 'The number of enterprises.' },",
  '      observations: [',
  '        {',
  '          value: 71,',
  "          period: { year: 2023, basis: 'as-of' },",
  '          source: {',
  "            type: 'press-article',",
  "            title: { zh: '报道', en: 'Report' },",
  "            author: { zh: '张国静', en: 'Zhang Guojing' },",
  "            publisher: { zh: '', en: '' },",
  "            date: '2023',",
  "            url: '',",
  '          },',
  '        },',
  '      ],',
  '    },',
];
const themeModule = (title: string, ids: string[]) => [
  'export default {',
  `  title: ${title},`,
  '  figures: [',
  ...ids.flatMap(figureLines),
  '  ],',
  '};',
];

describe('the modules of content/figures/', () => {
  it('are the .ts files of the folder, in the order of their names', () => {
    write('content/figures/b-theme.ts', themeModule("{ zh: '乙', en: 'B' }", ['second']));
    write('content/figures/a-theme.ts', themeModule("{ zh: '甲', en: 'A' }", ['first']));
    write('content/figures/notes.md', ['not a module']);
    const modules = readFigureModules(root);
    expect(modules.problems).toEqual([]);
    expect(modules.groups.map((group) => [group.id, group.file, group.title.en])).toEqual([
      ['a-theme', 'content/figures/a-theme.ts', 'A'],
      ['b-theme', 'content/figures/b-theme.ts', 'B'],
    ]);
    expect([...modules.ids!]).toEqual(['first', 'second']);
  });

  it('may share a module other modules import, but a module nobody imports must be a theme', () => {
    write('content/figures/sources.ts', ['export const year = 2023;']);
    write('content/figures/theme.ts', [
      "import { year } from './sources';",
      ...themeModule("{ zh: '甲', en: 'A' }", ['first']).map((line) =>
        line.replace('year: 2023', 'year'),
      ),
    ]);
    expect(readFigureModules(root).problems).toEqual([]);
    write('content/figures/lonely.ts', ['export const nothing = 0;']);
    const modules = readFigureModules(root);
    expect(modules.ids).toBeUndefined();
    expect(modules.problems).toEqual([
      {
        file: 'content/figures/lonely.ts',
        line: 1,
        kind: 'figures',
        zh: '数据文件必须有  export default defineFigureGroup({ … })  ，否则其中的数据不会显示',
        en: 'a figure file must have  export default defineFigureGroup({ … })  or its figures are not shown',
      },
    ]);
  });

  it('keep the id of a figure with a mistake, so pages citing it are not reported too', () => {
    const lines = themeModule("{ zh: '甲', en: 'A' }", ['kept']);
    write(
      'content/figures/theme.ts',
      lines.map((line) => line.replace('value: 71', "value: '71'")),
    );
    const modules = readFigureModules(root);
    expect(modules.groups[0]!.figures).toEqual([]);
    expect([...modules.ids!]).toEqual(['kept']);
    expect(modules.problems).toHaveLength(1);
  });
});

describe('one module of content/figures/', () => {
  const check = (title: string, figures: string) => {
    const text = ['export default {', `  title: ${title},`, `  figures: ${figures},`, '};'].join(
      '\n',
    );
    // The module's value, as it would be run: the same object literal.
    const value = new Function(`return ${text.replace('export default ', '')}`)() as unknown;
    return validateFigureModule('content/figures/theme.ts', value, text);
  };

  it('names a theme title without its English at the title, in both languages', () => {
    const { group, problems } = check("{ zh: '主题' }", '[]');
    expect(group.title).toEqual({ zh: 'theme.ts', en: 'theme.ts' });
    expect(problems).toMatchObject([
      {
        line: 2,
        kind: 'figures',
        zh: expect.stringMatching(/^title\.en：/),
        en: expect.stringMatching(/^title\.en: /),
      },
    ]);
  });

  it('says in Chinese too what was written instead of the text expected', () => {
    const { problems } = check("{ zh: '主题', en: 5 }", "[{ id: 'a', label: 5 }]");
    const chinese = problems.map((problem) => problem.zh);
    expect(chinese).toContain('title.en：无效输入：期望 string，实际接收 数字');
    expect(chinese).toContain('数据“a”：label：无效输入：期望 object，实际接收 数字');
  });

  it('asks for the figures as a list', () => {
    const { problems } = check("{ zh: '主题', en: 'Theme' }", "{ id: 'x' }");
    expect(problems).toEqual([
      {
        file: 'content/figures/theme.ts',
        line: 3,
        column: 3,
        kind: 'figures',
        zh: '模块必须用  figures: [ … ]  列出数据',
        en: 'figures: the module must list its figures as  figures: [ … ]',
      },
    ]);
  });

  it('calls a figure without an id by its number, and points at an unknown field itself', () => {
    const { problems, writtenIds } = check(
      "{ zh: '主题', en: 'Theme' }",
      "[{ id: 7 }, { id: 'a', lable: 1 }]",
    );
    expect(writtenIds).toEqual(['a']);
    expect(problems[0]).toMatchObject({
      zh: expect.stringMatching(/^第 1 项数据：/),
      en: expect.stringMatching(/^figure number 1: /),
    });
    const unknownField = problems.find((problem) => problem.en.includes('unknown field'))!;
    expect(unknownField).toMatchObject({ line: 3, column: 35 });
  });
});
