// `npm run bench`: builds the site, then for each kind of page in both languages prints its weight
// and its Lighthouse 12 mobile scores. `npm run bench -- --scale`: build time for 100, 500 and
// 1,000 generated pages. Timings are wall-clock on a shared machine: compare runs, not digits.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Result } from 'lighthouse';
import { kb, measurePage, type PageWeight } from '../support/page-weight';
import { generatePages } from './generate-pages';

// npm runs scripts from the project root. (tsx runs this file as CommonJS, without import.meta.)
const projectRoot = process.cwd();
const resultsDir = path.join(projectRoot, 'test-results');

/** One page of each kind, in both languages. */
const pageKinds = [
  { kind: 'home', slug: '' },
  { kind: 'content', slug: 'golden-altitude/' },
  { kind: 'statistics', slug: 'statistics/' },
  { kind: 'news', slug: 'news/' },
  { kind: 'search', slug: 'search/' },
];
const locales = ['zh', 'en'] as const;

// ---------------------------------------------------------------------------------------------
// Building

/** Runs `npm run build` in `cwd`; returns wall-clock seconds, or throws with the build's output. */
function build(cwd: string, env: Record<string, string> = {}): number {
  const started = performance.now();
  const run = spawnSync('npm', ['run', 'build'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0)
    throw new Error(`npm run build failed in ${cwd}:\n${run.stdout}\n${run.stderr}`);
  return seconds;
}

// ---------------------------------------------------------------------------------------------
// Serving out/

interface Server {
  origin: string;
  stop(): Promise<void>;
}

/** A free loopback port, found by letting the system pick one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer within 10 s`);
}

/**
 * Serves `root` with `serve`, as `npm run serve` does. Note that serve gzips on the fly (at its own
 * level), so what Lighthouse receives is close to, not equal to, the level-9 sizes in the table.
 */
async function startServe({ root, port }: { root: string; port?: number }): Promise<Server> {
  const listen = port ?? (await freePort());
  const child = spawn(
    path.join(projectRoot, 'node_modules/.bin/serve'),
    // serve reads --config relative to the folder it serves.
    [
      root,
      '--listen',
      `tcp://127.0.0.1:${listen}`,
      '--config',
      path.relative(root, path.join(projectRoot, '.config/serve.json')),
    ],
    { env: { ...process.env, NO_UPDATE_CHECK: '1' }, stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${listen}`;
  await waitForHttp(`${origin}/`, child);
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

// Production serves out/ with nginx and the project's config. When tests/support/nginx.mjs
// exists, switch this one line to `startNginx` (import { startNginx } from '../support/nginx.mjs'),
// which takes the same { root, port } and returns the same { origin, stop }.
const startServer = startServe;

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface Audit {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds. */
  lcp: number;
  /** Milliseconds. */
  tbt: number;
  cls: number;
  /** Audits that cost points, by category id. */
  failing: Record<string, { title: string; displayValue?: string }[]>;
}

const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function summarize(lhr: Result): Audit {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing: Audit['failing'] = {};
  for (const id of categoryIds) {
    failing[id] = (lhr.categories[id]?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => ({ title: audit!.title, displayValue: audit!.displayValue }));
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failing,
  };
}

/**
 * Lighthouse reports for `urls` (name → URL), from one Chromium, run by lighthouse-runs.mjs in
 * plain Node (see there why not here); the reports stay in test-results/lighthouse/.
 */
function runLighthouse(urls: Map<string, string>): Map<string, Audit> {
  const dir = path.join(resultsDir, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const run = spawnSync(
    process.execPath,
    [
      path.join(projectRoot, 'tests/bench/lighthouse-runs.mjs'),
      dir,
      ...[...urls].map(([name, url]) => `${name}=${url}`),
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`Lighthouse failed (exit ${run.status})`);
  return new Map(
    [...urls].map(([name, url]) => {
      const lhr = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Result;
      if (lhr.runtimeError)
        throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
      return [name, summarize(lhr)];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Printing

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]!.length)),
  );
  // Text columns left, numbers right.
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

const sizeCell = ({ raw, gzip }: { raw: number; gzip: number }) => `${kb(raw)}/${kb(gzip)}`;

// ---------------------------------------------------------------------------------------------
// npm run bench

interface Row {
  kind: string;
  path: string;
  weight: PageWeight;
  audit: Audit;
}

async function bench(): Promise<void> {
  // The bench server's origin is known before the build, so SITE_URL (canonical, hreflang,
  // sitemap, share tags) points at the very server Lighthouse loads. Lighthouse 12's canonical
  // audit does not compare origins (core/audits/seo/canonical.js), so the SEO score would be the
  // same with the default SITE_URL; matching them keeps the page self-consistent all the same.
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  console.log(`Building with SITE_URL=${origin} …`);
  const buildSeconds = build(projectRoot, { SITE_URL: origin });
  console.log(
    `Build: ${buildSeconds.toFixed(1)} s (wall clock; the machine is shared, so ±20 % is noise)\n`,
  );

  const outDir = path.join(projectRoot, 'out');
  const server = await startServer({ root: outDir, port });
  const pages = pageKinds.flatMap(({ kind, slug }) =>
    locales.map((locale) => ({ kind, path: `/${locale}/${slug}`, name: `${kind}-${locale}` })),
  );
  let audits: Map<string, Audit>;
  try {
    audits = runLighthouse(new Map(pages.map((page) => [page.name, server.origin + page.path])));
  } finally {
    await server.stop();
  }
  const rows: Row[] = pages.map((page) => ({
    kind: page.kind,
    path: page.path,
    weight: measurePage(path.join(outDir, page.path, 'index.html'), page.path, outDir),
    audit: audits.get(page.name)!,
  }));

  console.log(
    'Sizes in KB (1,024 bytes) raw/gzip (level 9). JS: first-load <script src>, without nomodule;',
  );
  console.log(
    'inline scripts (RSC payload) are inside HTML. Lighthouse 12, mobile, simulated throttling.\n',
  );
  console.log(
    table(
      [
        'kind',
        'page',
        'HTML',
        'CSS',
        'JS',
        'inline JS',
        'perf',
        'a11y',
        'best',
        'SEO',
        'LCP s',
        'TBT ms',
        'CLS',
      ],
      rows.map(({ kind, path: pagePath, weight, audit }) => [
        kind,
        pagePath,
        sizeCell(weight.html),
        sizeCell(weight.css),
        sizeCell(weight.js),
        sizeCell(weight.inlineScript),
        String(audit.performance),
        String(audit.accessibility),
        String(audit.bestPractices),
        String(audit.seo),
        (audit.lcp / 1000).toFixed(2),
        audit.tbt.toFixed(0),
        audit.cls.toFixed(3),
      ]),
    ),
  );

  // What stands between each category and 100, with the pages where it happens.
  console.log('\nWhat costs points (audits scoring below 1, by category):');
  let anything = false;
  for (const id of categoryIds) {
    const pagesByAudit = new Map<string, string[]>();
    for (const row of rows)
      for (const { title, displayValue } of row.audit.failing[id] ?? []) {
        pagesByAudit.set(title, [
          ...(pagesByAudit.get(title) ?? []),
          displayValue ? `${row.path} (${displayValue})` : row.path,
        ]);
      }
    if (pagesByAudit.size === 0) continue;
    anything = true;
    console.log(`  ${id}:`);
    for (const [title, pages] of pagesByAudit) console.log(`    - ${title}: ${pages.join(', ')}`);
  }
  if (!anything) console.log('  nothing: every category is 100 on every page');

  console.log('\nLCP under 1.5 s?');
  for (const row of rows)
    console.log(
      `  ${row.path.padEnd(22)} ${(row.audit.lcp / 1000).toFixed(2)} s  ${row.audit.lcp < 1500 ? 'yes' : 'NO'}`,
    );

  mkdirSync(resultsDir, { recursive: true });
  const json = path.join(resultsDir, 'bench.json');
  writeFileSync(
    json,
    JSON.stringify({ date: new Date().toISOString(), origin, buildSeconds, rows }, null, 2),
  );
  console.log(`\nRaw numbers: ${path.relative(projectRoot, json)}`);
}

// ---------------------------------------------------------------------------------------------
// npm run bench -- --scale

/** Leaves out what a build makes or installs, and git's pointer to this worktree. */
const notCopied = new Set([
  'node_modules',
  '.next',
  'out',
  'test-results',
  'playwright-report',
  '.screenshots',
  '.git',
]);

/**
 * A copy of the project in the temporary folder. node_modules is hard-linked (`cp -al`): Turbopack
 * refuses a symlinked node_modules, since it compiles nothing outside the project root ("Could not
 * find the Next.js package"), and hard links give a real folder in a second without the space.
 */
function copyProject(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'park-scale-'));
  for (const name of readdirSync(projectRoot).filter((name) => !notCopied.has(name)))
    cpSync(path.join(projectRoot, name), path.join(copy, name), { recursive: true });
  const linked = spawnSync(
    'cp',
    ['-al', path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules')],
    { encoding: 'utf8' },
  );
  if (linked.status !== 0) throw new Error(`could not link node_modules: ${linked.stderr}`);
  return copy;
}

/** Published pages of the site itself (both locales), so that totals include them. */
function existingPageCount(root: string): number {
  return locales
    .map((locale) =>
      readdirSync(path.join(root, 'content', locale), { recursive: true, encoding: 'utf8' }),
    )
    .flat()
    .filter((name) => name.endsWith('.mdx')).length;
}

async function scale(): Promise<void> {
  const sizes = [100, 500, 1000];
  const results: { generated: number; pages: number; seconds: number; perPage: number }[] = [];
  for (const generated of sizes) {
    // A fresh copy each time: no build cache or pages from the previous size.
    const copy = copyProject();
    try {
      generatePages(copy, generated / 2);
      const pages = existingPageCount(copy);
      process.stderr.write(
        `Building ${generated} generated pages (${pages} in all) in ${copy} …\n`,
      );
      const seconds = build(copy);
      results.push({ generated, pages, seconds, perPage: seconds / pages });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }

  console.log(
    'Full `npm run build` (check, next build, Pagefind), wall clock on a shared 2-core machine.\n',
  );
  console.log(
    table(
      ['generated', 'pages', 'build s', 's/page', 'marginal s/page'],
      results.map((result, index) => {
        const previous = results[index - 1];
        const marginal = previous
          ? ((result.seconds - previous.seconds) / (result.pages - previous.pages)).toFixed(3)
          : '';
        return [
          String(result.generated),
          String(result.pages),
          result.seconds.toFixed(1),
          result.perPage.toFixed(3),
          marginal,
        ];
      }),
    ),
  );

  // Seconds per page fall as the fixed cost (starting Next, compiling, Pagefind) is shared out,
  // so they alone cannot reveal superlinear growth. The marginal cost can: with linear growth the
  // cost of the next 500 pages is no more than that of the 400 before (10 % allowed for noise).
  const [, middle, last] = results;
  const first = results[0]!;
  const lower = (middle!.seconds - first.seconds) / (middle!.pages - first.pages);
  const upper = (last!.seconds - middle!.seconds) / (last!.pages - middle!.pages);
  const linear = upper <= lower * 1.1;
  // Least-squares line through the three points: fixed cost and cost per page.
  const meanX = results.reduce((s, r) => s + r.pages, 0) / results.length;
  const meanY = results.reduce((s, r) => s + r.seconds, 0) / results.length;
  const slope =
    results.reduce((s, r) => s + (r.pages - meanX) * (r.seconds - meanY), 0) /
    results.reduce((s, r) => s + (r.pages - meanX) ** 2, 0);
  console.log(
    `\nFitted line: ${(meanY - slope * meanX).toFixed(1)} s fixed + ${slope.toFixed(3)} s per page.`,
  );
  console.log(
    `Marginal cost ${lower.toFixed(3)} s/page (${first.generated}→${middle!.generated}), ${upper.toFixed(3)} s/page (${middle!.generated}→${last!.generated}): ` +
      (linear ? 'growth is linear or better.' : 'growth is WORSE than linear.'),
  );
  console.log(
    `s/page at ${last!.generated} vs ${first.generated}: ${(last!.perPage / first.perPage).toFixed(2)}× (≤ 1.10 wanted).`,
  );

  mkdirSync(resultsDir, { recursive: true });
  const json = path.join(resultsDir, 'bench-scale.json');
  writeFileSync(
    json,
    JSON.stringify({ date: new Date().toISOString(), results, slope, linear }, null, 2),
  );
  console.log(`\nRaw numbers: ${path.relative(projectRoot, json)}`);
}

// No top-level await: tsx compiles this file to CommonJS (the package is not "type": "module").
(process.argv.includes('--scale') ? scale() : bench()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
