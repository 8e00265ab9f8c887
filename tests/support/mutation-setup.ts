import { beforeAll, beforeEach, inject, vi } from 'vitest';

// Under mutation testing the test files share one module cache (see
// .config/vitest.mutation.config.mts), so that TypeScript, esbuild and unified load once. The
// project's own modules must still start fresh in each file and each run: a memo (the content read
// once, the term patterns) made while one mutant was active must not serve the next. This runs
// before every test file and drops only the modules Vitest itself evaluates (ours); packages from
// node_modules stay loaded.
vi.resetModules();

// Because our modules are evaluated afresh in each file, the code they run when they load (a table
// of columns, a schema, a list of marks) belongs to that file's tests. Stryker does not know this:
// it would count such code as covered by no test, or only by a test that happens to import a
// module inside its body, and run only that test against a mutant of the table. So:
// - in the coverage run, what a file's imports ran is added to each of the file's tests;
// - in a mutant's run, the mutant is active before the file's imports, not from its first test.
// The namespace and values are those Stryker's Vitest runner provides to its own setup file.
type Hits = Record<string, number>;
interface StrykerState {
  activeMutant?: string;
  currentTestId?: string;
  mutantCoverage?: { static: Hits; perTest: Record<string, Hits> };
}
const provided = inject as unknown as (key: string) => unknown;
const namespace = provided('globalNamespace') as string | undefined;

if (namespace) {
  const globals = globalThis as unknown as Record<string, StrykerState | undefined>;
  const stryker = (globals[namespace] ??= {});
  if (provided('mode') === 'mutant') {
    stryker.activeMutant = provided('activeMutant') as string;
  } else {
    const staticBefore: Hits = { ...stryker.mutantCoverage?.static };
    let ranOnLoad: Hits = {};
    beforeAll(() => {
      const staticNow = stryker.mutantCoverage?.static ?? {};
      ranOnLoad = {};
      for (const [mutant, hits] of Object.entries(staticNow)) {
        const before = staticBefore[mutant] ?? 0;
        if (hits <= before) continue;
        ranOnLoad[mutant] = hits - before;
        if (before === 0) delete staticNow[mutant];
        else staticNow[mutant] = before;
      }
    });
    // Registered after Stryker's own beforeEach, which names the current test.
    beforeEach(() => {
      const coverage = stryker.mutantCoverage;
      const test = stryker.currentTestId;
      if (!coverage || !test) return;
      const hits = (coverage.perTest[test] ??= {});
      for (const [mutant, count] of Object.entries(ranOnLoad)) {
        hits[mutant] = (hits[mutant] ?? 0) + count;
      }
    });
  }
}
