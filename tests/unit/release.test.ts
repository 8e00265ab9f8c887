import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  makeBuildRecord,
  readBuildRecord,
  timeForName,
  writeBuildRecord,
} from '@/lib/deploy/build-record';
import {
  checkSpace,
  hashedFilesOf,
  isStaleLock,
  publishableRecord,
  releaseName,
  smokePaths,
} from '@/lib/deploy/release';
import { parseTarget, rsyncPath, shellQuote } from '@/lib/deploy/release-target';

const work = mkdtempSync(path.join(tmpdir(), 'park-release-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildDir(name: string, record?: Parameters<typeof makeBuildRecord>[0]) {
  const dir = path.join(work, name);
  mkdirSync(dir);
  if (record) writeBuildRecord(dir, makeBuildRecord(record));
  return dir;
}
const checked = {
  commit: 'abc1234',
  builtAt: new Date('2026-11-30T10:00:00.123Z'),
  siteUrl: 'https://park.example',
  drafts: [],
};

describe('the build record', () => {
  it('names the build by its time, safe in a folder name, and its commit', () => {
    expect(timeForName(new Date('2026-11-30T10:00:00.999Z'))).toBe('2026-11-30T10-00-00Z');
    expect(makeBuildRecord(checked)).toEqual({
      build: '2026-11-30T10-00-00Z-abc1234',
      commit: 'abc1234',
      builtAt: '2026-11-30T10:00:00.123Z',
      siteUrl: 'https://park.example',
      drafts: [],
    });
    expect(makeBuildRecord({ ...checked, siteUrl: undefined }).siteUrl).toBeNull();
  });

  it('says what is wrong when it is missing or malformed', () => {
    expect(readBuildRecord(buildDir('none'))).toEqual({
      problem: `${path.join(work, 'none', 'version.json')} is missing`,
    });
    const broken = buildDir('broken');
    writeFileSync(path.join(broken, 'version.json'), '{"build": ');
    expect(readBuildRecord(broken)).toMatchObject({
      problem: expect.stringMatching(/is not JSON/),
    });
    const wrong = buildDir('wrong');
    writeFileSync(path.join(wrong, 'version.json'), '{"build": "x"}');
    expect(readBuildRecord(wrong)).toMatchObject({
      problem: expect.stringMatching(/is not a build record/),
    });
  });
});

describe('a build may go out', () => {
  it('with its checks passed, SITE_URL set and no drafts', () => {
    expect(publishableRecord(buildDir('good', checked), false).build).toBe(
      '2026-11-30T10-00-00Z-abc1234',
    );
  });

  it('with drafts only when they are asked for', () => {
    const dir = buildDir('drafts', {
      ...checked,
      drafts: ['content/zh/a.mdx', 'content/en/a.mdx'],
    });
    expect(() => publishableRecord(dir, false)).toThrow(
      '这次构建包含草稿页面（content/zh/a.mdx、content/en/a.mdx）',
    );
    expect(() => publishableRecord(dir, false)).toThrow(
      'includes draft pages (content/zh/a.mdx, content/en/a.mdx)',
    );
    expect(publishableRecord(dir, true).drafts).toHaveLength(2);
  });

  it('not without its record, nor without SITE_URL', () => {
    expect(() => publishableRecord(buildDir('unchecked'), false)).toThrow(
      /^发布已拒绝：.*没有检查全部通过的构建.*\nRelease refused: .*holds no build whose checks all passed/,
    );
    expect(() =>
      publishableRecord(buildDir('local', { ...checked, siteUrl: undefined }), true),
    ).toThrow(/没有设置 SITE_URL[\s\S]*made without SITE_URL/);
  });
});

describe('a release', () => {
  it('is named by its time and commit, and never twice the same', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    expect(releaseName(now, 'abc1234', [])).toBe('2026-11-30T10-00-00Z-abc1234');
    expect(releaseName(now, 'abc1234', ['2026-11-30T10-00-00Z-abc1234'])).toBe(
      '2026-11-30T10-00-00Z-abc1234-2',
    );
    expect(
      releaseName(now, 'abc1234', [
        '2026-11-30T10-00-00Z-abc1234',
        '2026-11-30T10-00-00Z-abc1234-2',
      ]),
    ).toBe('2026-11-30T10-00-00Z-abc1234-3');
  });

  it('needs as much free space as the build, in the worst case that nothing can be linked', () => {
    expect(() => checkSpace(2 * 1024 * 1024, 2 * 1024 * 1024)).not.toThrow();
    expect(() => checkSpace(2 * 1024 * 1024 + 1, 2 * 1024 * 1024)).toThrow(
      '目标磁盘空间不足（需要 2.0 MB，可用 2.0 MB）',
    );
    expect(() => checkSpace(3 * 1024 * 1024, 1024 * 1024)).toThrow(
      'not enough free space on the target (3.0 MB needed, 1.0 MB free)',
    );
  });

  it('keeps for old pages the files whose names carry a hash, with their compressed twins', () => {
    const dir = buildDir('site');
    for (const file of [
      'index.html',
      'index.html.gz',
      '_next/static/chunks/a1b2.css',
      '_next/static/chunks/a1b2.css.br',
      'assets/site-5f3a.js',
      'pagefind/pagefind.js',
      'pagefind/fragment/zh_77aa.pf_fragment',
      'pagefind/pagefind.zh_9c1e0f.pf_meta',
      'pagefind/pagefind-entry.json',
    ]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    expect(hashedFilesOf(dir)).toEqual([
      '_next/static/chunks/a1b2.css',
      '_next/static/chunks/a1b2.css.br',
      'assets/site-5f3a.js',
      'pagefind/fragment/zh_77aa.pf_fragment',
      'pagefind/pagefind.zh_9c1e0f.pf_meta',
    ]);
  });

  it('is checked at the build stamp, every page of its sitemap, and the downloads', () => {
    const sitemap = `<?xml version="1.0"?><urlset>
      <url><loc>https://park.example/zh/</loc></url>
      <url><loc>https://park.example/en/statistics/</loc></url></urlset>`;
    expect(smokePaths(sitemap, ['figures.csv', 'figures.json'])).toEqual([
      '/version.json',
      '/zh/',
      '/en/statistics/',
      '/data/figures.csv',
      '/data/figures.json',
    ]);
  });
});

describe('the lock', () => {
  it('is stale only when left on this machine by a process that has ended', async () => {
    const ended = spawn('true');
    await new Promise((resolve) => ended.on('close', resolve));
    expect(isStaleLock(`builder ${ended.pid} 2026-11-30T10:00:00Z`, 'builder')).toBe(true);
    expect(isStaleLock(`builder ${process.pid} 2026-11-30T10:00:00Z`, 'builder')).toBe(false);
    expect(isStaleLock(`elsewhere ${ended.pid} 2026-11-30T10:00:00Z`, 'builder')).toBe(false);
    expect(isStaleLock('unknown', 'builder')).toBe(false);
  });
});

describe('the target', () => {
  it('is a remote folder when written host:path, else a folder here', () => {
    expect(parseTarget('deploy@park.example:/srv/park')).toEqual({
      host: 'deploy@park.example',
      root: '/srv/park',
    });
    expect(parseTarget('web1:/srv/park')).toEqual({ host: 'web1', root: '/srv/park' });
    expect(parseTarget('/srv/park')).toEqual({ root: '/srv/park' });
    expect(parseTarget('releases/site')).toEqual({ root: 'releases/site' });
    expect(rsyncPath({ host: 'web1', root: '/srv/park/' }, 'releases/x/')).toBe(
      'web1:/srv/park/releases/x/',
    );
    expect(rsyncPath({ root: '/srv/park' }, 'releases/x/')).toBe('/srv/park/releases/x/');
  });

  it('gets every argument quoted for the remote shell', () => {
    expect(shellQuote('/srv/park')).toBe(`'/srv/park'`);
    expect(shellQuote(`it's; rm -rf /`)).toBe(`'it'\\''s; rm -rf /'`);
  });
});
