import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlElements } from '@/lib/deploy/html-elements';
import { filesIn, htmlFilesIn } from '@/lib/deploy/paths';
import { hashedFilesOf, listReleases, release, rollback } from '@/lib/deploy/release';
import { startNginx, type RunningNginx } from '../support/nginx.mjs';
import { makeFixtureBuild, stylesheetOf, type FixtureBuild } from '../support/release-fixtures';

// `npm run release` against the project's nginx on loopback, serving a target folder's `current`
// release, as a host would. The builds are copies of out/ with the changes a new build brings
// (tests/support/release-fixtures.ts).

const work = mkdtempSync(path.join(tmpdir(), 'park-release-'));
const target = path.join(work, 'target');
let server: RunningNginx;
let buildA: FixtureBuild;
let buildB: FixtureBuild;
let buildOneEdit: FixtureBuild;
const quiet = () => {};

beforeAll(async () => {
  buildA = makeFixtureBuild(path.join(work, 'a'), { commit: 'aaaaaaa' });
  buildB = makeFixtureBuild(path.join(work, 'b'), { commit: 'bbbbbbb', newStylesheet: true });
  buildOneEdit = makeFixtureBuild(path.join(work, 'e'), {
    commit: 'eeeeeee',
    editPage: 'zh/golden-altitude/index.html',
  });
  server = await startNginx({ root: path.join(target, 'current'), requireBuild: false });
});
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

const publish = (build: FixtureBuild, options: { keep?: number; checkUrl?: string } = {}) =>
  release({
    to: target,
    outDir: build.dir,
    checkUrl: options.checkUrl ?? server.origin,
    keep: options.keep ?? 5,
    includeDrafts: false,
    log: quiet,
  });
const goBack = () => rollback({ to: target, checkUrl: server.origin, log: quiet });

async function servedBuild(): Promise<string> {
  const response = await fetch(`${server.origin}/version.json`, { cache: 'no-store' });
  return ((await response.json()) as { build: string }).build;
}
const currentRelease = () => path.basename(readlinkSync(path.join(target, 'current')));
const releasesOn = (dir = target) =>
  readdirSync(path.join(dir, 'releases')).filter((name) => !name.endsWith('.assets'));

/** The same-origin files the pages of a build load: stylesheets, scripts, icons, images. */
function subresourcesOf(dir: string): string[] {
  const loaded = new Set([
    'stylesheet',
    'icon',
    'apple-touch-icon',
    'manifest',
    'preload',
    'modulepreload',
  ]);
  return htmlFilesIn(dir).flatMap((file) =>
    htmlElements(readFileSync(path.join(dir, file), 'utf8')).flatMap(({ tagName, attributes }) => {
      const address =
        tagName === 'link' && loaded.has(attributes.get('rel') ?? '')
          ? attributes.get('href')
          : tagName === 'script' || tagName === 'img'
            ? attributes.get('src')
            : undefined;
      return address?.startsWith('/') ? [address] : [];
    }),
  );
}

function sha256(file: string) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The release command run as staff run it, in its own process. */
function releaseCommand(args: string[]) {
  return spawn('npx', ['tsx', 'lib/deploy/release-cli.ts', ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
function finished(child: ReturnType<typeof releaseCommand>) {
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return new Promise<{ status: number | null; output: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, output })),
  );
}

describe('a release', () => {
  it('is served at once; an unchanged file is hard-linked, so one edited page costs kilobytes', async () => {
    const first = await publish(buildA);
    expect(await servedBuild()).toBe(buildA.build);
    expect(currentRelease()).toBe(first.name);
    expect(first.name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-aaaaaaa$/);

    const second = await publish(buildOneEdit);
    expect(await servedBuild()).toBe(buildOneEdit.build);
    const page = await fetch(`${server.origin}/zh/golden-altitude/`).then((r) => r.text());
    expect(page).toContain('(eeeeeee)</h1>');
    // A file hard-linked from the release before has two names; the others are what it cost.
    const dir = path.join(target, 'releases', second.name);
    const files = filesIn(dir).map((file) => statSync(path.join(dir, file)));
    const newBytes = files
      .filter((file) => file.nlink === 1)
      .reduce((sum, file) => sum + file.size, 0);
    const allBytes = files.reduce((sum, file) => sum + file.size, 0);
    console.log(
      `release of one edited page: ${(newBytes / 1024).toFixed(1)} KiB of new files ` +
        `(of ${(allBytes / 1024).toFixed(0)} KiB), the rest hard-linked`,
    );
    expect(allBytes).toBeGreaterThan(1024 * 1024);
    expect(newBytes).toBeLessThan(64 * 1024);
  });

  it('is listed with the current and previous one marked; rollback restores the exact bytes', async () => {
    const [older, newer] = releasesOn().sort();
    expect(await listReleases(target)).toContain(`* ${newer}  当前 / current`);
    expect(await listReleases(target)).toContain(`  ${older}  上一个 / previous`);

    await goBack();
    expect(currentRelease()).toBe(older);
    expect(await servedBuild()).toBe(buildA.build);
    const served = path.join(target, 'current');
    for (const file of filesIn(buildA.dir)) {
      expect(sha256(path.join(served, file)), file).toBe(sha256(path.join(buildA.dir, file)));
    }
    const page = await fetch(`${server.origin}/zh/golden-altitude/`).then((r) => r.text());
    expect(page).toBe(readFileSync(path.join(buildA.dir, 'zh/golden-altitude/index.html'), 'utf8'));
    // A second rollback returns to the release just left.
    await goBack();
    expect(currentRelease()).toBe(newer);
  });

  it('keeps every file a page of the release before asks for, for its pages still open', async () => {
    await publish(buildA);
    await publish(buildB);
    expect(stylesheetOf(buildA.dir)).not.toBe(stylesheetOf(buildB.dir));
    // Every file a page of either build loads, and every file whose name carries a hash.
    const wanted = new Set([
      ...subresourcesOf(buildA.dir),
      ...subresourcesOf(buildB.dir),
      ...hashedFilesOf(buildA.dir).map((file) => `/${file}`),
      ...hashedFilesOf(buildB.dir).map((file) => `/${file}`),
    ]);
    expect(wanted).toContain(stylesheetOf(buildA.dir));
    expect(wanted.size).toBeGreaterThan(50);
    const missing = async () => {
      const statuses = await Promise.all(
        [...wanted].map(async (urlPath) => [
          urlPath,
          (await fetch(`${server.origin}${urlPath}`)).status,
        ]),
      );
      return statuses.filter(([, status]) => status !== 200);
    };
    expect(await missing()).toEqual([]);
    await goBack();
    expect(await missing()).toEqual([]);
  });

  it('keeps the newest releases it is told to, and always the current and previous one', async () => {
    await publish(buildA, { keep: 2 });
    await publish(buildB, { keep: 2 });
    expect(releasesOn()).toHaveLength(2);
    expect(
      readdirSync(path.join(target, 'releases')).filter((n) => n.endsWith('.assets')),
    ).toHaveLength(2);
  });

  it('that fails its check switches back by itself, and is deleted', async () => {
    const before = currentRelease();
    const wrongServer = await startNginx({ root: buildA.dir });
    try {
      // That server answers every page, but with another build's stamp.
      await expect(publish(buildOneEdit, { checkUrl: wrongServer.origin })).rejects.toThrow(
        /发布失败，已自动切回[\s\S]*Release failed, switched back[\s\S]*build .*-aaaaaaa, not .*-eeeeeee/,
      );
    } finally {
      await wrongServer.stop();
    }
    expect(currentRelease()).toBe(before);
    expect(await servedBuild()).toBe(buildB.build);
    expect(releasesOn()).toHaveLength(2);
  });
});

describe('no request fails', () => {
  it('while ten releases and rollbacks switch under load', async () => {
    await publish(buildA);
    const paths = [
      '/zh/',
      '/en/statistics/',
      stylesheetOf(buildA.dir),
      stylesheetOf(buildB.dir),
      '/version.json',
      '/data/figures.csv',
    ];
    const load = spawn(
      'node',
      ['tests/support/load-until-stopped.mjs', server.origin, '50', ...paths],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let report = '';
    load.stdout.on('data', (chunk) => (report += chunk));
    const result = new Promise<autocannon.Result & { errorKinds: string[]; stoppedAt: string }>(
      (resolve) => load.on('close', () => resolve(JSON.parse(report))),
    );
    const switches: number[] = [];
    const started = performance.now();
    try {
      for (let cycle = 0; cycle < 10; cycle++) {
        switches.push((await publish(buildB)).switchMs);
        expect(await servedBuild()).toBe(buildB.build);
        switches.push((await goBack()).switchMs);
        expect(await servedBuild()).toBe(buildA.build);
      }
    } finally {
      load.stdin.end();
    }
    const { requests, non2xx, errors, timeouts, latency, errorKinds, stoppedAt } = await result;
    const seconds = (performance.now() - started) / 1000;
    switches.sort((a, b) => a - b);
    console.log(
      `10 release/rollback cycles in ${seconds.toFixed(1)} s under autocannon (50 connections): ` +
        `${requests.total} requests, ${non2xx} non-2xx, ${errors} errors, ${timeouts} timeouts, ` +
        `latency p50 ${latency.p50} ms, p99 ${latency.p99} ms; switch (carry + two renames) ` +
        `median ${switches[10]!.toFixed(0)} ms, max ${switches.at(-1)!.toFixed(0)} ms`,
    );
    expect(requests.total).toBeGreaterThan(1000);
    expect(non2xx).toBe(0);
    expect(errors, `${errorKinds.join(', ')}; load stopped at ${stoppedAt}`).toBe(0);
    expect(timeouts).toBe(0);
  }, 180_000);
});

describe('a release is refused, changing nothing on the target,', () => {
  const empty = path.join(work, 'never-written');
  const refusal = (outDir: string, includeDrafts = false, to = empty) =>
    release({ to, outDir, keep: 5, includeDrafts, checkUrl: server.origin, log: quiet });

  it('for a build without the record of passed checks', async () => {
    const failed = makeFixtureBuild(path.join(work, 'failed'), {
      commit: 'fffffff',
      withoutRecord: true,
    });
    await expect(refusal(failed.dir)).rejects.toThrow(
      /发布已拒绝：.*没有检查全部通过的构建[\s\S]*Release refused: .* holds no build whose checks all passed/,
    );
    expect(existsSync(empty)).toBe(false);
  });

  it('for a build with drafts, unless they are asked for', async () => {
    const drafts = makeFixtureBuild(path.join(work, 'drafts'), {
      commit: 'ddddddd',
      drafts: ['content/zh/plans.mdx'],
    });
    await expect(refusal(drafts.dir)).rejects.toThrow(
      /草稿页面（content\/zh\/plans\.mdx）[\s\S]*includes draft pages \(content\/zh\/plans\.mdx\)/,
    );
    expect(existsSync(empty)).toBe(false);
  });

  it('for a build without SITE_URL', async () => {
    const local = makeFixtureBuild(path.join(work, 'local'), { commit: '1111111', siteUrl: null });
    await expect(refusal(local.dir)).rejects.toThrow(/没有设置 SITE_URL[\s\S]*without SITE_URL/);
    expect(existsSync(empty)).toBe(false);
  });

  it('for a target without room for it', async () => {
    const small = path.join(work, 'small');
    mkdirSync(small);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small]);
    expect(mounted.status, `mounting a 1 MB tmpfs needs root: ${mounted.stderr}`).toBe(0);
    try {
      await expect(refusal(buildA.dir, false, small)).rejects.toThrow(
        /目标磁盘空间不足（需要 [\d.]+ MB，可用 1\.0 MB）[\s\S]*not enough free space/,
      );
      expect(readdirSync(small)).toEqual([]);
    } finally {
      spawnSync('umount', [small]);
    }
  });

  it('while another release runs; a release killed halfway leaves the site serving', async () => {
    const before = currentRelease();
    const servedBefore = await servedBuild();
    const slow = makeFixtureBuild(path.join(work, 'slow'), {
      commit: '5555555',
      paddingBytes: 4 * 1024 * 1024,
    });
    const first = releaseCommand([
      '--to',
      target,
      '--out',
      slow.dir,
      '--bwlimit',
      '400',
      '--check-url',
      server.origin,
    ]);
    const firstDone = finished(first);
    const partial = () =>
      readdirSync(path.join(target, 'releases')).find((n) => n.endsWith('.partial'));
    for (let wait = 0; wait < 300 && !partial(); wait++)
      await new Promise((r) => setTimeout(r, 100));
    expect(partial()).toBeDefined();

    const second = await finished(
      releaseCommand(['--to', target, '--out', buildOneEdit.dir, '--check-url', server.origin]),
    );
    expect(second.status).toBe(1);
    expect(second.output).toMatch(/另一次发布正在进行[\s\S]*another release is running/);

    process.kill(-first.pid!, 'SIGKILL');
    await firstDone;
    expect(currentRelease()).toBe(before);
    expect(await servedBuild()).toBe(servedBefore);
    expect((await fetch(`${server.origin}/en/`)).status).toBe(200);

    // The next release clears the lock and the half upload the killed one left.
    await publish(buildOneEdit);
    expect(await servedBuild()).toBe(buildOneEdit.build);
    expect(partial()).toBeUndefined();
    expect(existsSync(path.join(target, '.release-lock'))).toBe(false);
  }, 60_000);
});
