// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): StrykerJS makes small changes to the code in lib/
 * and components/ and runs the unit tests against each; a change no test notices "survives".
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: '.config/vitest.mutation.config.mts' },
  mutate: [
    'lib/**/*.{ts,mjs}',
    'components/**/*.tsx',
    // Types only.
    '!lib/**/*.d.ts',
    // Command-line entry points: thin wrappers the integration tests run as separate processes,
    // where Stryker cannot tell which test ran which line. Their logic lives in the modules above.
    '!lib/**/*-cli.ts',
  ],
  coverageAnalysis: 'perTest',
  // Vitest does not type-check, so nothing needs Stryker's `// @ts-nocheck` lines; left on, it
  // writes them into the <script>s of the HTML fixtures too, and the tests of them fail.
  disableTypeChecks: false,
  // A "static" mutant changes code that runs when a module is loaded (a schema, a table), before
  // any test starts, so Stryker must run the whole suite for each: some 1,900 of them, hours on
  // this machine. They are left out of the routine run and the score; `npm run
  // test:mutation:static` runs them (see README).
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  // Not copied into Stryker's sandbox: other runs' sandboxes and reports, the built site.
  ignorePatterns: ['.stryker', 'out', 'test-results', 'playwright-report', '.screenshots'],
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
  tempDirName: '.stryker/tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.stryker/report/index.html' },
  jsonReporter: { fileName: '.stryker/report/mutation.json' },
  concurrency: 2,
  timeoutMS: 30_000,
};

export default config;
