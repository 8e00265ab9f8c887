import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outDir, publishedHtmlFiles } from '../support/built-site';
import {
  counts,
  describeNuMessage,
  fileOf,
  runNuChecker,
  type NuMessage,
} from '../support/nu-html-checker';

const projectRoot = path.dirname(outDir);
/** A page valid but for a `<section>` without a heading: a warning, which must count. */
const fixture = 'tests/fixtures/validators/section-without-heading.html';

describe('every built HTML page passes the Nu HTML Checker (vnu.jar): no error, no warning', () => {
  const files = publishedHtmlFiles();
  let messages: NuMessage[] = [];

  // One JVM run over every page and the fixture (about 10 s here).
  beforeAll(async () => {
    messages = await runNuChecker([
      ...files.map((file) => path.join(outDir, file)),
      path.join(projectRoot, fixture),
    ]);
  }, 180_000);

  it('rejects the fixture: a warning counts', () => {
    const found = messages.filter((m) => fileOf(m, projectRoot) === fixture && counts(m));
    expect(found.map((m) => describeNuMessage(m, projectRoot))).toEqual([
      `${fixture}:10:7  warning  Section lacks heading. Consider using “h2”-“h6” elements to add identifying headings to all sections, or else use a “div” element instead for any cases where no heading is needed.`,
    ]);
  });

  it.each(files)('out/%s', (file) => {
    const found = messages.filter((m) => fileOf(m, projectRoot) === `out/${file}` && counts(m));
    // Each line reads `out/<file>:<line>:<column>  error|warning|info  <message>`.
    expect(found.map((m) => describeNuMessage(m, projectRoot))).toEqual([]);
  });

  it('reports nothing about files outside those checked', () => {
    const checked = new Set([...files.map((file) => `out/${file}`), fixture]);
    const stray = messages.filter((m) => !checked.has(fileOf(m, projectRoot)));
    expect(stray.map((m) => describeNuMessage(m, projectRoot))).toEqual([]);
  });
});
