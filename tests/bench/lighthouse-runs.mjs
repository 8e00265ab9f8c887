// Runs Lighthouse 12 on each URL given, in one headless Chromium, and writes each report (LHR) as
// JSON to the folder given first: `node lighthouse-runs.mjs <dir> <name>=<url> …`.
//
// Plain Node on purpose, not tsx: tsx's esbuild transform adds `__name(…)` helpers to functions,
// and Lighthouse sends some of its functions to the page as source text, where `__name` does not
// exist ("ReferenceError: __name is not defined" in computeBenchmarkIndex).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, systemChromium } from '../support/browser.mjs';

const [dir, ...runs] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: systemChromium ?? '/usr/bin/chromium',
  chromeFlags: [...new Set(['--headless=new', ...chromiumArgs])],
});
try {
  for (const run of runs) {
    const [name, url] = run.split(/=(.*)/);
    process.stderr.write(`Lighthouse ${url} …\n`);
    // No config: Lighthouse's default, the mobile form factor with simulated throttling.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(result.lhr));
  }
} finally {
  chrome.kill();
}
