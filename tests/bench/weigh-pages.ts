// Weighs built pages with the tests/support/page-weight.ts of the tree in the working directory,
// so that each version of the site is weighed by its own definition of what a page loads (the
// scripts a page loads after its first paint are listed differently from one version to the
// next). bench.ts runs it with that tree's tsx, whose tsconfig resolves the tree's `@/` imports:
//   tsx <this file> '[{"file":"out/zh/index.html","path":"/zh/"},…]'  → JSON of the weights
import path from 'node:path';
import type * as PageWeightModule from '../support/page-weight';

async function main() {
  const root = process.cwd();
  const pages = JSON.parse(process.argv[2] ?? '[]') as { file: string; path: string }[];
  const { measurePage } = (await import(
    path.join(root, 'tests/support/page-weight.ts')
  )) as typeof PageWeightModule;
  const out = path.join(root, 'out');
  const weights = pages.map((page) => measurePage(path.join(out, page.file), page.path, out));
  process.stdout.write(JSON.stringify(weights));
}

void main();
