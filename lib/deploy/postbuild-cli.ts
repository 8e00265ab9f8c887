// The last step of `npm run build`, after `next build` and Pagefind: prepares out/ for a web
// server. In this order, since each step works on what the one before wrote: the pages without
// the Next.js browser runtime, checked for any of it left behind (the build stops if so), the
// runtime's files deleted, the `_headers` file for hosts that read it, and precompressed copies
// of the text files (of their final bytes). The build's record of itself (version.json), which
// says that every check passed, is written before the headers (it is served too) and taken back
// if a later step fails.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { shownDraftFiles } from '../content/pages';
import {
  currentCommit,
  forgetBuildRecord,
  makeBuildRecord,
  writeBuildRecord,
} from './build-record';
import { headerRules, headersFile } from './headers';
import { htmlFilesIn, outDir, siteFilesIn } from './paths';
import { precompress } from './precompress';
import { assertNoRuntime, deleteRuntimeFiles, removeRuntime } from './remove-runtime';

async function main() {
  const pages = await Promise.all(
    htmlFilesIn().map(async (file) => {
      const html = removeRuntime(await readFile(path.join(outDir, file), 'utf8'));
      await writeFile(path.join(outDir, file), html);
      return { file, html };
    }),
  );
  assertNoRuntime(pages);
  const deleted = deleteRuntimeFiles(outDir);
  const record = makeBuildRecord({
    commit: currentCommit(),
    builtAt: new Date(),
    siteUrl: process.env.SITE_URL,
    drafts: shownDraftFiles(),
  });
  writeBuildRecord(outDir, record);
  const rules = headerRules(siteFilesIn());
  await writeFile(path.join(outDir, '_headers'), headersFile(rules));
  const totals = await precompress(outDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `${pages.length} pages without the Next.js runtime (${deleted} runtime files deleted); ` +
      `_headers with ${rules.length} rules; precompressed ${totals.files} files: ` +
      `${kb(totals.bytes)} → gzip ${kb(totals.gzip)}, brotli ${kb(totals.brotli)}; ` +
      `build ${record.build}`,
  );
}

main().catch((error: unknown) => {
  forgetBuildRecord(outDir);
  console.error(`postbuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
