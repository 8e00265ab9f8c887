import { vi } from 'vitest';

// Under mutation testing the test files share one module cache (see
// .config/vitest.mutation.config.mts), so that TypeScript, esbuild and unified load once. The
// project's own modules must still start fresh in each file and each run: a memo (the content read
// once, the term patterns) made while one mutant was active must not serve the next. This runs
// before every test file and drops only the modules Vitest itself evaluates (ours); packages from
// node_modules stay loaded.
vi.resetModules();
