// ESLint's flat config, run as `eslint --config .config/eslint.config.mjs` so that the project's
// top level holds only the folders the design fixes. With --config, paths are relative to the
// working directory, which is the project root.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    '.next/**',
    'out/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    // Bundles and their manifest, written by the build (lib/deploy/browser-scripts.ts).
    'public/assets/**',
    '.build/**',
    // Mutation testing's sandboxes and reports (npm run test:mutation).
    '.stryker/**',
  ]),
]);
