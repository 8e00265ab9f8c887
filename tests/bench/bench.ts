// `npm run bench`: builds a base version of the site (by default the last main before this round)
// in a temporary git worktree and the working tree, serves each with its own nginx setup, and
// prints for each kind of page in both languages the medians of 3 Lighthouse 12 mobile runs per
// version, with the page weights, base against current. Options:
//   --base <git ref>   the version to compare with (default fc11800)
//   --no-base          the working tree alone
//   --pages <kinds>    some kinds of page only, e.g. home,404 (of home, content, statistics,
//                      news, search, 404)
//   --runs <n>         Lighthouse runs per page and version (default 3)
// Each run notes whether other processes kept the machine busy (quiet.ts): a WARNING at once, a *
// in the table.
// `npm run bench -- --scale`: build time for 100, 500 and 1,000 generated pages.
// Timings are wall-clock on a shared machine: compare runs, not digits.
import { fork, spawnSync } from 'node:child_process';
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
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Result } from 'lighthouse';
import { routing } from '@/lib/i18n/routing';
import { freePort } from '../support/nginx.mjs';
import type * as NginxHelper from '../support/nginx.mjs';
import { generatePages } from './generate-pages';
import { busyShare, checkNow, cores, describeLoad, startMeter, type LoadReading } from './quiet';

// npm runs scripts from the project root. (tsx runs this file as CommonJS, without import.meta.)
const projectRoot = process.cwd();
const resultsDir = path.join(projectRoot, 'test-results');
const reportsDir = path.join(resultsDir, 'lighthouse');

/** The last main before this round of changes: what `--base` compares with by default. */
const defaultBase = 'fc11800';

/** One page of each kind, in both languages. */
const pageKinds = [
  { kind: 'home', slug: '' },
  { kind: 'content', slug: 'golden-altitude/' },
  { kind: 'statistics', slug: 'statistics/' },
  { kind: 'news', slug: 'news/' },
  { kind: 'search', slug: 'search/' },
  // The 404 page has no address of its own (nginx keeps /zh/404/ internal): nginx answers any
  // missing address with its locale's 404 page and the status 404 (deploy/park-http.conf).
  { kind: '404', slug: 'no-such-page/', file: '404/index.html', status: 404 },
];
const locales = routing.locales;

interface Page {
  /** `home-zh`: names the Lighthouse reports. */
  name: string;
  kind: string;
  /** The address requested. */
  path: string;
  /** The file served, relative to out/. */
  file: string;
  status: number;
}

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

/** Runs a command to its end, or throws with its output; returns its standard output. */
function run(command: string, args: string[], cwd = projectRoot): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stderr}`);
  return result.stdout;
}

/**
 * Hard-links `from`/node_modules into `to` (`cp -al`): Turbopack refuses a symlinked node_modules,
 * since it compiles nothing outside the project root ("Could not find the Next.js package";
 * vercel/next.js#98111 is this very case, a git worktree sharing the main checkout's), and hard
 * links give a real folder in a second without the space.
 */
function linkNodeModules(from: string, to: string): void {
  run('cp', ['-al', path.join(from, 'node_modules'), path.join(to, 'node_modules')]);
}

// ---------------------------------------------------------------------------------------------
// Cleaning up: what to undo at the end, even on failure or Ctrl-C (nginx, Chromium, the worktree)

const cleanups: (() => unknown)[] = [];
let cleaning: Promise<void> | undefined;

/** Runs the cleanups, last first, once: a second call waits for the first. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error('While cleaning up:', error);
      }
    }
  })();
  return cleaning;
}

/**
 * A checkout of `commit` in a temporary git worktree, with this tree's node_modules when
 * package-lock.json is the same, after `npm ci` otherwise. It is removed by cleanUp().
 */
function addWorktree(commit: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'park-base-'));
  cleanups.push(() => {
    rmSync(dir, { recursive: true, force: true });
    run('git', ['worktree', 'prune']);
  });
  run('git', ['worktree', 'add', '--detach', dir, commit]);
  const lock = run('git', ['show', `${commit}:package-lock.json`]);
  if (lock === readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) {
    linkNodeModules(projectRoot, dir);
  } else {
    console.log('package-lock.json differs from the working tree’s: npm ci in the worktree …');
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// The versions compared: the base (A) and the working tree (B)

interface Site {
  name: 'base' | 'current';
  /** "A" or "B" in the table. */
  letter: string;
  /** The tree it is built in. */
  root: string;
  /** The commit built (for the working tree, the one its changes start from). */
  commit: string;
  /** In the legend: "base fc11800", "working tree (fc11800 + 50 files changed or new)". */
  label: string;
  origin: string;
  build?: BuildTime;
}

/** Serves `site`'s out/ with that tree's own nginx helper and deploy/nginx.conf, until cleanUp(). */
async function serve(site: Site): Promise<void> {
  const helper = path.join(site.root, 'tests/support/nginx.mjs');
  const { startNginx } = (await import(pathToFileURL(helper).href)) as typeof NginxHelper;
  const server = await startNginx({
    root: path.join(site.root, 'out'),
    port: Number(new URL(site.origin).port),
  });
  cleanups.push(() => server.stop());
}

/** Page weights by each tree's own tests/support/page-weight.ts (weigh-pages.ts says why). */
interface Weight {
  html: Size;
  js: Size;
  css: Size;
  inlineScript: Size;
}
interface Size {
  raw: number;
  gzip: number;
}

function weigh(site: Site, pages: Page[]): Weight[] {
  const output = run(
    path.join(site.root, 'node_modules/.bin/tsx'),
    [path.join(projectRoot, 'tests/bench/weigh-pages.ts'), JSON.stringify(pages)],
    site.root,
  );
  return JSON.parse(output) as Weight[];
}

/** Checks that `site` answers `page` with the status expected and the very file weighed. */
async function checkServed(site: Site, page: Page): Promise<void> {
  const response = await fetch(site.origin + page.path);
  const body = await response.text();
  const file = readFileSync(path.join(site.root, 'out', page.file), 'utf8');
  if (response.status !== page.status || body !== file)
    throw new Error(
      `${site.origin}${page.path} answers ${response.status}` +
        (body === file ? '' : ` with another body than out/${page.file}`) +
        `, expected ${page.status} with out/${page.file}`,
    );
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Where each category's score is kept in an Audit. */
const scoreOf = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'bestPractices',
  seo: 'seo',
} as const;
const scoreKeys = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'lcp',
  'tbt',
  'cls',
] as const;
type Scores = Record<(typeof scoreKeys)[number], number>;

interface Audit extends Scores {
  /** Audits that cost points, by category id. */
  failing: Record<string, { title: string; displayValue?: string; weight: number }[]>;
  /**
   * Lighthouse's measure of this machine's CPU speed (higher is faster). Simulated throttling
   * multiplies the CPU time it observes by 4, so on a busy or slow machine (under about 1,000)
   * TBT and LCP come out worse than on the phone they stand for.
   */
  benchmarkIndex: number;
}

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

/** Runs Lighthouse on `url`, keeps the report in `file` and returns its summary. */
type Lighthouse = (url: string, file: string, ignoreStatusCode: boolean) => Promise<Audit>;

/**
 * Starts lighthouse-runs.mjs in plain Node (see there why not tsx), one Chromium for all runs,
 * and returns a function that runs Lighthouse on `url` and returns the report, kept in `file`.
 */
function startLighthouse(): Lighthouse {
  const child = fork(path.join(projectRoot, 'tests/bench/lighthouse-runs.mjs'), [], {
    execArgv: [],
  });
  let pending: { resolve: () => void; reject: (error: Error) => void } | undefined;
  child.on('message', (reply: { error?: string }) => {
    if (reply.error) pending?.reject(new Error(reply.error));
    else pending?.resolve();
  });
  child.on('exit', (code) =>
    pending?.reject(new Error(`lighthouse-runs.mjs ended (exit ${code})`)),
  );
  cleanups.push(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.disconnect(); // it stops Chromium, then ends
    await exited;
  });
  return async (url, file, ignoreStatusCode) => {
    if (!child.connected) throw new Error('lighthouse-runs.mjs has ended');
    await new Promise<void>((resolve, reject) => {
      pending = { resolve, reject };
      child.send({ url, file, ignoreStatusCode });
    });
    const lhr = JSON.parse(readFileSync(file, 'utf8')) as Result;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    return summarize(lhr);
  };
}

/**
 * One Lighthouse run and how busy the machine was meanwhile. Tried up to 3 times: on a busy
 * machine Lighthouse now and then fails to record the trace ("NO_NAVSTART … Please run Lighthouse
 * again"), which should not cost the runs before it.
 */
async function lighthouseRun(
  lighthouse: Lighthouse,
  url: string,
  file: string,
  ignoreStatusCode: boolean,
): Promise<{ audit: Audit; reading: LoadReading }> {
  for (let attempt = 1; ; attempt++) {
    const read = startMeter();
    try {
      const audit = await lighthouse(url, file, ignoreStatusCode);
      return { audit, reading: read() };
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`Lighthouse failed on ${url}, trying again: ${String(error).split('\n')[0]}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Results

interface Run {
  /** The Lighthouse report, relative to the project root. */
  report: string;
  /** How busy the machine was during the run. */
  reading: LoadReading;
  audit: Audit;
}

/** One page of one version. */
interface Measured {
  weight: Weight;
  runs: Run[];
  /** Of each number, the median over the runs. */
  median: Scores;
  /** Whether any of the runs was taken under load. */
  underLoad: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function measured(weight: Weight, runs: Run[]): Measured {
  return {
    weight,
    runs,
    median: Object.fromEntries(
      scoreKeys.map((key) => [key, median(runs.map((run) => run.audit[key]))]),
    ) as Scores,
    underLoad: runs.some((run) => run.reading.underLoad),
  };
}

// ---------------------------------------------------------------------------------------------
// Printing

/**
 * Rows as aligned text: the first `textColumns` columns to the left, numbers to the right.
 * `titles`, if given, stand above the columns they start at and may span the next ones.
 */
function table(
  header: string[],
  rows: string[][],
  { textColumns = 2, titles = [] as string[] } = {},
): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column < textColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  let titleLine = '';
  titles.forEach((title, column) => {
    const at = widths.slice(0, column).reduce((sum, width) => sum + width + 2, 0);
    if (title) titleLine = `${titleLine.padEnd(at)}${title} `;
  });
  return [
    ...(titleLine ? [titleLine.trimEnd()] : []),
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** The numbers compared, each a median over the runs but the sizes. */
const columns: { title: string; digits: number; value: (m: Measured) => number }[] = [
  { title: 'perf', digits: 0, value: (m) => m.median.performance },
  { title: 'TBT ms', digits: 0, value: (m) => m.median.tbt },
  { title: 'LCP s', digits: 2, value: (m) => m.median.lcp / 1000 },
  { title: 'CLS', digits: 3, value: (m) => m.median.cls },
  { title: 'JS KB gz', digits: 1, value: (m) => m.weight.js.gzip / 1024 },
  { title: 'HTML KB gz', digits: 1, value: (m) => m.weight.html.gzip / 1024 },
];
const otherScores = (m: Measured) =>
  [m.median.accessibility, m.median.bestPractices, m.median.seo].join('/');

function cell(column: (typeof columns)[number], m: Measured): string {
  const text = column.value(m).toFixed(column.digits);
  // The mark of a measurement taken under load, on its first number.
  return column === columns[0] && m.underLoad ? `${text}*` : text;
}

function difference(column: (typeof columns)[number], a: Measured, b: Measured): string {
  const text = (column.value(b) - column.value(a)).toFixed(column.digits);
  if (Number(text) === 0) return '0';
  return text.startsWith('-') ? text : `+${text}`;
}

interface PageResult {
  page: Page;
  base?: Measured;
  current: Measured;
}

function printTable(results: PageResult[], sites: Site[]): void {
  const ab = sites.length === 2;
  const header = ['kind', 'page'];
  const titles = ['', ''];
  for (const { title } of columns) {
    header.push(...(ab ? ['A', 'B', 'Δ'] : [title]));
    titles.push(title, ...(ab ? ['', ''] : []));
  }
  header.push(...(ab ? ['A', 'B'] : ['a11y/best/SEO']));
  titles.push('a11y/best/SEO', ...(ab ? [''] : []));
  const rows = results.map(({ page, base, current }) => [
    page.kind,
    page.path,
    ...columns.flatMap((column) =>
      base
        ? [cell(column, base), cell(column, current), difference(column, base, current)]
        : [cell(column, current)],
    ),
    ...(base ? [otherScores(base), otherScores(current)] : [otherScores(current)]),
  ]);
  console.log(table(header, rows, ab ? { titles } : {}));
}

// ---------------------------------------------------------------------------------------------
// npm run bench

interface BenchOptions {
  base?: string;
  kinds: string[];
  runs: number;
}

function warnIfLoaded(reading: LoadReading, when: string): void {
  if (reading.underLoad)
    console.log(
      `WARNING: other work on the machine ${when}: ${describeLoad(reading)} ` +
        `(more than ${busyShare * cores} cores of other work counts as load).`,
    );
}

async function bench(options: BenchOptions): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    // `on`, not `once`: tsx passes Ctrl-C on a second time, which must not end this mid-cleanup.
    process.on(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    await measure(options);
  } finally {
    await cleanUp();
  }
}

async function measure({ base, kinds, runs }: BenchOptions): Promise<void> {
  const start = await checkNow();
  console.log(
    `Machine: ${cores} cores, ${describeLoad(start)}${start.underLoad ? '' : ': quiet'}.`,
  );
  warnIfLoaded(start, 'before building');

  const pages: Page[] = pageKinds
    .filter(({ kind }) => kinds.includes(kind))
    .flatMap(({ kind, slug, file, status }) =>
      locales.map((locale) => ({
        name: `${kind}-${locale}`,
        kind,
        path: `/${locale}/${slug}`,
        file: `${locale}/${file ?? `${slug}index.html`}`,
        status: status ?? 200,
      })),
    );

  // Each version is built for its own server's origin, so SITE_URL (canonical, hreflang, sitemap,
  // share tags) points at the very server Lighthouse loads. Lighthouse 12's canonical audit does
  // not compare origins (core/audits/seo/canonical.js), so the SEO score would be the same with
  // the default SITE_URL; matching them keeps the page self-consistent all the same.
  const sites: Site[] = [];
  if (base) {
    const commit = run('git', ['rev-parse', '--verify', `${base}^{commit}`]).trim();
    console.log(
      `A, base (--base ${base}): ${run('git', ['log', '-1', '--format=%H %s', commit]).trim()}`,
    );
    const root = addWorktree(commit);
    sites.push({
      name: 'base',
      letter: 'A',
      root,
      commit,
      label: `base ${commit.slice(0, 7)}`,
      origin: '',
    });
  }
  const head = run('git', ['rev-parse', 'HEAD']).trim();
  const changed = run('git', ['status', '--porcelain']).split('\n').filter(Boolean).length;
  const label = `working tree (${head.slice(0, 7)} + ${changed} files changed or new)`;
  console.log(`${base ? 'B, current' : 'Current'}: ${label}`);
  sites.push({ name: 'current', letter: 'B', root: projectRoot, commit: head, label, origin: '' });

  for (const site of sites) {
    site.origin = `http://127.0.0.1:${await freePort()}`;
    console.log(`Building ${site.name} in ${site.root} with SITE_URL=${site.origin} …`);
    site.build = build(site.root, { SITE_URL: site.origin });
    console.log(
      `Build: ${site.build.seconds.toFixed(1)} s wall clock, ${site.build.cpuSeconds.toFixed(1)} s CPU, ` +
        `load average ${site.build.load.toFixed(1)} on ${availableParallelism()} cores`,
    );
  }
  for (const site of sites) {
    await serve(site);
    for (const page of pages) await checkServed(site, page);
  }
  const weights = new Map(sites.map((site) => [site, weigh(site, pages)]));

  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  const lighthouse = startLighthouse();
  const beforeRuns = await checkNow();
  console.log(
    `\nBefore Lighthouse: ${describeLoad(beforeRuns)} (the load average still counts the builds).`,
  );
  warnIfLoaded(beforeRuns, 'before the Lighthouse runs');

  // Per page, the versions take turns, A B, B A, A B …, so that a drift in the machine's load
  // hits both alike.
  const runsOf = new Map(sites.map((site) => [site, pages.map((): Run[] => [])]));
  const total = pages.length * sites.length * runs;
  let done = 0;
  for (const [index, page] of pages.entries()) {
    for (let round = 0; round < runs; round++) {
      for (const site of round % 2 === 0 ? sites : [...sites].reverse()) {
        const report = path.join(reportsDir, `${page.name}-${site.name}-${round + 1}.json`);
        const { audit, reading } = await lighthouseRun(
          lighthouse,
          site.origin + page.path,
          report,
          page.status !== 200,
        );
        const list = runsOf.get(site)![index]!;
        list.push({ report: path.relative(projectRoot, report), reading, audit });
        done += 1;
        console.log(
          `[${done}/${total}] ${page.path} ${sites.length > 1 ? `${site.letter} ` : ''}run ${round + 1}: ` +
            `perf ${audit.performance}, TBT ${audit.tbt.toFixed(0)} ms, LCP ${(audit.lcp / 1000).toFixed(2)} s, ` +
            `CLS ${audit.cls.toFixed(3)}; benchmarkIndex ${audit.benchmarkIndex.toFixed(0)}; ${describeLoad(reading)}`,
        );
        warnIfLoaded(reading, 'during this run (marked * below)');
      }
    }
  }
  const results: PageResult[] = pages.map((page, index) => {
    const of = (site: Site) => measured(weights.get(site)![index]!, runsOf.get(site)![index]!);
    return {
      page,
      base: sites.length > 1 ? of(sites[0]!) : undefined,
      current: of(sites.at(-1)!),
    };
  });

  console.log(
    `\nMedians of ${runs} Lighthouse 12 mobile run${runs > 1 ? 's' : ''} (simulated throttling) per page` +
      (base ? ` and version: A = ${sites[0]!.label}, B = ${sites[1]!.label}; Δ = B − A.` : '.'),
  );
  console.log(
    'Sizes: gzip (level 9), KB = 1,024 bytes; JS = the scripts the page loads at first; ' +
      'HTML includes inline scripts and styles.\n',
  );
  printTable(results, sites);
  const loaded = [...runsOf.values()].flat(2).filter((run) => run.reading.underLoad).length;
  if (loaded > 0)
    console.log(
      `* on a perf median: some of its runs were taken under load, while other processes used ` +
        `more than ${busyShare * cores} of the ${cores} cores (${loaded} of ${total} runs in all); ` +
        'that side may score worse than on a quiet machine.',
    );
  else console.log(`No run was taken under load (other processes ≤ ${busyShare * cores} cores).`);

  // What stands between each category and 100, in the working tree: of each page, the run with
  // the median performance score. Only audits with a weight change the score (in performance,
  // the five metrics); the others are Lighthouse's advice on what would move them.
  const rows = results.map(({ page, current }) => ({
    path: page.path,
    audit: [...current.runs].sort((a, b) => a.audit.performance - b.audit.performance)[
      Math.floor((current.runs.length - 1) / 2)
    ]!.audit,
  }));
  console.log('\nWhat stands in the way of 100 in the working tree (audits scoring below 1):');
  for (const id of categoryIds) {
    const below = rows.filter((row) => row.audit[scoreOf[id]] < 100);
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
        .map(([title, { pages: on }]) =>
          on.length === rows.length && weighted === false
            ? `      - ${title}: all pages (e.g. ${on[0]})`
            : `      - ${title}: ${on.join(', ')}`,
        );
    console.log('    scored (these cost the points):');
    console.log(list(true).join('\n') || '      (none)');
    const advice = list(false);
    if (advice.length > 0)
      console.log(`    advice (no weight of their own):\n${advice.join('\n')}`);
  }

  const indexes = [...runsOf.values()].flat(2).map((run) => run.audit.benchmarkIndex);
  console.log(
    `\nLighthouse benchmarkIndex (CPU speed) ${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)}: ` +
      'below about 1,000 the simulated 4× CPU slowdown overstates TBT and LCP (a build running beside this one lowers it).',
  );
  console.log('\nLCP under 1.5 s in the working tree (median)?');
  for (const { page, current } of results)
    console.log(
      `  ${page.path.padEnd(22)} ${(current.median.lcp / 1000).toFixed(2)} s  ${current.median.lcp < 1500 ? 'yes' : 'NO'}`,
    );

  const json = path.join(resultsDir, 'bench.json');
  writeFileSync(
    json,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs,
        cores,
        busyShare,
        start,
        beforeRuns,
        sites,
        pages: results,
      },
      null,
      2,
    ),
  );
  console.log(
    `\nRaw numbers: ${path.relative(projectRoot, json)}; reports: ${path.relative(projectRoot, reportsDir)}/`,
  );
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

/** A copy of the project in the temporary folder, node_modules hard-linked. */
function copyProject(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'park-scale-'));
  for (const name of readdirSync(projectRoot).filter((name) => !notCopied.has(name)))
    cpSync(path.join(projectRoot, name), path.join(copy, name), { recursive: true });
  linkNodeModules(projectRoot, copy);
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

// ---------------------------------------------------------------------------------------------

function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'boolean', default: false },
      base: { type: 'string', default: defaultBase },
      'no-base': { type: 'boolean', default: false },
      pages: { type: 'string', default: pageKinds.map(({ kind }) => kind).join(',') },
      runs: { type: 'string', default: '3' },
    },
  });
  if (values.scale) return scale();
  const kinds = values.pages.split(',');
  const unknown = kinds.filter((kind) => !pageKinds.some((page) => page.kind === kind));
  if (unknown.length > 0)
    throw new Error(
      `--pages: no page kind ${unknown.join(', ')} (there are ${pageKinds.map(({ kind }) => kind).join(', ')})`,
    );
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: a whole number, at least 1');
  return bench({ base: values['no-base'] ? undefined : values.base, kinds, runs });
}

// No top-level await: tsx compiles this file to CommonJS (the package is not "type": "module").
Promise.resolve()
  .then(main)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
