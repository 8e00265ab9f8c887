// `npm run bench`: builds the site, then for each kind of page in both languages prints its weight
// and its Lighthouse 12 mobile scores. `npm run bench -- --scale`: build time for 100, 500 and
// 1,000 generated pages. Timings are wall-clock on a shared machine: compare runs, not digits.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Result } from 'lighthouse';
import { routing } from '@/lib/i18n/routing';
import { freePort, startNginx } from '../support/nginx.mjs';
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
const locales = routing.locales;

// ---------------------------------------------------------------------------------------------
// Building

interface BuildTime {
  /** Wall clock. */
  seconds: number;
  /**
   * CPU time (user + system) of the build and all its processes, from bash's `times`. Another
   * build on the same 2 cores can double the wall clock; it barely moves the CPU time, which is
   * therefore the number to compare between sizes.
   */
  cpuSeconds: number;
  /** The 1-minute load average when the build ended: how busy the machine was. */
  load: number;
}

/** Runs `npm run build` in `cwd` and times it, or throws with the build's output. */
function build(cwd: string, env: Record<string, string> = {}): BuildTime {
  const started = performance.now();
  // The build writes to stderr, so stdout holds only what `times` prints: the shell's own times,
  // then its children's ("1m2.500s 0m3.250s", user then system).
  const run = spawnSync('bash', ['-c', 'npm run build >&2; status=$?; times; exit $status'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`npm run build failed in ${cwd}:\n${run.stderr}`);
  const children = run.stdout.trim().split('\n').at(-1) ?? '';
  const cpuSeconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)]
    .map(([, minutes, secs]) => Number(minutes) * 60 + Number(secs))
    .reduce((a, b) => a + b, 0);
  return { seconds, cpuSeconds, load: loadavg()[0]! };
}

// ---------------------------------------------------------------------------------------------
// Serving out/: as production does, with nginx and deploy/nginx.conf (Brotli, caching headers,
// the Content-Security-Policy), so Lighthouse measures what visitors would get.

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
  failing: Record<string, { title: string; displayValue?: string; weight: number }[]>;
  /**
   * Lighthouse's measure of this machine's CPU speed (higher is faster). Simulated throttling
   * multiplies the CPU time it observes by 4, so on a busy or slow machine (under about 1,000)
   * TBT and LCP come out worse than on the phone they stand for.
   */
  benchmarkIndex: number;
}

const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function summarize(lhr: Result): Audit {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing: Audit['failing'] = {};
  for (const id of categoryIds) {
    failing[id] = (lhr.categories[id]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map(({ ref, audit }) => ({
        title: audit!.title,
        displayValue: audit!.displayValue,
        weight: ref.weight,
      }));
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
    benchmarkIndex: lhr.environment.benchmarkIndex,
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

function scoreOf(audit: Audit, category: (typeof categoryIds)[number]): number {
  return {
    performance: audit.performance,
    accessibility: audit.accessibility,
    'best-practices': audit.bestPractices,
    seo: audit.seo,
  }[category];
}

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
  const buildTime = build(projectRoot, { SITE_URL: origin });
  console.log(
    `Build: ${buildTime.seconds.toFixed(1)} s wall clock, ${buildTime.cpuSeconds.toFixed(1)} s CPU, ` +
      `load average ${buildTime.load.toFixed(1)} on ${availableParallelism()} cores ` +
      '(the machine is shared: the wall clock varies with what else runs)\n',
  );

  const outDir = path.join(projectRoot, 'out');
  const server = await startNginx({ root: outDir, port });
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

  // What stands between each category and 100. Only audits with a weight change the score (in
  // performance, the five metrics); the others are Lighthouse's advice on what would move them.
  console.log('\nWhat stands in the way of 100 (audits scoring below 1):');
  for (const id of categoryIds) {
    const below = rows.filter((row) => scoreOf(row.audit, id) < 100);
    if (below.length === 0) continue;
    console.log(`  ${id}: below 100 on ${below.map((row) => row.path).join(', ')}`);
    const byAudit = new Map<string, { weight: number; pages: string[] }>();
    for (const row of rows)
      for (const { title, displayValue, weight } of row.audit.failing[id] ?? []) {
        const entry = byAudit.get(title) ?? { weight, pages: [] };
        entry.pages.push(displayValue ? `${row.path} ${displayValue}` : row.path);
        byAudit.set(title, entry);
      }
    const list = (weighted: boolean) =>
      [...byAudit]
        .filter(([, { weight }]) => weight > 0 === weighted)
        .map(([title, { pages }]) =>
          pages.length === rows.length && weighted === false
            ? `      - ${title}: all pages (e.g. ${pages[0]})`
            : `      - ${title}: ${pages.join(', ')}`,
        );
    console.log('    scored (these cost the points):');
    console.log(list(true).join('\n') || '      (none)');
    const advice = list(false);
    if (advice.length > 0)
      console.log(`    advice (no weight of their own):\n${advice.join('\n')}`);
  }
  const indexes = rows.map((row) => row.audit.benchmarkIndex);
  console.log(
    `\nLighthouse benchmarkIndex (CPU speed) ${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)}: ` +
      'below about 1,000 the simulated 4× CPU slowdown overstates TBT and LCP (a build running beside this one lowers it).',
  );

  console.log('\nLCP under 1.5 s?');
  for (const row of rows)
    console.log(
      `  ${row.path.padEnd(22)} ${(row.audit.lcp / 1000).toFixed(2)} s  ${row.audit.lcp < 1500 ? 'yes' : 'NO'}`,
    );

  mkdirSync(resultsDir, { recursive: true });
  const json = path.join(resultsDir, 'bench.json');
  writeFileSync(
    json,
    JSON.stringify({ date: new Date().toISOString(), origin, build: buildTime, rows }, null, 2),
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
  const results: ({ generated: number; pages: number } & BuildTime)[] = [];
  for (const generated of sizes) {
    // A fresh copy each time: no build cache or pages from the previous size.
    const copy = copyProject();
    try {
      generatePages(copy, generated / 2);
      const pages = existingPageCount(copy);
      process.stderr.write(
        `Building ${generated} generated pages (${pages} in all) in ${copy} …\n`,
      );
      results.push({ generated, pages, ...build(copy) });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }

  console.log(
    `Full \`npm run build\` (check, next build, Pagefind) on ${availableParallelism()} shared cores.\n`,
  );
  const perPage = (seconds: number, pages: number) => (seconds / pages).toFixed(3);
  const marginal = (key: 'seconds' | 'cpuSeconds', index: number) => {
    const [previous, current] = [results[index - 1], results[index]!];
    return previous
      ? ((current[key] - previous[key]) / (current.pages - previous.pages)).toFixed(3)
      : '';
  };
  console.log(
    table(
      [
        'generated',
        'pages',
        'wall s',
        'wall s/page',
        'CPU s',
        'CPU s/page',
        'marginal CPU s/page',
        'load',
      ],
      results.map((result, index) => [
        String(result.generated),
        String(result.pages),
        result.seconds.toFixed(1),
        perPage(result.seconds, result.pages),
        result.cpuSeconds.toFixed(1),
        perPage(result.cpuSeconds, result.pages),
        marginal('cpuSeconds', index),
        result.load.toFixed(1),
      ]),
    ),
  );

  // Seconds per page fall as the fixed cost (starting Next, compiling, Pagefind) is shared out,
  // so "s/page at 1,000 ≤ s/page at 100 × 1.1" holds even for mildly superlinear growth. The
  // marginal cost tells: with linear growth, each page added from 500 to 1,000 costs no more than
  // each page added from 100 to 500 (10 % allowed for noise). CPU time is used because the wall
  // clock of a shared machine swings by more than the whole effect (load average column).
  const fit = (key: 'seconds' | 'cpuSeconds') => {
    const meanX = results.reduce((sum, r) => sum + r.pages, 0) / results.length;
    const meanY = results.reduce((sum, r) => sum + r[key], 0) / results.length;
    const slope =
      results.reduce((sum, r) => sum + (r.pages - meanX) * (r[key] - meanY), 0) /
      results.reduce((sum, r) => sum + (r.pages - meanX) ** 2, 0);
    return { fixed: meanY - slope * meanX, slope };
  };
  const cpu = fit('cpuSeconds');
  const wall = fit('seconds');
  const lower = Number(marginal('cpuSeconds', 1));
  const upper = Number(marginal('cpuSeconds', 2));
  const linear = upper <= lower * 1.1;
  console.log(
    `\nFitted lines: CPU ${cpu.fixed.toFixed(1)} s + ${cpu.slope.toFixed(3)} s/page; ` +
      `wall ${wall.fixed.toFixed(1)} s + ${wall.slope.toFixed(3)} s/page.`,
  );
  console.log(
    `Marginal CPU cost ${lower.toFixed(3)} s/page (${sizes[0]}→${sizes[1]}), ${upper.toFixed(3)} s/page ` +
      `(${sizes[1]}→${sizes[2]}): ${linear ? 'growth is linear or better' : 'growth is WORSE than linear'}.`,
  );
  const [first, , last] = results;
  console.log(
    `CPU s/page at ${last!.generated} vs ${first!.generated}: ` +
      `${(last!.cpuSeconds / last!.pages / (first!.cpuSeconds / first!.pages)).toFixed(2)}× (≤ 1.10 wanted).`,
  );

  mkdirSync(resultsDir, { recursive: true });
  const json = path.join(resultsDir, 'bench-scale.json');
  writeFileSync(
    json,
    JSON.stringify({ date: new Date().toISOString(), results, cpu, wall, linear }, null, 2),
  );
  console.log(`\nRaw numbers: ${path.relative(projectRoot, json)}`);
}

// No top-level await: tsx compiles this file to CommonJS (the package is not "type": "module").
(process.argv.includes('--scale') ? scale() : bench()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
