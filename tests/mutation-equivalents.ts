/**
 * Mutants of lib/ that no test can kill because they do not change what the code does (an
 * "equivalent mutant"), each with the reason. `npm run test:mutation` prints them apart from the
 * other survivors; they still count against the score. A line moved by an edit must be updated
 * here, or the mutant shows again among the unexplained survivors.
 */
interface EquivalentMutant {
  file: string;
  line: number;
  mutator: string;
  reason: string;
}

/** Several mutants of one file that are equivalent for the same reason, by line and mutator. */
const forOneReason = (
  file: string,
  places: [line: number, mutator: string][],
  reason: string,
): EquivalentMutant[] => places.map(([line, mutator]) => ({ file, line, mutator, reason }));

export const equivalentMutants: EquivalentMutant[] = [
  {
    file: 'lib/news.ts',
    line: 18,
    mutator: 'StringLiteral',
    reason:
      'the fallback for a news item without a date: the content check refuses such a page (lib/content/page-check.ts), so it is never used',
  },
  {
    file: 'lib/contact.ts',
    line: 17,
    mutator: 'StringLiteral',
    reason:
      "the default 'committee' emptied: any value but 'media' gives the committee's details, so the default is one of many equal values",
  },
  {
    file: 'lib/mdx/rehype-heading-ids.mjs',
    line: 28,
    mutator: 'StringLiteral',
    reason:
      'readFileSync without an encoding gives a Buffer, which the Markdown parser reads as UTF-8 all the same',
  },
  {
    file: 'lib/browser/chooser.ts',
    line: 6,
    mutator: 'OptionalChaining',
    reason:
      'document.currentScript is never null here: app/page.tsx loads the chooser as a classic <script>, which is the current script while it runs',
  },
  {
    file: 'lib/browser/chooser.ts',
    line: 6,
    mutator: 'StringLiteral',
    reason:
      "the fallback for a missing data-locales: app/page.tsx always writes it on the chooser's <script>",
  },
  {
    file: 'lib/browser/chooser.ts',
    line: 7,
    mutator: 'StringLiteral',
    reason:
      "the language of a browser that names none: '' and the mutant's text both match no locale, so both lead to the default",
  },
  {
    file: 'lib/browser/copy-buttons.ts',
    line: 15,
    mutator: 'StringLiteral',
    reason: "the fallback for an element's textContent, which is never null for an element",
  },
  {
    file: 'lib/browser/copy-buttons.ts',
    line: 31,
    mutator: 'StringLiteral',
    reason:
      'the fallback for a missing data-copy-target: a button is found by data-copy-text or data-copy-target, and one without data-copy-text returned earlier',
  },
  {
    file: 'lib/deploy/browser-scripts.ts',
    line: 26,
    mutator: 'StringLiteral',
    reason:
      "esbuild's JavaScript API replaces an empty logLevel by its default for builds, which is 'warning'",
  },
  {
    file: 'lib/deploy/browser-scripts.ts',
    line: 32,
    mutator: 'StringLiteral',
    reason:
      "esbuild lists an entry's .js output first in the metafile (before any .css it splits off), so the first output is the script either way",
  },
  {
    file: 'lib/deploy/browser-scripts.ts',
    line: 33,
    mutator: 'ConditionalExpression',
    reason:
      'unreachable: esbuild always writes a .js output for the .ts entries (only the error message of a build that cannot happen would differ)',
  },
  {
    file: 'lib/deploy/browser-scripts.ts',
    line: 33,
    mutator: 'StringLiteral',
    reason:
      'unreachable: the message of an error thrown only if esbuild wrote no .js for a .ts entry, which it always does',
  },
  {
    file: 'lib/deploy/browser-scripts.ts',
    line: 55,
    mutator: 'ConditionalExpression',
    reason:
      "only a failed rebuild has no metafile; the mutant's TypeError in onEnd is caught by esbuild and logged with that build's errors, the manifest is unchanged",
  },
  {
    file: 'lib/deploy/headers.ts',
    line: 112,
    mutator: 'MethodExpression',
    reason:
      'the files are sorted before the walk, so the subfolders are first met in sorted order already',
  },
  {
    file: 'lib/deploy/html-elements.ts',
    line: 31,
    mutator: 'OptionalChaining',
    reason: 'parse5 gives every element an attrs array (empty if it has none)',
  },
  {
    file: 'lib/deploy/html-elements.ts',
    line: 32,
    mutator: 'ArrayDeclaration',
    reason:
      'parse5 gives every element a childNodes array (empty if it has none), so the fallback never runs',
  },
  {
    file: 'lib/deploy/precompress.ts',
    line: 23,
    mutator: 'StringLiteral',
    reason: 'readdir treats an empty encoding as its default, utf8: the names are the same strings',
  },
  {
    file: 'lib/deploy/precompress.ts',
    line: 35,
    mutator: 'ObjectLiteral',
    reason:
      "Node's default Brotli quality is already the maximum (11), and the size hint does not change the output",
  },
  {
    file: 'lib/deploy/precompress.ts',
    line: 36,
    mutator: 'ObjectLiteral',
    reason:
      "Node's default Brotli quality is already the maximum (11), and the size hint does not change the output",
  },
  {
    file: 'lib/deploy/remove-runtime.ts',
    line: 18,
    mutator: 'StringLiteral',
    reason:
      "the fallback for an element with neither src nor href: neither '' nor the mutant's text starts with /_next/static/",
  },
  {
    file: 'lib/deploy/script-manifest.ts',
    line: 25,
    mutator: 'StringLiteral',
    reason:
      'readFileSync returns a Buffer without the encoding, and JSON.parse reads a Buffer as UTF-8 text: the same manifest',
  },
  {
    file: 'lib/dates.ts',
    line: 13,
    mutator: 'ConditionalExpression',
    reason:
      'a new Intl.DateTimeFormat on every call writes the same date: the cache only saves time',
  },
  {
    file: 'lib/figures/format.ts',
    line: 35,
    mutator: 'Regex',
    reason:
      "no unit's English word begins with a non-letter yet holds a letter: only % begins with a non-letter",
  },
  {
    file: 'lib/figures/format.ts',
    line: 111,
    mutator: 'ConditionalExpression',
    reason:
      'without the early return an empty list still gives undefined: every() of [] is true and returns first, which is undefined',
  },
  {
    file: 'lib/figures/open-data.ts',
    line: 32,
    mutator: 'ConditionalExpression',
    reason: "value['single'] of a range is undefined, as the branch it replaces gives",
  },
  {
    file: 'lib/figures/open-data.ts',
    line: 32,
    mutator: 'StringLiteral',
    reason:
      "with part === '' always false, value['single'] of a range is undefined, as the branch it replaces gives",
  },
  {
    file: 'lib/figures/open-data.ts',
    line: 38,
    mutator: 'ConditionalExpression',
    reason:
      "a measured period has no `by` (the schema's strict object refuses one), so it gives undefined either way",
  },
  {
    file: 'lib/figures/present.ts',
    line: 32,
    mutator: 'StringLiteral',
    reason:
      "statisticsAddress makes the absolute form only for 'absolute': '' gives the relative address too",
  },
  {
    file: 'lib/content/page-check.ts',
    line: 77,
    mutator: 'ConditionalExpression',
    reason:
      'parsing a page again instead of taking the tree kept for the same text gives an equal tree: the cache saves time only',
  },
  ...forOneReason(
    'lib/content/page-check.ts',
    [
      [79, 'ConditionalExpression'],
      [79, 'EqualityOperator'],
    ],
    'when the cache of parsed trees drops its oldest tree changes how many are kept, not what a check finds',
  ),
  {
    file: 'lib/content/page-check.ts',
    line: 279,
    mutator: 'OptionalChaining',
    reason: 'the MDX parser gives every node a position, so position?. never meets undefined',
  },
  {
    file: 'lib/content/page-check.ts',
    line: 360,
    mutator: 'ConditionalExpression',
    reason:
      'only a spread ({...x}) is not an mdxJsxAttribute; adding its undefined name to the written names matches no required attribute',
  },
  {
    file: 'lib/content/page-check.ts',
    line: 370,
    mutator: 'StringLiteral',
    reason:
      "an attribute without a value (null) is refused just above as not plain text, so `value ?? ''` never uses its fallback",
  },
  ...forOneReason(
    'lib/figures/units.ts',
    [7, 8, 9, 10, 11].map((line) => [line, 'ObjectLiteral']),
    'a unit that is not a count emptied to {}: its isCount becomes undefined, which is as false as the false it replaces',
  ),
  ...forOneReason(
    'lib/content/content-module.ts',
    [
      [45, 'StringLiteral'],
      [46, 'MethodExpression'],
      [46, 'StringLiteral'],
      [48, 'StringLiteral'],
      [50, 'StringLiteral'],
      [52, 'ConditionalExpression'],
    ],
    'the key of the cache of compiled files (which files it hashes, in what order, how it is written) or the cache skipped: a file is compiled again, or its unchanged text found again, and the result is the same',
  ),
  ...forOneReason(
    'lib/content/content-module.ts',
    [67, 68, 69].map((line) => [line, 'StringLiteral']),
    "esbuild's platform, target and log level emptied: esbuild takes '' as its default, and a content module (object literals, no packages, nothing newer than ES2022) compiles to the same code; errors are thrown, not logged",
  ),
  ...forOneReason(
    'lib/content/content-module.ts',
    [83, 84, 86].map((line) => [line, 'OptionalChaining']),
    'buildSync fails only with its own error, which always lists at least one message with a location object or null, so these `?.` never meet undefined',
  ),
];
