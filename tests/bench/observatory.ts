// `npm run bench:observatory`: the MDN HTTP Observatory's grade of deploy/nginx.conf. Serves the
// built out/ with nginx as production does (HTTPS with HTTP/2 on one port, the port-80 server's
// redirect on another; a certificate made for the run, tests/support/test-certificate.mjs),
// scans it with @mdn/mdn-http-observatory (tests/bench/observatory-scan.mjs, with the run's CA
// trusted), and prints the grade, the score and each test's result. Run after `npm run build`.
// Offline: the package's install script downloads Chromium's HSTS preload list, which the scan
// reads; where it is missing, an empty list stands in (127.0.0.1 is on no preload list).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { outDir } from '@/lib/deploy/paths';
import { startNginx } from '../support/nginx.mjs';

interface ScanTest {
  name: string;
  pass: boolean;
  result: string;
  scoreModifier: number;
  scoreDescription: string;
}
interface Scan {
  algorithmVersion: number;
  grade: string;
  score: number;
  testsPassed: number;
  testsQuantity: number;
  verified: boolean;
  route: string[];
  tests: ScanTest[];
}

// npm runs scripts from the project root. (tsx runs this file as CommonJS, without import.meta.)
const projectRoot = process.cwd();
const packageDir = path.dirname(require.resolve('@mdn/mdn-http-observatory/package.json'));

/** The HSTS preload list the package's postinstall would have downloaded, or an empty one. */
function ensurePreloadList() {
  const file = path.join(packageDir, 'conf/hsts-preload.json');
  if (existsSync(file)) return 'the downloaded Chromium list';
  writeFileSync(file, '{}\n');
  return 'empty (offline; the postinstall download did not run)';
}

async function main() {
  const preloadList = ensurePreloadList();
  const server = await startNginx({ root: outDir, tls: true });
  const caDir = mkdtempSync(path.join(tmpdir(), 'park-observatory-'));
  try {
    const caFile = path.join(caDir, 'ca.pem');
    writeFileSync(caFile, server.ca);
    const { hostname, port: httpsPort } = new URL(server.origin);
    const httpPort = new URL(server.httpOrigin).port;
    const output = execFileSync(
      process.execPath,
      [path.join(projectRoot, 'tests/bench/observatory-scan.mjs'), hostname, httpPort, httpsPort],
      { env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile }, encoding: 'utf8' },
    );
    const scan = JSON.parse(output) as Scan;
    const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
      version: string;
    };
    console.log(
      `MDN HTTP Observatory ${version} (algorithm ${scan.algorithmVersion}) against deploy/nginx.conf:\n` +
        `  ${server.httpOrigin}/ and ${server.origin}/, test certificate ` +
        `${scan.verified ? 'verified (test CA trusted)' : 'NOT verified'}; HSTS preload list: ${preloadList}\n` +
        `  route from HTTP: ${scan.route.join(' → ')}\n`,
    );
    console.table(
      scan.tests.map((test) => ({
        test: test.name,
        pass: test.pass ? 'yes' : 'NO',
        result: test.result,
        score: test.scoreModifier > 0 ? `+${test.scoreModifier}` : String(test.scoreModifier),
      })),
    );
    for (const test of scan.tests) {
      const text = test.scoreDescription
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      console.log(`${test.name}: ${text}`);
    }
    console.log(
      `\nGrade ${scan.grade}, score ${scan.score} (${scan.testsPassed}/${scan.testsQuantity} tests passed)`,
    );
    if (scan.grade !== 'A+') process.exitCode = 1;
  } finally {
    await server.stop();
    rmSync(caDir, { recursive: true, force: true });
  }
}

void main();
