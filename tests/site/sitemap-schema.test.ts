import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDir } from '../support/built-site';
import { sitemapSchemaProblems } from '../support/sitemap-schema';

const fixtures = 'tests/fixtures/validators';

describe("the sitemap is valid against sitemaps.org's sitemap.xsd (libxml2 via xmllint-wasm)", () => {
  it('out/sitemap.xml', async () => {
    const xml = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
    // Each line reads `out/sitemap.xml:<line>  <libxml2's message>`.
    expect(await sitemapSchemaProblems(xml, 'out/sitemap.xml')).toEqual([]);
  });

  it.each([
    ['sitemap-lastmod-after-link.xml', /lastmod': This element is not expected/],
    ['sitemap-link-without-hreflang.xml', /attribute 'hreflang' is required/],
  ])('rejects the fixture %s', async (name, expected) => {
    const file = `${fixtures}/${name}`;
    const problems = await sitemapSchemaProblems(readFileSync(file, 'utf8'), file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });
});
