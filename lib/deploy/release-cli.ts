// `npm run release -- --to <folder | user@host:/path>`: builds (or, with --skip-build, takes the
// checked build in out/) and publishes it as a new release; `--rollback` returns to the previous
// release; `--list` shows them. The README ("Publishing") and the editing guide ("发布与回退")
// describe it; lib/deploy/release.ts does the work.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { outDir } from './paths';
import { listReleases, release, ReleaseError, rollback } from './release';

const usage = `用法 / Usage:
  npm run release -- --to <目标 target> [--check-url <url>] [--keep 5] [--skip-build] [--include-drafts] [--bwlimit <KiB/s>]
  npm run release -- --to <目标 target> --rollback [--release <名称 name>] [--check-url <url>]
  npm run release -- --to <目标 target> --list
目标是本机文件夹，或 user@host:/path。 / The target is a folder here, or user@host:/path.`;

function parse() {
  const { values } = parseArgs({
    options: {
      to: { type: 'string' },
      'check-url': { type: 'string' },
      keep: { type: 'string', default: '5' },
      'skip-build': { type: 'boolean', default: false },
      out: { type: 'string' },
      'include-drafts': { type: 'boolean', default: false },
      bwlimit: { type: 'string' },
      rollback: { type: 'boolean', default: false },
      release: { type: 'string' },
      list: { type: 'boolean', default: false },
    },
  });
  const keep = Number(values.keep);
  const bandwidthLimit = values.bwlimit === undefined ? undefined : Number(values.bwlimit);
  if (
    !values.to ||
    !Number.isInteger(keep) ||
    keep < 2 ||
    (bandwidthLimit !== undefined && !(bandwidthLimit > 0))
  ) {
    throw new ReleaseError(
      '参数有误：需要 --to；--keep 至少为 2；--bwlimit 为正数。',
      `Wrong arguments: --to is needed; --keep is at least 2; --bwlimit is a positive number.\n${usage}`,
    );
  }
  return { ...values, to: values.to, keep, bandwidthLimit };
}

/** `npm run build`, with drafts when they are asked for; refuses a build without SITE_URL. */
function build(includeDrafts: boolean) {
  if (!process.env.SITE_URL) {
    throw new ReleaseError(
      '发布已拒绝：没有设置 SITE_URL。请这样运行：SITE_URL=https://网站地址 npm run release -- --to …',
      'Release refused: SITE_URL is not set. Run it as SITE_URL=https://your.address npm run release -- --to …',
    );
  }
  const env = { ...process.env, ...(includeDrafts ? { INCLUDE_DRAFTS: '1' } : {}) };
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    throw new ReleaseError(
      '发布已拒绝：构建或检查失败（见上方信息）。目标未作任何改动。',
      'Release refused: the build or its checks failed (see above). Nothing on the target was changed.',
    );
  }
}

async function main() {
  const args = parse();
  const log = (line: string) => console.log(line);
  if (args.list) {
    console.log(await listReleases(args.to));
    return;
  }
  if (args.rollback) {
    const { name } = await rollback({
      to: args.to,
      release: args.release,
      checkUrl: args['check-url'],
      log,
    });
    console.log(`已回退到 ${name}。 / Rolled back to ${name}.`);
    return;
  }
  // --out names another build folder (a build made elsewhere, the tests' fixtures): taken as is.
  if (!args['skip-build'] && !args.out) build(args['include-drafts']);
  const { name } = await release({
    to: args.to,
    outDir: path.resolve(args.out ?? outDir),
    checkUrl: args['check-url'],
    keep: args.keep,
    includeDrafts: args['include-drafts'],
    bandwidthLimit: args.bandwidthLimit,
    log,
  });
  console.log(`发布完成：${name} 已上线。 / Released: ${name} is online.`);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ReleaseError
      ? error.message
      : `发布出错（见下方信息）。用 --list 查看目标上正在使用的版本。 / The release went wrong (below). See what the target serves with --list.\n${String(error)}`,
  );
  process.exitCode = 1;
});
