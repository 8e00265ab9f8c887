import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../tests/support/browser.mjs';

// A free port, found once by the main process; the workers inherit it through the environment,
// so a preview server left running elsewhere never collides with the tests.
const freePort = () =>
  execFileSync(process.execPath, [
    '-e',
    "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
  ])
    .toString()
    .trim();
process.env.E2E_PORT ??= freePort();
process.env.E2E_NGINX_PORT ??= freePort();
const port = Number(process.env.E2E_PORT);
const nginxPort = Number(process.env.E2E_NGINX_PORT);
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: systemChromium, args: chromiumArgs },
};

/**
 * Browser tests run against the built out/, served over HTTP: all of them by a plain static
 * server (`serve`, which needs no system package), and those tagged @nginx also by nginx with the
 * production configuration (deploy/, as `npm start` serves it), whose Content-Security-Policy
 * they must run under without a violation.
 */
export default defineConfig({
  testDir: '../tests/e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  // Three on two cores: a browser test waits (network idle, speech, reloads) as much as it
  // computes. All 149 tests, measured on this machine: 9.4 min with three run alone, 10.4–11.8
  // with two in CI runs; the CI run with three took 12.1 (machines vary: see the issue notes).
  workers: Number(process.env.E2E_WORKERS ?? 3),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [[process.env.CI ? 'line' : 'list'], ['../tests/support/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Traces cost about a second a test; record them only when re-running a failure locally.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: /csp\.spec\.ts/, use: chromium },
    {
      name: 'nginx',
      grep: /@nginx/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${nginxPort}` },
    },
  ],
  webServer: [
    {
      command: `npx serve out --listen tcp://127.0.0.1:${port} --config ../.config/serve.json --no-clipboard`,
      cwd: '..',
      env: { NO_UPDATE_CHECK: '1' },
      url: `http://127.0.0.1:${port}/zh/`,
      reuseExistingServer: false,
    },
    {
      command: `node tests/support/nginx-cli.mjs ${nginxPort}`,
      cwd: '..',
      url: `http://127.0.0.1:${nginxPort}/zh/`,
      reuseExistingServer: false,
    },
  ],
});
