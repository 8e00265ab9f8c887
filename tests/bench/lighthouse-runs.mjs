// Runs Lighthouse 12 in one headless Chromium for bench.ts, which starts this file with fork() and
// sends one message per run, `{ url, file, ignoreStatusCode }`: this writes the report (LHR) as
// JSON to `file` and answers `{}`, or `{ error }`. It stops Chromium and ends when bench.ts
// disconnects (or ends).
//
// Plain Node on purpose, not tsx: tsx's esbuild transform adds `__name(…)` helpers to functions,
// and Lighthouse sends some of its functions to the page as source text, where `__name` does not
// exist ("ReferenceError: __name is not defined" in computeBenchmarkIndex).
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, systemChromium } from '../support/browser.mjs';

const chrome = chromeLauncher.launch({
  chromePath: systemChromium ?? '/usr/bin/chromium',
  chromeFlags: [...new Set(['--headless=new', ...chromiumArgs])],
});

/** Answers bench.ts, unless it has gone (Ctrl-C reaches both). */
const reply = (message) => process.connected && process.send(message);

process.on('message', async ({ url, file, ignoreStatusCode }) => {
  try {
    // No config: Lighthouse's default, the mobile form factor with simulated throttling.
    // ignoreStatusCode: the 404 page is measured as it is served, with the status 404.
    const result = await lighthouse(url, {
      port: (await chrome).port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      ignoreStatusCode,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    writeFileSync(file, JSON.stringify(result.lhr));
    reply({});
  } catch (error) {
    reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

process.on('disconnect', async () => (await chrome).kill());
