import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The build's record of itself, `out/version.json`: written as the last step of a build whose
// checks all passed, deleted as its first step. A release takes an existing out/ only with this
// record (so never a half-built or unchecked one), names the release after its commit, and after
// the switch asks the server for it to see that the new release is the one answering.

/** The file, relative to out/; served like any page (no-cache), so a release can be checked. */
export const buildRecordFile = 'version.json';

export const buildRecordSchema = z.strictObject({
  /** Names this build: its time and commit, e.g. `2026-11-30T10-00-00Z-abc1234`. */
  build: z.string().min(1),
  /** The commit built; `-dirty` appended when files differed from it. */
  commit: z.string().min(1),
  /** When the build finished (ISO 8601, UTC). */
  builtAt: z.iso.datetime(),
  /** SITE_URL as the build had it; null when unset (absolute URLs then point at a preview). */
  siteUrl: z.string().nullable(),
  /** The draft pages the build included (INCLUDE_DRAFTS=1); empty for a publishable build. */
  drafts: z.array(z.string()),
});
export type BuildRecord = z.infer<typeof buildRecordSchema>;

/** The commit of the working tree (short), with `-dirty` when it has uncommitted changes. */
export function currentCommit(cwd = process.cwd()): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', '--short=7', 'HEAD');
    return git('status', '--porcelain') === '' ? commit : `${commit}-dirty`;
  } catch {
    return 'unknown';
  }
}

/** A time as it may stand in a folder name on any system: `2026-11-30T10-00-00Z`. */
export function timeForName(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

export function makeBuildRecord(options: {
  commit: string;
  builtAt: Date;
  siteUrl: string | undefined;
  drafts: string[];
}): BuildRecord {
  return {
    build: `${timeForName(options.builtAt)}-${options.commit}`,
    commit: options.commit,
    builtAt: options.builtAt.toISOString(),
    siteUrl: options.siteUrl ?? null,
    drafts: options.drafts,
  };
}

export function writeBuildRecord(dir: string, record: BuildRecord): void {
  writeFileSync(path.join(dir, buildRecordFile), `${JSON.stringify(record, null, 2)}\n`);
}

/** Forgets the last build's record, first thing in a build: a build that stops leaves none. */
export function forgetBuildRecord(dir: string): void {
  rmSync(path.join(dir, buildRecordFile), { force: true });
}

/** The record of the build in `dir`, or why there is none that can be trusted. */
export function readBuildRecord(dir: string): { record: BuildRecord } | { problem: string } {
  const file = path.join(dir, buildRecordFile);
  if (!existsSync(file)) return { problem: `${file} is missing` };
  try {
    const parsed = buildRecordSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { record: parsed.data };
    return { problem: `${file} is not a build record: ${parsed.error.issues[0]?.message}` };
  } catch (error) {
    return { problem: `${file} is not JSON: ${String(error)}` };
  }
}
