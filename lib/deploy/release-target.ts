import { spawn } from 'node:child_process';

// Where `npm run release` puts the site: a folder on this machine, or `user@host:/path` reached
// over ssh and rsync, the tools a Linux host already has. Both are driven by the same small POSIX
// shell scripts (read from standard input by `sh -s`, here or through ssh), so the tests on a local
// folder run exactly what a remote host runs. The layout:
//
//   <target>/releases/2026-11-30T10-00-00Z-abc1234/   one build, as uploaded (nginx's root is
//   <target>/releases/2026-11-30T10-00-00Z-abc1234.assets  …/current); its hashed files, listed
//   <target>/current  -> releases/…   the release served, switched by one atomic rename
//   <target>/previous -> releases/…   the release served before it, where a rollback returns
//   <target>/.release-lock/owner      while a release runs: who runs it
//
// A folder is uploaded as `<name>.partial` and renamed when complete, so an interrupted upload
// never looks like a release; the next release deletes it.

export interface TargetState {
  /** The release served (its name), if any. */
  current?: string;
  /** The release served before it, if any. */
  previous?: string;
  /** The complete releases, oldest first (names begin with their time). */
  releases: string[];
  /** Free space on the target's file system, in bytes. */
  freeBytes: number;
}

/** Where a target is: a remote host (`user@host`), or this machine, and the folder. */
export interface TargetAddress {
  host?: string;
  root: string;
}

/** `user@host:/path` or `host:/path` is remote; anything else is a folder here. */
export function parseTarget(target: string): TargetAddress {
  const remote = /^([^/:\s]+):(.+)$/.exec(target);
  if (remote) return { host: remote[1], root: remote[2]! };
  return { root: target };
}

/** A word for a shell, quoted so that nothing in it is interpreted. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What rsync and ssh are given as the folder: `host:/path/…` or `/path/…`. */
export function rsyncPath(address: TargetAddress, inside: string): string {
  const full = `${address.root.replace(/\/+$/, '')}/${inside}`;
  return address.host ? `${address.host}:${full}` : full;
}

export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a program, feeding it `input`; resolves with its status and output. */
export function run(command: string, args: string[], input = ''): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Runs a shell script on the target, with the target's folder as `$1` and `args` after it. */
export async function runOnTarget(
  address: TargetAddress,
  script: string,
  args: string[] = [],
): Promise<string> {
  const words = [address.root, ...args];
  const result = address.host
    ? await run('ssh', [address.host, 'sh', '-s', '--', ...words.map(shellQuote)], script)
    : await run('sh', ['-s', '--', ...words], script);
  if (result.status !== 0) {
    throw new Error(`the command on ${address.host ?? 'this machine'} failed: ${result.stderr}`);
  }
  return result.stdout;
}

// A target folder that does not exist yet is measured at its nearest existing parent.
const stateScript = String.raw`
set -eu
dir="$1"
while [ ! -d "$dir" ]; do dir=$(dirname "$dir"); done
printf 'free=%s\n' "$(df -Pk "$dir" | awk 'NR == 2 { print $4 }')"
[ "$dir" = "$1" ] || exit 0
cd "$1"
printf 'current=%s\n' "$(readlink current 2>/dev/null || true)"
printf 'previous=%s\n' "$(readlink previous 2>/dev/null || true)"
if [ -d releases ]; then
  for entry in releases/*/; do
    case "$entry" in *.partial/ | 'releases/*/') ;; *) printf 'release=%s\n' "$(basename "$entry")" ;; esac
  done
fi
`;

/** The releases on the target, the current and previous one, and its free space. */
export async function readState(address: TargetAddress): Promise<TargetState> {
  const output = await runOnTarget(address, stateScript);
  const state: TargetState = { releases: [], freeBytes: 0 };
  for (const line of output.split('\n')) {
    const separator = line.indexOf('=');
    const [key, value] = [line.slice(0, separator), line.slice(separator + 1)];
    const name = value.replace(/^releases\//, '');
    if (key === 'current' && name) state.current = name;
    else if (key === 'previous' && name) state.previous = name;
    else if (key === 'release') state.releases.push(name);
    else if (key === 'free') state.freeBytes = Number(value) * 1024;
  }
  state.releases.sort();
  return state;
}

const lockScript = String.raw`
set -eu
mkdir -p "$1"
cd "$1"
if mkdir .release-lock 2>/dev/null; then
  printf '%s\n' "$2" > .release-lock/owner
  echo taken
else
  printf 'held=%s\n' "$(cat .release-lock/owner 2>/dev/null || echo unknown)"
fi
`;

/** Takes the target's release lock for `owner`; else returns who holds it. */
export async function takeLock(
  address: TargetAddress,
  owner: string,
): Promise<{ taken: true } | { taken: false; heldBy: string }> {
  const output = (await runOnTarget(address, lockScript, [owner])).trim();
  if (output === 'taken') return { taken: true };
  return { taken: false, heldBy: output.replace(/^held=/, '') };
}

export async function releaseLock(address: TargetAddress): Promise<void> {
  await runOnTarget(address, 'set -eu\nrm -rf "$1/.release-lock"\n');
}

/** Makes room for an upload: the releases folder, without the leftovers of a broken upload. */
export async function prepareUpload(address: TargetAddress): Promise<void> {
  await runOnTarget(address, 'set -eu\ncd "$1"\nmkdir -p releases\nrm -rf releases/*.partial\n');
}

/**
 * Uploads `fromDir` as the release `name`, hard-linking every file unchanged since the release
 * `linkFrom` instead of copying it (rsync --link-dest; compared by checksum, since each build
 * writes every file anew). Times are not copied: an unchanged file keeps the time, and so the
 * ETag, it had; a new one gets the time of its upload.
 */
export async function upload(
  address: TargetAddress,
  options: { fromDir: string; name: string; linkFrom?: string; bandwidthLimit?: number },
): Promise<void> {
  const args = ['--recursive', '--links', '--perms', '--checksum', '--delete'];
  if (options.linkFrom) args.push(`--link-dest=../${options.linkFrom}`);
  if (options.bandwidthLimit) args.push(`--bwlimit=${options.bandwidthLimit}`);
  const result = await run('rsync', [
    ...args,
    `${options.fromDir.replace(/\/+$/, '')}/`,
    rsyncPath(address, `releases/${options.name}.partial/`),
  ]);
  if (result.status !== 0) throw new Error(`rsync failed: ${result.stderr.trim()}`);
}

/** Turns the uploaded `<name>.partial` into the release, with the list of its hashed files. */
export async function completeUpload(
  address: TargetAddress,
  name: string,
  hashedFiles: string[],
): Promise<void> {
  // The names are the build's own (letters, digits, `-_./`), so a quoted here-document holds them.
  const script = [
    'set -eu',
    'cd "$1/releases"',
    `cat > "$2.assets" <<'LIST'`,
    ...hashedFiles,
    'LIST',
    'mv "$2.partial" "$2"',
    '',
  ].join('\n');
  await runOnTarget(address, script, [name]);
}

const switchScript = String.raw`
set -eu
cd "$1"
serve="$2"
previous="$3"
carry="$4"
# The hashed files of the release left stay reachable from the one served, for the pages of it a
# visitor still has open (their stylesheet, scripts, search index).
if [ -n "$carry" ] && [ -f "releases/$carry.assets" ]; then
  while IFS= read -r file; do
    if [ -n "$file" ] && [ -f "releases/$carry/$file" ] && [ ! -e "releases/$serve/$file" ]; then
      mkdir -p "releases/$serve/$(dirname "$file")"
      ln "releases/$carry/$file" "releases/$serve/$file"
    fi
  done < "releases/$carry.assets"
fi
# One rename(2) each: a request sees the old release or the new, never neither.
ln -sfn "releases/$serve" .current.next
mv -T .current.next current
if [ -n "$previous" ]; then
  ln -sfn "releases/$previous" .previous.next
  mv -T .previous.next previous
else
  rm -f previous
fi
`;

/**
 * Serves the release `serve`, with `previous` as the one a rollback returns to; the hashed files
 * of `carryFrom` (the release served until now) are hard-linked into it where missing.
 */
export async function switchRelease(
  address: TargetAddress,
  links: { serve: string; previous?: string; carryFrom?: string },
): Promise<void> {
  await runOnTarget(address, switchScript, [
    links.serve,
    links.previous ?? '',
    links.carryFrom ?? '',
  ]);
}

/** Serves nothing: after a failed first release, the target is as before it. */
export async function unserve(address: TargetAddress): Promise<void> {
  await runOnTarget(address, 'set -eu\ncd "$1"\nrm -f current previous\n');
}

/** Deletes a release that failed its check: it is no place to roll back to. */
export async function discard(address: TargetAddress, name: string): Promise<void> {
  await runOnTarget(address, 'set -eu\ncd "$1/releases"\nrm -rf "$2" "$2.assets"\n', [name]);
}

const pruneScript = String.raw`
set -eu
cd "$1"
current=$(readlink current 2>/dev/null || true)
previous=$(readlink previous 2>/dev/null || true)
for name in $(ls -1 releases | grep -v -e '\.assets$' -e '\.partial$' | sort -r | awk -v keep="$2" 'NR > keep'); do
  if [ "releases/$name" != "$current" ] && [ "releases/$name" != "$previous" ]; then
    rm -rf "releases/$name" "releases/$name.assets"
    echo "$name"
  fi
done
`;

/** Deletes all but the `keep` newest releases, never the current or previous one. */
export async function prune(address: TargetAddress, keep: number): Promise<string[]> {
  const output = await runOnTarget(address, pruneScript, [String(keep)]);
  return output.split('\n').filter(Boolean);
}
