import { buildSync, type Message } from 'esbuild';
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
 */
export function readContentModule(file: string): ModuleResult {
  let code: string;
  let imports: string[];
  try {
    const result = buildSync({
      entryPoints: [file],
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
    code = result.outputFiles[0]!.text;
    // The other files of content/ it imports (e.g. a figure module's shared sources).
    imports = Object.keys(result.metafile.inputs)
      .map((input) => path.resolve(input))
      .filter((input) => input !== path.resolve(file));
  } catch (error) {
    const first = (error as { errors?: Message[] }).errors?.[0];
    const where = first?.location;
    const reason = first?.text ?? String(error);
    return {
      ok: false,
      line: where && path.resolve(where.file) === path.resolve(file) ? where.line : undefined,
      column:
        where && path.resolve(where.file) === path.resolve(file) ? where.column + 1 : undefined,
      reason: {
        zh: `文件无法读取（常见原因：缺少引号、逗号或括号）：${reason}`,
        en: `the file cannot be read (often a missing quote, comma or bracket): ${reason}`,
      },
    };
  }
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
