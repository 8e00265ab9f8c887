import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBuildRecord, writeBuildRecord } from '@/lib/deploy/build-record';
import { listReleases, release, rollback } from '@/lib/deploy/release';

// The release steps on a folder of this machine, with a build of a few hand-written files and a
// few-line static server that follows `current` as nginx does: fast enough to run with the unit
// tests (and under mutation testing). tests/site/release.test.ts does the same with the real
// build, the project's nginx and a load generator.

const work = mkdtempSync(path.join(tmpdir(), 'park-release-flow-'));
const target = path.join(work, 'target');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A build: two home pages, a sitemap naming them, a download, a hashed stylesheet, a record. */
function miniBuild(name: string, stylesheet: string) {
  const dir = path.join(work, name);
  const files: Record<string, string> = {
    'zh/index.html': `<link rel="stylesheet" href="/_next/static/chunks/${stylesheet}"><h1>${name} zh</h1>`,
    'en/index.html': `<link rel="stylesheet" href="/_next/static/chunks/${stylesheet}"><h1>${name} en</h1>`,
    'sitemap.xml':
      '<urlset><url><loc>https://park.example/zh/</loc></url><url><loc>https://park.example/en/</loc></url></urlset>',
    'data/figures.csv': 'id,value\n',
    'data/figures.csv.gz': '',
    [`_next/static/chunks/${stylesheet}`]: `h1{color:${name === 'a' ? 'green' : 'blue'}}`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const record = makeBuildRecord({
    commit: `${name}${name}${name}`.padEnd(7, '0'),
    builtAt: new Date(),
    siteUrl: 'https://park.example',
    drafts: [],
  });
  writeBuildRecord(dir, record);
  return { dir, build: record.build };
}

/** Serves `root` (a folder, or a link to one, looked up at each request) over HTTP. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url!, 'http://x').pathname;
    try {
      const file = path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
      response.end(readFileSync(file));
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ server, origin: `http://127.0.0.1:${address.port}` });
    }),
  );
}

/** An address where nothing listens: a port just freed. */
async function closedOrigin() {
  const { server, origin } = await serve(work);
  await new Promise((resolve) => server.close(resolve));
  return origin;
}

let site: { server: Server; origin: string };
const a = miniBuild('a', 'a1a1.css');
const b = miniBuild('b', 'b2b2.css');
const logged: string[] = [];
const log = (line: string) => logged.push(line);
beforeAll(async () => {
  site = await serve(path.join(target, 'current'));
});
afterAll(() => new Promise((resolve) => site.server.close(resolve)));

const publish = (build: { dir: string }, options: { keep?: number; checkUrl?: string } = {}) =>
  release({
    to: target,
    outDir: build.dir,
    checkUrl: options.checkUrl ?? site.origin,
    keep: options.keep ?? 5,
    includeDrafts: false,
    log,
  });
const served = async (urlPath: string) => {
  const response = await fetch(`${site.origin}${urlPath}`);
  return { status: response.status, text: await response.text() };
};
const link = (name: 'current' | 'previous') => path.basename(readlinkSync(path.join(target, name)));
const releaseNames = () =>
  readdirSync(path.join(target, 'releases')).filter((name) => !name.endsWith('.assets'));

describe('releases on a folder', () => {
  it('serves the first release, named by its time and commit, and says what it did', async () => {
    const first = await publish(a);
    expect(first.name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-aaa0000$/);
    expect(link('current')).toBe(first.name);
    expect(JSON.parse((await served('/version.json')).text).build).toBe(a.build);
    expect((await served('/zh/')).text).toContain('a zh');
    expect(first.switchMs).toBeGreaterThan(0);
    expect(logged.join('\n')).toContain(`Uploaded ${first.name}.`);
    expect(logged.join('\n')).toContain(`Checked: all 4 addresses answer at ${site.origin}.`);
    // The list of its hashed files, beside it, with their compressed twins.
    expect(readFileSync(path.join(target, 'releases', `${first.name}.assets`), 'utf8')).toBe(
      '_next/static/chunks/a1a1.css\n',
    );
  });

  it('serves the next one, keeps the stylesheet of the one before, and marks both', async () => {
    const [first] = releaseNames();
    const second = await publish(b);
    expect(link('current')).toBe(second.name);
    expect(link('previous')).toBe(first);
    expect((await served('/en/')).text).toContain('b en');
    expect(await served('/_next/static/chunks/a1a1.css')).toEqual({
      status: 200,
      text: 'h1{color:green}',
    });
    expect(await served('/_next/static/chunks/b2b2.css')).toEqual({
      status: 200,
      text: 'h1{color:blue}',
    });
    expect(await listReleases(target)).toBe(
      [
        `${target} 上的版本（新的在前） / Releases on ${target}, newest first:`,
        `* ${second.name}  当前 / current`,
        `  ${first}  上一个 / previous`,
      ].join('\n'),
    );
  });

  it('rolls back to the previous one and, asked again, forward to the one it left', async () => {
    const [first, second] = releaseNames().sort();
    expect((await rollback({ to: target, checkUrl: site.origin, log })).name).toBe(first);
    expect(link('current')).toBe(first);
    expect(link('previous')).toBe(second);
    expect((await served('/zh/')).text).toContain('a zh');
    expect((await served('/_next/static/chunks/b2b2.css')).status).toBe(200);
    expect((await rollback({ to: target, checkUrl: site.origin, log })).name).toBe(second);
    expect((await served('/zh/')).text).toContain('b zh');
    await expect(
      rollback({ to: target, release: 'no-such', checkUrl: site.origin, log }),
    ).rejects.toThrow('无法回退：没有可切换的版本 no-such');
    await expect(
      rollback({ to: target, release: second, checkUrl: site.origin, log }),
    ).rejects.toThrow('Cannot roll back: there is no other release named');
  });

  it('switches back and deletes a release that fails its check', async () => {
    const before = { current: link('current'), previous: link('previous'), names: releaseNames() };
    const wrong = await serve(a.dir);
    try {
      await expect(publish(b, { checkUrl: wrong.origin })).rejects.toThrow(
        new RegExp(
          `发布失败，已自动切回 ${before.current}[\\s\\S]*/version.json: build ${a.build}, not ${b.build}`,
        ),
      );
    } finally {
      await new Promise((resolve) => wrong.server.close(resolve));
    }
    expect(link('current')).toBe(before.current);
    expect(link('previous')).toBe(before.previous);
    expect(releaseNames().sort()).toEqual(before.names.sort());
  });

  it('keeps the newest releases asked for, with the current and previous ones', async () => {
    await publish(a, { keep: 2 });
    await publish(b, { keep: 2 });
    const third = await publish(a, { keep: 2 });
    expect(releaseNames()).toHaveLength(2);
    expect(link('current')).toBe(third.name);
    expect(logged.join('\n')).toMatch(/Deleted old releases: \S+/);
  });

  it('is refused while another release holds the lock, and takes over one left by a killed release', async () => {
    const lock = path.join(target, '.release-lock');
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'owner'), `${hostname()} ${process.pid} 2026-11-30T10:00:00Z\n`);
    await expect(publish(b)).rejects.toThrow(
      /另一次发布正在进行（\S+ \d+ 2026-11-30T10:00:00Z）[\s\S]*another release is running/,
    );
    // A process that has ended: the lock is stale.
    writeFileSync(path.join(lock, 'owner'), `${hostname()} 2147483646 2026-11-30T10:00:00Z\n`);
    await publish(b);
    expect(logged.join('\n')).toContain('A release was interrupted; its lock is cleared.');
    expect(readdirSync(target)).not.toContain('.release-lock');
  });

  it('that fails its check as the first release leaves nothing served', async () => {
    const empty = path.join(work, 'empty-target');
    await expect(
      release({
        to: empty,
        outDir: a.dir,
        checkUrl: await closedOrigin(),
        keep: 5,
        includeDrafts: false,
        log,
      }),
    ).rejects.toThrow(/switched back to the state before it[\s\S]*ECONNREFUSED/);
    expect(readdirSync(empty).sort()).toEqual(['releases']);
    expect(readdirSync(path.join(empty, 'releases'))).toEqual([]);
    expect(await listReleases(empty)).toBe(`${empty}：还没有版本。 / ${empty}: no releases yet.`);
  });
});
