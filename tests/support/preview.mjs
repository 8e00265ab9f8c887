// `npm run serve` (and `npm start`, after the build): serves out/ on http://127.0.0.1:3000 as
// production does, through nginx with the shipped configuration (deploy/, by nginx.mjs), over
// plain HTTP. Where nginx (or its njs module) is missing, it falls back to the `serve` package
// and says how that differs from production. Ctrl-C stops it. `SERVE_ROOT=/srv/park/current npm
// run serve` serves a release target's current release instead (README, "Publishing"), with
// nginx only.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { debianPackages, nginxBinary, startNginx } from './nginx.mjs';

const port = Number(process.env.PORT ?? 3000);
const outDir = path.resolve(import.meta.dirname, '../../out');
const releaseRoot = process.env.SERVE_ROOT ? path.resolve(process.env.SERVE_ROOT) : undefined;

/** How `serve` differs from production (README.md, "Hosting with nginx", says the same). */
const differences = [
  '`/` shows the language chooser page (JavaScript sends the browser on) instead of a 302 by Accept-Language',
  'a missing page gets the bilingual 404 page, not the 404 page of its locale',
  'feeds are application/xml, not application/atom+xml',
  'no security headers, no Content-Security-Policy, no Cache-Control of deploy/',
  'POST and other methods answer 200, and dotfiles, ranges and /_headers are handled differently',
];

async function withNginx() {
  // A release target's `current` link is followed at each request, so it may not exist yet.
  const server = await startNginx({
    port,
    root: releaseRoot ?? outDir,
    requireBuild: !releaseRoot,
  });
  console.log(
    `nginx serves ${releaseRoot ?? 'out/'} on ${server.origin} with deploy/nginx.conf, as in production but over ` +
      'plain HTTP (so without HSTS, and HTTP/1.1). Ctrl-C stops it.',
  );
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => server.stop().then(() => process.exit(0)));
  }
}

function withServe(reason) {
  console.warn(
    `${reason}\nFalling back to the \`serve\` package, which differs from production:\n` +
      differences.map((line) => `  - ${line}`).join('\n') +
      `\nFor the production behaviour: apt-get install -y ${debianPackages.join(' ')}\n`,
  );
  const child = spawn(
    'npx',
    ['serve', 'out', '--listen', `tcp://127.0.0.1:${port}`, '--config', '../.config/serve.json'],
    { stdio: 'inherit', env: { ...process.env, NO_UPDATE_CHECK: '1' } },
  );
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (releaseRoot) {
  await withNginx();
} else if (!existsSync(path.join(outDir, '_headers'))) {
  console.error('out/ holds no build: run `npm run build` first (or `npm start`, which does).');
  process.exit(1);
} else if (!nginxBinary) {
  withServe('nginx is not installed.');
} else {
  try {
    await withNginx();
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error);
    // A module missing (njs, brotli): fall back; anything else (a port in use) is an error.
    if (!/unknown directive|dlopen|No such file or directory.*modules/.test(message)) throw error;
    const nginxSays = message.split('\n').find((line) => /\[emerg\]/.test(line)) ?? message;
    withServe(`nginx lacks a module deploy/nginx.conf needs:\n  ${nginxSays.trim()}`);
  }
}
