import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The unit tests alone, for mutation testing: the integration tests build or serve a copy of the
 * project in another process, where Stryker cannot see which code ran.
 */
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
