import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../tests/support/browser.mjs';

// A free port, found once by the main process; the workers inherit it through the environment,
// so a preview server left running elsewhere never collides with the tests.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
])
  .toString()
  .trim();
const port = Number(process.env.E2E_PORT);

/** Browser tests run against the built out/, served over HTTP by the same static server as `npm start`. */
export default defineConfig({
  testDir: '../tests/e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [[process.env.CI ? 'line' : 'list'], ['../tests/support/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Traces cost about a second a test; record them only when re-running a failure locally.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: systemChromium, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `npx serve out --listen tcp://127.0.0.1:${port} --config ../.config/serve.json --no-clipboard`,
    cwd: '..',
    env: { NO_UPDATE_CHECK: '1' },
    url: `http://127.0.0.1:${port}/zh/`,
    reuseExistingServer: false,
  },
});
