import { readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { buildRecordFile, buildRecordSchema, readBuildRecord, timeForName } from './build-record';
import { isHashedFile } from './headers';
import { filesIn } from './paths';
import {
  completeUpload,
  discard,
  parseTarget,
  prepareUpload,
  prune,
  readState,
  releaseLock,
  runOnTarget,
  switchRelease,
  takeLock,
  unserve,
  upload,
  type TargetAddress,
  type TargetState,
} from './release-target';

// `npm run release`: puts a checked build online as a new release, switches to it in one atomic
// step, asks the server whether the new release is the one answering, and switches back if not.
// Every message that ends a release is in both languages, Chinese first, for the staff who run it.

/** A release refused or failed: the target is as it was. The message is in both languages. */
export class ReleaseError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh}\n${en}`);
    this.name = 'ReleaseError';
  }
}

export interface ReleaseOptions {
  /** A folder here, or `user@host:/path`. */
  to: string;
  /** The build to publish (out/), with its record: only a build whose checks passed has one. */
  outDir: string;
  /** Where to ask for the pages after the switch; the build's SITE_URL by default. */
  checkUrl?: string;
  /** How many releases to keep (the current and previous one are always kept). */
  keep: number;
  /** Publish a build that includes draft pages (never the default). */
  includeDrafts: boolean;
  /** rsync's --bwlimit, in KiB per second, for a shared uplink. */
  bandwidthLimit?: number;
  log: (line: string) => void;
}

/** The files whose names carry a hash of their content, with their precompressed twins. */
export function hashedFilesOf(dir: string): string[] {
  return filesIn(dir).filter((file) => isHashedFile(`/${file.replace(/\.(gz|br)$/, '')}`));
}

/** A free name for a release: its time and the build's commit, made unique if need be. */
export function releaseName(now: Date, commit: string, taken: readonly string[]): string {
  const base = `${timeForName(now)}-${commit}`;
  let name = base;
  for (let count = 2; taken.includes(name); count++) name = `${base}-${count}`;
  return name;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The size of a build if no file of it could be hard-linked: the space a release may need. */
export function sizeOf(dir: string): number {
  return filesIn(dir).reduce((total, file) => total + statSync(path.join(dir, file)).size, 0);
}

/** Refuses a release that needs more space than the target has. */
export function checkSpace(needed: number, free: number): void {
  if (needed > free) {
    throw new ReleaseError(
      `发布已拒绝：目标磁盘空间不足（需要 ${megabytes(needed)}，可用 ${megabytes(free)}）。请先清理空间，或用 --keep 保留更少的版本。目标未作任何改动。`,
      `Release refused: not enough free space on the target (${megabytes(needed)} needed, ${megabytes(free)} free). Free some space, or keep fewer releases with --keep. Nothing on the target was changed.`,
    );
  }
}

/** The build in `outDir`, if it may go out: checked, for a real address, without drafts. */
export function publishableRecord(outDir: string, includeDrafts: boolean) {
  const read = readBuildRecord(outDir);
  if ('problem' in read) {
    throw new ReleaseError(
      `发布已拒绝：${outDir} 中没有检查全部通过的构建（${read.problem}）。请运行 npm run build，修正它报告的问题后再发布。`,
      `Release refused: ${outDir} holds no build whose checks all passed (${read.problem}). Run npm run build, mend what it reports, then release again.`,
    );
  }
  const { record } = read;
  if (record.drafts.length > 0 && !includeDrafts) {
    throw new ReleaseError(
      `发布已拒绝：这次构建包含草稿页面（${record.drafts.join('、')}）。不设 INCLUDE_DRAFTS 重新构建；确需发布草稿时，加 --include-drafts。`,
      `Release refused: this build includes draft pages (${record.drafts.join(', ')}). Build again without INCLUDE_DRAFTS; to publish drafts on purpose, add --include-drafts.`,
    );
  }
  if (!record.siteUrl) {
    throw new ReleaseError(
      '发布已拒绝：构建时没有设置 SITE_URL，页面中的绝对地址会指向 127.0.0.1。请用 SITE_URL=https://网站地址 npm run build 重新构建。',
      'Release refused: the build was made without SITE_URL, so its absolute addresses point at 127.0.0.1. Build again with SITE_URL=https://your.address npm run build.',
    );
  }
  return record;
}

/** The text a lock holds: who runs the release, so a refusal can say. */
function lockOwner(): string {
  return `${hostname()} ${process.pid} ${new Date().toISOString()}`;
}

/** True while the process runs (a zombie, killed but not yet reaped, does not). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return true;
  }
}

/** True when the lock was left by a release on this machine that no longer runs (killed). */
export function isStaleLock(heldBy: string, thisHost = hostname()): boolean {
  const [host, pid] = heldBy.split(' ');
  return host === thisHost && /^\d+$/.test(pid ?? '') && !isRunning(Number(pid));
}

/** Runs `work` holding the target's lock; refuses if another release holds it. */
async function withLock<T>(
  address: TargetAddress,
  log: (line: string) => void,
  work: () => Promise<T>,
): Promise<T> {
  let lock = await takeLock(address, lockOwner());
  if (!lock.taken && isStaleLock(lock.heldBy)) {
    log(`上次发布中断，已清除它留下的锁。 / A release was interrupted; its lock is cleared.`);
    await releaseLock(address);
    lock = await takeLock(address, lockOwner());
  }
  if (!lock.taken) {
    throw new ReleaseError(
      `发布已拒绝：另一次发布正在进行（${lock.heldBy}）。请等它结束后再试。若确定没有发布在运行，删除目标中的 .release-lock 文件夹。`,
      `Release refused: another release is running (${lock.heldBy}). Try again when it has finished. If you are sure none is running, delete the folder .release-lock on the target.`,
    );
  }
  try {
    return await work();
  } finally {
    await releaseLock(address);
  }
}

/** What the smoke check asks for: the build's stamp, every page of its sitemap, the downloads. */
export function smokePaths(sitemapXml: string, dataFiles: string[]): string[] {
  const pages = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  return [`/${buildRecordFile}`, ...pages, ...dataFiles.map((file) => `/data/${file}`)];
}

/** The build's record and smoke paths of a release, read on the target. */
async function releaseFacts(address: TargetAddress, name: string) {
  const separator = '\n--park-release--\n';
  const output = await runOnTarget(
    address,
    [
      'set -eu',
      'cd "$1/releases/$2"',
      `cat ${buildRecordFile}`,
      `printf '${separator.replace(/\n/g, '\\n')}'`,
      'cat sitemap.xml',
      `printf '${separator.replace(/\n/g, '\\n')}'`,
      "ls -1 data | grep -v -e '\\.gz$' -e '\\.br$'",
      '',
    ].join('\n'),
    [name],
  );
  const [record, sitemap = '', data = ''] = output.split(separator);
  return {
    record: buildRecordSchema.parse(JSON.parse(record!)),
    paths: smokePaths(sitemap, data.split('\n').filter(Boolean)),
  };
}

/** What is wrong with the answer for one path (undefined when it is right). */
async function checkAddress(url: string, expectedBuild: string | undefined) {
  try {
    const response = await fetch(url, {
      cache: 'no-store',
      // Past caches between here and the server (a CDN) to the release itself.
      headers: { 'cache-control': 'no-cache' },
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    const body = await response.text();
    if (response.status !== 200) return `${url}: HTTP ${response.status}`;
    if (expectedBuild === undefined) return undefined;
    const served = (JSON.parse(body) as { build?: string }).build;
    return served === expectedBuild ? undefined : `${url}: build ${served}, not ${expectedBuild}`;
  } catch (error) {
    // fetch says only "fetch failed"; its cause says why (ECONNREFUSED, a certificate…).
    const cause = (error as { cause?: Error & { code?: string } }).cause;
    return `${url}: ${String(error)}${cause ? ` (${cause.code ?? cause.message})` : ''}`;
  }
}

/**
 * Asks the server at `origin` for each path, six at a time, as a browser would; the build record
 * must name `expectedBuild`. Returns what is wrong, in the order of `paths` (nothing when all is
 * well).
 */
export async function smokeCheck(
  origin: string,
  paths: string[],
  expectedBuild: string,
): Promise<string[]> {
  const answers: (string | undefined)[] = [];
  for (let start = 0; start < paths.length; start += 6) {
    const batch = paths
      .slice(start, start + 6)
      .map((urlPath) =>
        checkAddress(
          new URL(urlPath, origin).href,
          urlPath === `/${buildRecordFile}` ? expectedBuild : undefined,
        ),
      );
    answers.push(...(await Promise.all(batch)));
  }
  return answers.filter((answer) => answer !== undefined);
}

/**
 * Serves release `to` in place of `from`, then checks it at `checkUrl` (else its SITE_URL); if
 * the check fails, serves `from` again (or nothing, after a first release) and throws.
 */
async function switchAndVerify(
  address: TargetAddress,
  state: TargetState,
  to: string,
  options: { checkUrl?: string; log: (line: string) => void },
): Promise<{ switchMs: number }> {
  const from = state.current;
  const facts = await releaseFacts(address, to);
  const started = performance.now();
  await switchRelease(address, { serve: to, previous: from, carryFrom: from });
  const switchMs = performance.now() - started;
  options.log(
    `已切换到 ${to}（${switchMs.toFixed(0)} 毫秒）。 / Switched to ${to} in ${switchMs.toFixed(0)} ms.`,
  );
  const origin = options.checkUrl ?? facts.record.siteUrl!;
  const problems = await smokeCheck(origin, facts.paths, facts.record.build);
  if (problems.length === 0) {
    options.log(
      `检查通过：${origin} 的 ${facts.paths.length} 个地址都正常。 / Checked: all ${facts.paths.length} addresses answer at ${origin}.`,
    );
    return { switchMs };
  }
  if (from) await switchRelease(address, { serve: from, previous: state.previous });
  else await unserve(address);
  if (!state.releases.includes(to)) await discard(address, to);
  const list = problems.slice(0, 10).join('\n  ');
  throw new ReleaseError(
    `发布失败，已自动切回 ${from ?? '发布前的状态'}：${origin} 上的检查未通过：\n  ${list}`,
    `Release failed, switched back to ${from ?? 'the state before it'}: the check at ${origin} did not pass:\n  ${list}`,
  );
}

/** Publishes the build in `options.outDir` as a new release on `options.to`. */
export async function release(
  options: ReleaseOptions,
): Promise<{ name: string; switchMs: number }> {
  const record = publishableRecord(options.outDir, options.includeDrafts);
  const address = parseTarget(options.to);
  return withLock(address, options.log, async () => {
    const state = await readState(address);
    checkSpace(sizeOf(options.outDir), state.freeBytes);
    const name = releaseName(new Date(), record.commit, state.releases);
    await prepareUpload(address);
    await upload(address, {
      fromDir: options.outDir,
      name,
      linkFrom: state.current,
      bandwidthLimit: options.bandwidthLimit,
    });
    await completeUpload(address, name, hashedFilesOf(options.outDir));
    options.log(`已上传 ${name}。 / Uploaded ${name}.`);
    const { switchMs } = await switchAndVerify(address, state, name, options);
    const pruned = await prune(address, options.keep);
    if (pruned.length > 0) {
      options.log(
        `已删除旧版本：${pruned.join('、')}。 / Deleted old releases: ${pruned.join(', ')}.`,
      );
    }
    return { name, switchMs };
  });
}

/** Serves the release before the current one (or `releaseName`) again. */
export async function rollback(options: {
  to: string;
  release?: string;
  checkUrl?: string;
  log: (line: string) => void;
}): Promise<{ name: string; switchMs: number }> {
  const address = parseTarget(options.to);
  return withLock(address, options.log, async () => {
    const state = await readState(address);
    const name = options.release ?? state.previous;
    if (!name || !state.releases.includes(name) || name === state.current) {
      throw new ReleaseError(
        `无法回退：${name ? `没有可切换的版本 ${name}` : '没有上一个版本'}。用 --list 查看现有版本。`,
        `Cannot roll back: ${name ? `there is no other release named ${name}` : 'there is no previous release'}. See the releases with --list.`,
      );
    }
    return { name, ...(await switchAndVerify(address, state, name, options)) };
  });
}

/** The releases on the target, newest first, the current and previous one marked. */
export async function listReleases(to: string): Promise<string> {
  const state = await readState(parseTarget(to));
  if (state.releases.length === 0) return `${to}：还没有版本。 / ${to}: no releases yet.`;
  const lines = [...state.releases].reverse().map((name) => {
    if (name === state.current) return `* ${name}  当前 / current`;
    if (name === state.previous) return `  ${name}  上一个 / previous`;
    return `  ${name}`;
  });
  return [`${to} 上的版本（新的在前） / Releases on ${to}, newest first:`, ...lines].join('\n');
}
