import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  // One build with two mistakes in two pages: Next prerenders every page and lists each failure
  // before it stops, so both messages must be there.
  let build: ReturnType<typeof buildWith>;
  beforeAll(() => {
    build = buildWith({
      'content/en/golden-altitude.mdx': (text) =>
        text.replace('<Figure id="park-altitude-band" />', '<Figure id="park-altitude" />'),
      'content/zh/golden-altitude.mdx': (text) => text.replace('updated:', 'updatd:'),
    });
  }, 240_000);

  it('stops', () => {
    expect(build.status).not.toBe(0);
  });

  it('names the file, its line and the id of an unknown figure', () => {
    // Next prints it as the cause of its own error, indented.
    expect(build.output).toMatch(
      /content\/en\/golden-altitude\.mdx:\d+:\d+ {2}未知的数据编号 "park-altitude"[^\n]*\n +unknown figure id "park-altitude"/,
    );
  });

  it('names the file, its line and the field of a frontmatter violation', () => {
    expect(build.output).toMatch(
      /content\/zh\/golden-altitude\.mdx:4 {2}frontmatter：未知字段 "updatd"[^\n]*\n +frontmatter: unknown field "updatd" \(did you mean "updated"\?\)/,
    );
  });
});

// A build of changes made only in content/ (a new figure module, pages citing it, a draft) is
// tested over the fixture content set: tests/integration/fixture-site.test.ts.
