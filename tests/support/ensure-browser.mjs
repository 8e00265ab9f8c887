// Before the browser tests: use Debian's Chromium where it is installed (build machines cannot
// download browsers); on an ordinary laptop without it, install Playwright's own Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';

if (systemChromium) {
  console.log(`Browser tests use ${systemChromium}.`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`Browser tests use Playwright's Chromium at ${chromium.executablePath()}.`);
} else {
  console.log('No Chromium found: installing Playwright’s own (npx playwright install chromium).');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  process.exit(install.status ?? 1);
}
