import { buildSync, type Message } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as define from './define';
import type { Bilingual } from './errors';

/** What a content module gave: its default export, or why it could not be read. */
export type ModuleResult =
  | { ok: true; value: unknown; imports: string[] }
  | { ok: false; line?: number; column?: number; reason: Bilingual };

/** The one module of lib/ that content files import, by the name they import it under. */
const importable: Record<string, unknown> = { '@/lib/content/define': define };

/**
 * Reads a TypeScript file of content/ (a figure module, the site settings, the term base) and
 * returns its default export. esbuild compiles it with the files it imports from content/, so a
 * file added to content/figures/ needs no registration, and a syntax error comes back with the
 * parser's own line and column. It runs synchronously, in the build as in `npm run check`.
 *
 * `file` is relative to `root`, the project folder, e.g. `content/figures/innovation.ts`.
 */
export function readContentModule(root: string, file: string): ModuleResult {
  const compiled = compile(root, file);
  if (!compiled.ok) return compiled;
  const imports = compiled.imports.map((input) => path.join(root, input));
  return run(compiled.code, imports);
}

type Compiled =
  { ok: true; code: string; imports: string[] } | Extract<ModuleResult, { ok: false }>;

/**
 * What esbuild made of a file, by the text of every TypeScript file of content/ it could import.
 * esbuild's synchronous call starts a process of its own each time inside a worker thread (as in
 * the tests, which check some 70 copies of content/); a file unchanged since it was last compiled
 * is not compiled again. The key holds paths relative to the project, so a copy of content/
 * elsewhere finds it too.
 */
const compiledByTexts = new Map<string, Compiled>();

function compile(root: string, file: string): Compiled {
  const hash = createHash('sha256').update(file);
  const contentFolder = path.join(root, 'content');
  for (const name of readdirSync(contentFolder, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.ts')) continue;
    hash.update(`\0${name}\0`).update(readFileSync(path.join(contentFolder, name)));
  }
  const key = hash.digest('hex');
  let compiled = compiledByTexts.get(key);
  if (!compiled) {
    compiled = compileNow(root, file);
    compiledByTexts.set(key, compiled);
  }
  return compiled;
}

function compileNow(root: string, file: string): Compiled {
  const entry = path.resolve(root, file);
  try {
    const result = buildSync({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      target: 'es2022',
      logLevel: 'silent',
      metafile: true,
      // Imports of lib/ stay outside the bundle and are answered below.
      external: ['@/*'],
    });
    return {
      ok: true,
      code: result.outputFiles[0]!.text,
      // The other files of content/ it imports (e.g. a figure module's shared sources).
      imports: Object.keys(result.metafile.inputs)
        .map((input) => path.relative(root, path.resolve(input)))
        .filter((input) => input !== file),
    };
  } catch (error) {
    const first = (error as { errors?: Message[] }).errors?.[0];
    const where = first?.location;
    const inFile = where != null && path.resolve(where.file) === entry;
    const reason = first?.text ?? String(error);
    return {
      ok: false,
      line: inFile ? where.line : undefined,
      column: inFile ? where.column + 1 : undefined,
      reason: {
        zh: `文件无法读取（常见原因：缺少引号、逗号或括号）：${reason}`,
        en: `the file cannot be read (often a missing quote, comma or bracket): ${reason}`,
      },
    };
  }
}

/** Runs compiled code, giving it only the module of lib/ content files may import. */
function run(code: string, imports: string[]): ModuleResult {
  const compiled = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    if (name in importable) return importable[name];
    throw new ImportNotAllowed(name);
  };
  try {
    new Function('module', 'exports', 'require', code)(compiled, compiled.exports, require);
  } catch (error) {
    const reason =
      error instanceof ImportNotAllowed
        ? {
            zh: `内容文件只能引用 content/ 中的文件和 @/lib/content/define，不能引用 ${error.importName}`,
            en: `a content file may import only files of content/ and @/lib/content/define, not ${error.importName}`,
          }
        : {
            zh: `文件运行出错：${String(error)}`,
            en: `the file fails when it is run: ${String(error)}`,
          };
    return { ok: false, reason };
  }
  return { ok: true, value: compiled.exports.default, imports };
}

class ImportNotAllowed extends Error {
  constructor(readonly importName: string) {
    super(importName);
  }
}
