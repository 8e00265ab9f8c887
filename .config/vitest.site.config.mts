import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Checks of the built site in out/ (validity, links, budgets): run after `npm run build`. */
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
