import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a build or a preview of the project needs, besides node_modules. */
const projectFiles = [
  'app',
  'components',
  'content',
  'deploy',
  'lib',
  'public',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  '.postcssrc.json',
];

/**
 * A copy of the project in a temporary folder, for tests that build or preview it with a change
 * made: node_modules is hard-linked (a full copy without the disk space), the browser bundles are
 * left out (they are made anew in the copy, and another test may be rewriting them).
 */
export function copyProject(prefix: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), prefix));
  for (const name of projectFiles.filter((name) => existsSync(name))) {
    cpSync(name, path.join(copy, name), {
      recursive: true,
      filter: (source) => !source.startsWith(path.join('public', 'assets')),
    });
  }
  const linked = spawnSync('cp', ['-al', 'node_modules', path.join(copy, 'node_modules')]);
  if (linked.status !== 0) throw new Error(`could not link node_modules: ${linked.stderr}`);
  return copy;
}
