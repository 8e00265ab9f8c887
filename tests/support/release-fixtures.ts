import { randomBytes } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeBuildRecord, writeBuildRecord } from '@/lib/deploy/build-record';
import { htmlFilesIn, outDir } from '@/lib/deploy/paths';

// Builds for the release tests, made from the one in out/ in a moment rather than by building
// again: a copy with its own record (version.json), and, for a second release, the changes a real
// next build brings: a stylesheet under a new hashed name, or one edited page.

export interface FixtureBuild {
  dir: string;
  /** The record's `build`, which the server's /version.json must give while it is served. */
  build: string;
}

/** The stylesheet of the build (its address path), whose name carries a hash. */
export function stylesheetOf(dir: string): string {
  const name = readdirSync(path.join(dir, '_next/static/chunks')).find((file) =>
    file.endsWith('.css'),
  );
  if (!name) throw new Error(`${dir} has no stylesheet in _next/static/chunks/`);
  return `/_next/static/chunks/${name}`;
}

/** Replaces text in a file, and drops its precompressed twins (they would still hold the old). */
function edit(dir: string, file: string, from: string, to: string) {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(full, text.split(from).join(to));
  rmSync(`${full}.gz`, { force: true });
  rmSync(`${full}.br`, { force: true });
}

export function makeFixtureBuild(
  dir: string,
  options: {
    commit: string;
    siteUrl?: string | null;
    drafts?: string[];
    /** A new stylesheet name in every page, as after a change of the CSS. */
    newStylesheet?: boolean;
    /** One page's text changed, as after an edit of one MDX file. */
    editPage?: string;
    /** A file of this many random bytes, for an upload that takes a while. */
    paddingBytes?: number;
    /** No record at all, as after a failed build. */
    withoutRecord?: boolean;
  },
): FixtureBuild {
  cpSync(outDir, dir, { recursive: true });
  if (options.newStylesheet) {
    const old = stylesheetOf(dir);
    const renamed = old.replace(/\.css$/, `-${options.commit}.css`);
    for (const suffix of ['', '.gz', '.br']) {
      renameSync(path.join(dir, `${old}${suffix}`), path.join(dir, `${renamed}${suffix}`));
    }
    for (const file of htmlFilesIn(dir)) edit(dir, file, old, renamed);
  }
  if (options.editPage) edit(dir, options.editPage, '</h1>', ` (${options.commit})</h1>`);
  if (options.paddingBytes)
    writeFileSync(path.join(dir, 'padding.bin'), randomBytes(options.paddingBytes));
  if (options.withoutRecord) {
    rmSync(path.join(dir, 'version.json'), { force: true });
    return { dir, build: '' };
  }
  const record = makeBuildRecord({
    commit: options.commit,
    builtAt: new Date(),
    siteUrl:
      options.siteUrl === undefined ? 'https://park.example' : (options.siteUrl ?? undefined),
    drafts: options.drafts ?? [],
  });
  writeBuildRecord(dir, record);
  return { dir, build: record.build };
}
