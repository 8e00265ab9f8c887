// `npm run bench:load`: how the nginx of deploy/ serves the build on loopback. autocannon sends
// requests for the home page and for a script file, as a browser would (Brotli accepted), and this
// prints requests per second, latency percentiles and errors. Run after `npm run build`.
// On a 2-core machine the load generator and nginx share the cores: the figures are a floor.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { outDir } from '@/lib/deploy/paths';
import { measurePage } from '../support/page-weight';
import { startNginx } from '../support/nginx.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

// The largest script the home page loads (React's), as a browser would fetch it.
const script = measurePage(path.join(outDir, 'zh/index.html'), '/zh/', outDir)
  .js.files.map((file) => ({ file, size: statSync(file).size }))
  .sort((a, b) => b.size - a.size)[0]!.file;
const targets = [
  { name: 'home page /zh/', path: '/zh/' },
  { name: 'home page /en/', path: '/en/' },
  { name: `script ${path.basename(script)}`, path: `/${path.relative(outDir, script)}` },
];

async function measure(origin: string, target: (typeof targets)[number]) {
  const result = await autocannon({
    url: `${origin}${target.path}`,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'br, gzip', 'accept-language': 'zh-CN' },
  });
  return {
    target: target.name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p90 ms': result.latency.p90,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    'MB/s': +(result.throughput.average / 1024 / 1024).toFixed(1),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    'non-2xx': result.non2xx,
  };
}

async function main() {
  const server = await startNginx({ root: outDir });
  try {
    console.log(
      `nginx (deploy/nginx.conf) on ${server.origin}; autocannon, ${connections} connections, ` +
        `${seconds} s per target, ${availableParallelism()} cores shared by client and server`,
    );
    const rows = [];
    for (const target of targets) rows.push(await measure(server.origin, target));
    console.table(rows);
  } finally {
    await server.stop();
  }
}

void main();
