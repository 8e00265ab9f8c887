// `node tests/support/nginx-cli.mjs [port]`: serves out/ with nginx and the project's
// configuration until stopped (Ctrl-C): the browser tests' production-like server.
import { startNginx } from './nginx.mjs';

const server = await startNginx({ port: process.argv[2] ? Number(process.argv[2]) : undefined });
console.log(`nginx serves out/ on ${server.origin}`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.stop().then(() => process.exit(0)));
}
