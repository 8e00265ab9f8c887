import { readdirSync, readFileSync } from 'node:fs';
import { equivalentMutants } from '../mutation-equivalents';

// Reads the report of `npm run test:mutation` and prints what the issue asks of it: the mutation
// score of lib/ (the bar is 80%) and of components/, the mutants no test noticed, and among those
// the ones listed as equivalent (tests/mutation-equivalents.ts), each with its reason. Equivalent
// mutants still count as survivors in the score: they are explained, not silenced.

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status:
    | 'Killed'
    | 'Survived'
    | 'NoCoverage'
    | 'Timeout'
    | 'Ignored'
    | 'CompileError'
    | 'RuntimeError'
    | 'Pending';
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const bar = 80;
const reportFile = '.stryker/report/mutation.json';
const report: Report = JSON.parse(readFileSync(reportFile, 'utf8'));

function scoreOf(prefix: string) {
  const counts = { detected: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (!file.startsWith(prefix)) continue;
    for (const { status } of mutants) {
      if (status === 'Killed' || status === 'Timeout') counts.detected++;
      else if (status === 'Survived') counts.survived++;
      else if (status === 'NoCoverage') counts.noCoverage++;
      else if (status === 'Ignored') counts.ignored++;
    }
  }
  const scored = counts.detected + counts.survived + counts.noCoverage;
  return { ...counts, scored, score: scored === 0 ? 0 : (100 * counts.detected) / scored };
}

const survivors = Object.entries(report.files).flatMap(([file, { mutants }]) =>
  mutants
    .filter(
      (mutant) =>
        file.startsWith('lib/') && (mutant.status === 'Survived' || mutant.status === 'NoCoverage'),
    )
    .map((mutant) => ({ file, ...mutant })),
);
const reasonOf = (survivor: (typeof survivors)[number]) =>
  equivalentMutants.find(
    (equivalent) =>
      equivalent.file === survivor.file &&
      equivalent.line === survivor.location.start.line &&
      equivalent.mutator === survivor.mutatorName,
  )?.reason;

const where = (survivor: (typeof survivors)[number]) =>
  `${survivor.file}:${survivor.location.start.line}:${survivor.location.start.column}  ${survivor.mutatorName}  ${(survivor.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`;

const equivalent = survivors.filter((survivor) => reasonOf(survivor) !== undefined);
const unexplained = survivors.filter((survivor) => reasonOf(survivor) === undefined);
console.log(`\nSurvivors in lib/ listed as equivalent (${equivalent.length}):`);
for (const survivor of equivalent) console.log(`  ${where(survivor)}\n      ${reasonOf(survivor)}`);
console.log(
  `\nOther survivors in lib/ (${unexplained.length}): see ${reportFile.replace('mutation.json', 'index.html')}`,
);
for (const survivor of unexplained) console.log(`  ${where(survivor)}`);

console.log(
  '\nMutation score (killed or timed out, of all mutants tested; static mutants left out):',
);
for (const prefix of ['lib/', 'components/']) {
  const { score, detected, survived, noCoverage, ignored } = scoreOf(prefix);
  console.log(
    `  ${prefix.padEnd(12)} ${score.toFixed(2)}%  (${detected} detected, ${survived} survived, ${noCoverage} not covered; ${ignored} static, not run)`,
  );
}
// A run limited with --mutate reports only the files it mutated: the score is then not that of lib/.
// The same files as the `mutate` patterns of .config/stryker.config.mjs.
const unmeasured = readdirSync('lib', { recursive: true, encoding: 'utf8' })
  .map((name) => `lib/${name.split('\\').join('/')}`)
  .filter((file) => /\.(ts|mjs)$/.test(file) && !/(\.d\.ts|-cli\.ts)$/.test(file))
  .filter((file) => !(file in report.files))
  .sort();
if (unmeasured.length > 0) {
  console.error(
    `\nNot in this report, so not measured: ${unmeasured.join(', ')}. The score above is not that of all of lib/.`,
  );
  process.exit(1);
}
const lib = scoreOf('lib/');
if (lib.score < bar) {
  console.error(`\nlib/ scores ${lib.score.toFixed(2)}%, below the bar of ${bar}%.`);
  process.exit(1);
}
