// `npm run dev`: the Next.js preview, plus the content checker run again whenever a file in
// content/ changes, so a staff member sees in the terminal the same messages as `npm run check`
// (for interface strings and figures too, not only for the page open in the browser).
//
// - It listens on 127.0.0.1 only, unless `--host <address>` says otherwise (e.g. `--host 0.0.0.0`
//   to preview from a phone on the same network).
// - The checker's report is the one report of content mistakes in the terminal: it is printed when
//   it changes, not again for every save that leaves it as it was. (The pages show the same
//   messages instead of throwing, in development: components/layout/ContentProblemsPage.tsx.)
// - Ctrl-C, a SIGTERM or SIGHUP, or the end of the process that started it (`npm run dev` killed)
//   stops everything it started: `next dev` and its workers (their own process group), the
//   checker and the esbuild watcher.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { watchBrowserScripts } from '../deploy/browser-scripts';
import { contentStamp } from './load';

/** `--host <address>` becomes Next's `--hostname`; 127.0.0.1 when neither is given. */
function nextDevArgs(args: readonly string[]): string[] {
  const rest = [...args];
  const hostAt = rest.findIndex((arg) => arg === '--host' || arg.startsWith('--host='));
  let host = '127.0.0.1';
  if (hostAt >= 0) {
    const [flag] = rest.splice(hostAt, 1);
    host = flag!.includes('=') ? flag!.slice('--host='.length) : (rest.splice(hostAt, 1)[0] ?? '');
    if (!host) throw new Error('--host needs an address, e.g. --host 0.0.0.0');
  }
  const hasHostname = rest.some((arg) => /^(-H|--hostname)(=|$)/.test(arg));
  return ['dev', ...(hasHostname ? [] : ['--hostname', host]), ...rest];
}

let devArgs: string[];
try {
  devArgs = nextDevArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const projectRoot = process.cwd();
const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

let stopping = false;
let checker: ChildProcess | undefined;
let pending: NodeJS.Timeout | undefined;
let lastReport: string | undefined;

// The site's browser scripts, bundled as in the build and again as their sources change.
const bundling = watchBrowserScripts();
bundling.catch((error: unknown) => {
  console.error(`[dev] esbuild: ${String(error)}`);
  void stop(1);
});

/** Sends a signal to a process group (`-pid`), ignoring one that has already ended. */
function signalGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

// `next dev` and every process it starts (the server, Turbopack's workers) form their own process
// group, so they can be stopped together; Node itself, not npx, so nothing sits between.
const next = spawn(process.execPath, [nextBin, ...devArgs], {
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
next.on('exit', (code) => void stop(code ?? 0));

/**
 * Runs `npm run check` in a fresh process (so edited figure modules are read anew) and prints
 * its report when it differs from the last one printed.
 */
function check() {
  if (stopping) return;
  checker?.kill();
  const run = spawn(process.execPath, ['--import', 'tsx', 'lib/content/check-cli.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  checker = run;
  let report = '';
  run.stdout?.on('data', (chunk) => (report += chunk));
  run.stderr?.on('data', (chunk) => (report += chunk));
  run.on('close', (code, signal) => {
    if (checker === run) checker = undefined;
    // Killed because a newer save started another check, or because everything is stopping.
    if (signal || stopping || code === null) return;
    report = report.trimEnd();
    if (report === lastReport) return;
    lastReport = report;
    const stream = code === 0 ? process.stdout : process.stderr;
    stream.write(`\n[content] ${new Date().toLocaleTimeString('zh-CN')}\n${report}\n\n`);
  });
}

// content/ is polled, not watched: Node 20's recursive fs.watch on Linux stops reporting a file
// once an editor has saved it by replacing it (as `sed -i` and many editors do), so the second
// save would go unchecked.
let stamp = contentStamp(projectRoot);
const contentWatch = setInterval(() => {
  const now = contentStamp(projectRoot);
  if (now === stamp) return;
  stamp = now;
  clearTimeout(pending);
  pending = setTimeout(check, 300);
}, 500);
check();

/** Stops everything this command started, then exits. */
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  clearTimeout(pending);
  clearInterval(parentWatch);
  clearInterval(contentWatch);
  checker?.kill();
  const nextPid = next.pid;
  if (next.exitCode === null && next.signalCode === null) {
    const ended = new Promise((resolve) => next.once('exit', resolve));
    signalGroup(nextPid, 'SIGTERM');
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  // Whatever of the group is still there (a worker that outlived the server) ends now.
  signalGroup(nextPid, 'SIGKILL');
  await Promise.race([
    bundling.then((stopBundling) => stopBundling()).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, 2000)),
  ]);
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void stop(0));
}
// Last resort, if this process ends some other way (an uncaught error): no orphaned server.
process.on('exit', () => signalGroup(next.pid, 'SIGKILL'));

/** A process's parent id, from /proc (Linux); undefined once the process has ended. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid …": the command may itself hold spaces and parentheses.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * The chain of processes that started this one, as [child, parent] pairs: tsx's own process, the
 * shell npm runs the script with, and npm itself. When npm is killed (SIGTERM), the shell dies
 * without passing the signal on, and tsx and this process would live on, and with them
 * `next dev`: a pair whose child has a new parent (or has ended) means the launch has ended.
 */
function launchChain(): [number, number][] {
  const chain: [number, number][] = [[process.pid, process.ppid]];
  if (!existsSync(`/proc/${process.pid}/stat`) || !process.env.npm_lifecycle_event) return chain;
  for (let child = process.ppid; chain.length < 4 && child > 1;) {
    if (/(^|[/\s])npm(-cli\.js)?\s/.test(commandOf(child))) break;
    const parent = parentOf(child);
    if (parent === undefined || parent <= 1) break;
    chain.push([child, parent]);
    child = parent;
  }
  return chain;
}

const chain = launchChain();
const parentWatch = setInterval(() => {
  const ended = chain.some(([child, parent]) =>
    child === process.pid ? process.ppid !== parent : parentOf(child) !== parent,
  );
  if (ended) void stop(0);
}, 1000);
parentWatch.unref();
