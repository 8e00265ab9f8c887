// A load generator in its own process (so that it does not slow the test that drives it): sends
// autocannon's requests to the origin, cycling through the paths, until its standard input
// closes, then prints autocannon's result as JSON.
//   node tests/support/load-until-stopped.mjs <origin> <connections> <path>…
import autocannon from 'autocannon';

const [origin, connections, ...paths] = process.argv.slice(2);
const load = autocannon({
  url: origin,
  connections: Number(connections),
  duration: 3600,
  requests: paths.map((path) => ({ method: 'GET', path })),
  headers: { 'accept-encoding': 'br, gzip' },
});
// What each failed request met (a reset, a refused connection…), with the time it happened, to tell
// a failure during a switch from one made by stopping.
const errorKinds = [];
load.on('reqError', (error) =>
  errorKinds.push(`${error.code ?? error.message} at ${new Date().toISOString()}`),
);
load.on('done', (result) =>
  process.stdout.write(JSON.stringify({ ...result, errorKinds, stoppedAt })),
);
let stoppedAt;
process.stdin.on('end', () => {
  stoppedAt = new Date().toISOString();
  load.stop();
});
process.stdin.resume();
