/**
 * Takes full-page screenshots of the built site at phone and desktop widths, for a person to
 * look at: run with `node tests/support/screenshots.mjs`
 * while `npm run serve` is running. Pages are given as arguments (default: every locale's home);
 * VIEWPORT_ONLY=1 captures only the first screen; AIDS='{"textSize":3}' sets the reading aids (as
 * lib/browser/reading-aids-state.ts stores them) and OPEN_AIDS=1 opens their panel; SCHEME=dark
 * emulates a system dark colour scheme (and adds -dark to the names); SUFFIX names the files apart.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from './browser.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/zh/', '/en/'];
const widths = { phone: 360, desktop: 1280 };

mkdirSync('.screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
for (const [name, width] of Object.entries(widths)) {
  const scheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
  if (process.env.AIDS) {
    await page.addInitScript(
      (aids) => localStorage.setItem('park-reading-aids', aids),
      process.env.AIDS,
    );
  }
  for (const path of paths) {
    await page.goto(base + path);
    if (process.env.OPEN_AIDS) await page.locator('[data-reading-aids] summary').click();
    const file = `.screenshots/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root'}-${name}${scheme === 'dark' ? '-dark' : ''}${process.env.SUFFIX ?? ''}.png`;
    await page.screenshot({ path: file, fullPage: !process.env.VIEWPORT_ONLY });
    console.log(file);
  }
  await page.close();
}
await browser.close();
