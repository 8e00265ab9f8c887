import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/content/site';
import { routing } from '@/lib/i18n/routing';
import { fileForPath, outDir, publishedHtmlFiles } from '../support/built-site';
import { googleDatasetProblems } from '../support/google-dataset';
import { jsonLdBlocks, schemaOrgProblems, type JsonLdBlock } from '../support/json-ld-check';

const fixture = 'tests/fixtures/validators/dataset-invalid.html';

/** The recommended Dataset properties the site has data for, so each must be there. */
const recommended = [
  'url',
  'creator',
  'isBasedOn',
  'distribution',
  'temporalCoverage',
  'spatialCoverage',
  'variableMeasured',
  ...(site().licence || site().licenceUrl ? ['license'] : []),
];

describe('the JSON-LD of every built page uses only schema.org types and properties (schema-dts, checked by TypeScript)', () => {
  it('every page: each block is JSON and uses schema.org as it is', () => {
    const blocks: JsonLdBlock[] = [];
    const problems: string[] = [];
    for (const file of publishedHtmlFiles()) {
      const found = jsonLdBlocks(readFileSync(path.join(outDir, file), 'utf8'), `out/${file}`);
      blocks.push(...found.blocks);
      problems.push(...found.problems);
    }
    // The home and statistics pages of both locales carry data.
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect([...problems, ...schemaOrgProblems(blocks)]).toEqual([]);
  }, 60_000);

  it('rejects the fixture dataset-invalid.html', () => {
    const { blocks } = jsonLdBlocks(readFileSync(fixture, 'utf8'), fixture);
    const problems = schemaOrgProblems(blocks);
    for (const mistake of ['"temporalCoverag"', "'DataDownlod'", "Type 'number' is not assignable"])
      expect(
        problems.some((problem) => problem.includes(mistake)),
        mistake,
      ).toBe(true);
    expect(googleDatasetProblems(blocks[0]!.data as Record<string, unknown>, recommended)).toEqual(
      expect.arrayContaining([
        'description has 37 characters; Google requires 50 to 5,000',
        'temporalCoverage is missing (recommended, and we have it)',
        expect.stringMatching(/^a distribution is not a DataDownload/),
      ]),
    );
  }, 60_000);
});

describe("the statistics pages' Dataset meets Google's Dataset requirements", () => {
  it.each(routing.locales)('%s', (locale) => {
    const file = fileForPath(`/${locale}/statistics/`);
    const { blocks } = jsonLdBlocks(readFileSync(file, 'utf8'), file);
    expect(blocks).toHaveLength(1);
    expect(googleDatasetProblems(blocks[0]!.data as Record<string, unknown>, recommended)).toEqual(
      [],
    );
  });
});
