import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The unit tests alone, for mutation testing: the integration tests build or serve a copy of the
 * project in another process, where Stryker cannot see which code ran.
 *
 * Stryker runs the tests again for each of some 2,500 mutants; re-importing the content layer
 * (TypeScript, esbuild, unified) for each run would take most of the time, so the test files share
 * the modules of node_modules (`isolate: false`), which makes a run several times faster; ours
 * are evaluated afresh in each file (tests/support/mutation-setup.ts). The one file that
 * replaces a module with `vi.mock` keeps a fresh copy of its own.
 */
const mocksModules = 'tests/unit/dataset-settings.test.ts';

export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared-modules',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [mocksModules],
          isolate: false,
          setupFiles: ['tests/support/mutation-setup.ts'],
        },
      },
      { extends: true, test: { name: 'isolated', include: [mocksModules] } },
    ],
  },
});
