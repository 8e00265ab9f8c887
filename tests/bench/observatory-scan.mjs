// The MDN HTTP Observatory's scan (@mdn/mdn-http-observatory, src/scanner/index.js) of
// http://<host>:<httpPort> and https://<host>:<httpsPort>, printed as JSON. The package's own
// scan() takes a host name only (the standard ports 80 and 443); its retriever takes ports, so
// this runs the same steps with them: retrieve, the same tests, the same grading. Run it with
// NODE_EXTRA_CA_CERTS naming the CA of the server's certificate, so the chain verifies (HSTS and
// the redirection count only with a valid certificate). tests/bench/observatory.ts runs it.
import {
  ALL_TESTS,
  ALGORITHM_VERSION,
  NUM_TESTS,
} from '@mdn/mdn-http-observatory/src/constants.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import {
  getGradeForScore,
  getScoreDescription,
  getScoreModifier,
} from '@mdn/mdn-http-observatory/src/grader/grader.js';
import { retrieve } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';

const [host, httpPort, httpsPort] = process.argv.slice(2);
const requests = await retrieve(host, { httpPort, httpsPort });
if (!requests.responses.auto) throw new Error(`${host} does not answer`);
const { status } = requests.responses.auto;
if (status < 200 || (status >= 400 && ![401, 403].includes(status))) {
  throw new Error(`${host} answered ${status}`);
}

let passed = 0;
let scoreWithExtraCredit = 100;
let uncurvedScore = 100;
const tests = ALL_TESTS.map((test) => {
  const result = test(requests);
  if (result.result) {
    result.scoreDescription = getScoreDescription(result.result);
    result.scoreModifier = getScoreModifier(result.result);
    passed += result.pass ? 1 : 0;
    scoreWithExtraCredit += result.scoreModifier;
    if (result.scoreModifier < 0) uncurvedScore += result.scoreModifier;
  }
  return { name: result.constructor.name, ...result };
});
const score =
  uncurvedScore >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? scoreWithExtraCredit : uncurvedScore;
const { grade } = getGradeForScore(score);
const verified = Boolean(requests.responses.https?.verified);
console.log(
  JSON.stringify({
    algorithmVersion: ALGORITHM_VERSION,
    grade,
    score,
    testsPassed: passed,
    testsQuantity: NUM_TESTS,
    statusCode: status,
    verified,
    route: requests.responses.httpRedirects.map((entry) => `${entry.status} ${entry.url.href}`),
    tests,
  }),
);
