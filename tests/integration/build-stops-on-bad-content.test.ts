import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy';

// These run the real `next build` on a copy of the project with one mistake in it, to prove
// that a mistake stops the build (not only the checker) and that the message names the place.
const copies: string[] = [];

/** Builds a copy of the project with `changes` made to its files (a new file starts empty). */
function buildWith(changes: Record<string, (text: string) => string>) {
  const copy = copyProject('park-build-');
  copies.push(copy);
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(copy, file);
    writeFileSync(target, change(existsSync(target) ? readFileSync(target, 'utf8') : ''));
  }
  // The site's browser scripts are bundled first, as `npm run build` does: the pages name them.
  const build = spawnSync(
    'bash',
    ['-c', 'npx tsx lib/deploy/bundle-scripts-cli.ts && npx next build'],
    {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  return { copy, status: build.status, output: `${build.stdout}\n${build.stderr}` };
}

// Each copy holds some 40,000 hard links into node_modules; removing them takes longer than
// the default 10 s hook timeout when the machine is busy with another build.
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })), 120_000);

describe('next build', () => {
  it(
    'stops on an unknown figure id, naming the file, its line and the id',
    { timeout: 180_000 },
    () => {
      const build = buildWith({
        'content/en/golden-altitude.mdx': (text) =>
          text.replace('<Figure id="park-altitude-band" />', '<Figure id="park-altitude" />'),
      });
      expect(build.status).not.toBe(0);
      // Next prints it as the cause of its own error, indented.
      expect(build.output).toMatch(
        /content\/en\/golden-altitude\.mdx:\d+:\d+ {2}未知的数据编号 "park-altitude"[^\n]*\n +unknown figure id "park-altitude"/,
      );
    },
  );

  it(
    'stops on a frontmatter violation, naming the file, its line and the field',
    { timeout: 180_000 },
    () => {
      const build = buildWith({
        'content/zh/golden-altitude.mdx': (text) => text.replace('updated:', 'updatd:'),
      });
      expect(build.status).not.toBe(0);
      // Next prints it as the cause of its own error, indented.
      expect(build.output).toMatch(
        /content\/zh\/golden-altitude\.mdx:4 {2}frontmatter：未知字段 "updatd"[^\n]*\n +frontmatter: unknown field "updatd" \(did you mean "updated"\?\)/,
      );
    },
  );
});

describe('a build whose changes are all in content/', () => {
  // A new theme of figures, a page pair citing it, and a draft: the files staff would add.
  // (Example values for the test only; nothing here reaches the real site.)
  const newTheme = `import { defineFigureGroup } from '@/lib/content/define';
import { parkPressReport2023 } from './sources';

export default defineFigureGroup({
  title: { zh: '测试主题', en: 'Test theme' },
  figures: [
    {
      id: 'test-example-count',
      unit: 'enterprise',
      label: { zh: '测试数据', en: 'Test figure' },
      definition: { zh: '仅供测试。', en: 'For the test only.' },
      observations: [
        { value: 7, period: { year: 2023, basis: 'as-of' }, source: parkPressReport2023 },
      ],
    },
  ],
});
`;
  const citing = (title: string) =>
    `---\ntitle: ${title}\ndescription: ${title}\nupdated: 2026-11-27\n---\n\n<Figure id="test-example-count" />\n`;
  const draft =
    '---\ntitle: 草稿\ndescription: 尚未完成。\nupdated: 2026-11-27\ndraft: true\n---\n\n正文。\n';
  const changes = {
    'content/figures/test-theme.ts': () => newTheme,
    'content/zh/test-figures.mdx': () => citing('测试'),
    'content/en/test-figures.mdx': () => citing('Test'),
    'content/zh/draft-page.mdx': () => draft,
    'content/en/draft-page.mdx': () => draft,
  };
  let build: ReturnType<typeof buildWith>;
  const read = (file: string) => readFileSync(path.join(build.copy, 'out', file), 'utf8');

  it('builds', { timeout: 180_000 }, () => {
    expect(Object.keys(changes).every((file) => file.startsWith('content/'))).toBe(true);
    build = buildWith(changes);
    expect(build.status, build.output).toBe(0);
  });

  it('shows a new figure module without registering it: on the page, on Statistics and in the CSV', () => {
    expect(read('en/test-figures/index.html')).toMatch(/Test figure[\s\S]*7/);
    expect(read('zh/statistics/index.html')).toContain('id="test-example-count"');
    expect(read('data/figures.csv')).toMatch(/^test-example-count,/m);
  });

  it('leaves a draft out of the built site, its menus, links and sitemap', () => {
    expect(existsSync(path.join(build.copy, 'out/zh/draft-page/index.html'))).toBe(false);
    expect(existsSync(path.join(build.copy, 'out/zh/golden-altitude/index.html'))).toBe(true);
    expect(read('zh/index.html')).not.toContain('draft-page');
    expect(read('sitemap.xml')).not.toContain('draft-page');
    expect(read('sitemap.xml')).toContain('/en/test-figures/');
  });
});
