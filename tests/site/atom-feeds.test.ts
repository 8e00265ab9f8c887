import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/content/site';
import { routing } from '@/lib/i18n/routing';
import { atomProblems } from '../support/atom-check';
import { outDir } from '../support/built-site';
import { languageTag } from '../support/site';

describe("the Atom feeds keep RFC 4287's MUST rules (fast-xml-parser and tests/support/atom-check.ts)", () => {
  it.each(routing.locales)('out/%s/news/feed.xml', (locale) => {
    const xml = readFileSync(path.join(outDir, locale, 'news', 'feed.xml'), 'utf8');
    expect(atomProblems(xml)).toEqual([]);
    // What this site adds to the rules: the language, the Park as author, a published date.
    expect(xml).toContain(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${languageTag[locale]}">`,
    );
    expect(xml).toContain(`<author>\n        <name>${site().name[locale]}</name>`);
    const entries = xml.match(/<entry>/g)?.length ?? 0;
    expect(entries).toBeGreaterThan(0);
    expect(xml.match(/<published>/g)?.length).toBe(entries);
  });

  it('rejects the fixture feed-without-author.xml', () => {
    const xml = readFileSync('tests/fixtures/validators/feed-without-author.xml', 'utf8');
    expect(atomProblems(xml)).toEqual([
      '<feed> has no xml:lang with a language tag (§2, xml:lang): undefined',
      'no atom:author on the feed, and not one on every entry (§4.1.1)',
      'entry 1 (http://127.0.0.1:3000/en/news/northern-area-replanned/) updated: "2023" is not an RFC 3339 date-time (§3.3)',
      'entry 2 (half-year-work-meeting): atom:id "half-year-work-meeting" is not an absolute IRI (§4.2.6)',
      'entry 2 (half-year-work-meeting): neither a link rel="alternate" nor content (§4.1.2)',
    ]);
  });
});
