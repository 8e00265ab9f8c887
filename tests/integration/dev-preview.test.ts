import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, systemChromium } from '../support/browser.mjs';
import { freePort } from '../support/nginx.mjs';

// `npm run dev` runs the same browser scripts as the build (lib/browser/, bundled and rebundled by
// the dev command), over pages React hydrates: the enhancements must work there too, and change
// nothing React then complains about.

let dev: ChildProcess;
let origin: string;
let browser: Browser;
let output = '';

beforeAll(async () => {
  const port = await freePort();
  // `localhost`, the address `next dev` prints and allows its own dev resources from.
  origin = `http://localhost:${port}`;
  dev = spawn('npx', ['tsx', 'lib/content/dev-cli.ts', '--port', String(port)], {
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${origin}/en/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 240) throw new Error(`npm run dev did not answer on ${origin}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
}, 150_000);

afterAll(async () => {
  await browser?.close();
  // The dev command stops what it started (next dev in its own group, esbuild, the checker).
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

/** Opens a page and gathers what the console says while React hydrates it. */
async function open(path: string): Promise<{ page: Page; messages: string[] }> {
  const page = await browser.newPage();
  const messages: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
  // React has taken the page over (it marks the document it hydrates, `_reactListening…`).
  await expect
    .poll(() => page.evaluate(() => Object.keys(document).some((k) => /^_+react/.test(k))), {
      timeout: 30_000,
    })
    .toBe(true);
  await page.waitForTimeout(1000);
  return { page, messages };
}

describe('npm run dev', () => {
  it('runs the copy buttons and access dates on Statistics, with no hydration warning', async () => {
    const { page, messages } = await open('/en/statistics/');
    const entry = page.locator('#high-tech-enterprises');
    await expect.poll(() => entry.locator('button[data-copy-text]').isVisible()).toBe(true);
    const today = await page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    await entry.locator('summary').click();
    await expect
      .poll(() => entry.locator('time[data-access-date]').getAttribute('datetime'))
      .toBe(today);
    expect(messages.filter((text) => /hydrat|did not match/i.test(text))).toEqual([]);
    await page.close();
  }, 180_000);

  it('keeps the #fragment on the language switch, with no hydration warning', async () => {
    const { page, messages } = await open('/zh/golden-altitude/#location-and-environment');
    await expect
      .poll(() => page.getByTestId('language-switch').getAttribute('href'))
      .toBe('/en/golden-altitude/#location-and-environment');
    expect(messages.filter((text) => /hydrat|did not match/i.test(text))).toEqual([]);
    await page.close();
  }, 180_000);
});
