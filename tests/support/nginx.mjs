// Runs a real nginx with the project's own configuration (deploy/nginx.conf) over a built out/
// folder, on 127.0.0.1, for the browser tests and the benchmarks. Only the paths the host would
// adjust (marked ▶ in deploy/nginx.conf) and what a non-root, throw-away server needs (port, pid,
// logs, temporary folders) are changed; every header, map and location is the shipped one.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const deployDir = path.join(projectRoot, 'deploy');

/** Debian's nginx (`apt-get install nginx libnginx-mod-http-brotli-static`; `.ci/run` does it). */
export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find(
  (file) => existsSync(file),
);

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf with the host's paths pointed at this checkout and a loopback port. */
export function testConfig({ root, port, prefix }) {
  const replace = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"`);
    return text.split(from).join(to);
  };
  let config = readFileSync(path.join(deployDir, 'nginx.conf'), 'utf8');
  config = replace(config, '/srv/park/deploy/', `${deployDir}/`);
  config = replace(config, '/srv/park/out', root);
  config = replace(config, 'listen 80;', `listen 127.0.0.1:${port};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${prefix}/${name};`)
    .join('\n');
  config = replace(config, 'http {\n', `http {\n${temp}\n`);
  // As root (CI), workers would drop to www-data and might not read the checkout.
  if (process.getuid?.() === 0) config = `user root;\n${config}`;
  return config;
}

async function waitForHttp(origin, child, errors) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${origin}/zh/`, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not start on ${origin}:\n${errors()}`);
}

/**
 * Starts nginx in the foreground on 127.0.0.1:`port` (a free one by default) serving `root`.
 * Returns its origin and a `stop()` that ends it and removes its temporary folder.
 */
export async function startNginx({ root = path.join(projectRoot, 'out'), port } = {}) {
  if (!nginxBinary) {
    throw new Error(
      'nginx is not installed: apt-get install -y nginx libnginx-mod-http-brotli-static (.ci/run does this)',
    );
  }
  if (!existsSync(path.join(root, '_headers'))) {
    throw new Error(`${root} has no _headers: run \`npm run build\` first`);
  }
  const listenPort = port ?? (await freePort());
  const prefix = mkdtempSync(path.join(tmpdir(), 'park-nginx-'));
  const configFile = path.join(prefix, 'nginx.conf');
  writeFileSync(configFile, testConfig({ root: path.resolve(root), port: listenPort, prefix }));
  const errorLog = path.join(prefix, 'error.log');
  const child = spawn(
    nginxBinary,
    // nginx's own prefix is kept (Debian loads modules by paths relative to it); everything this
    // server writes goes to absolute paths in its temporary folder.
    ['-c', configFile, '-e', errorLog, '-g', `daemon off; pid ${prefix}/nginx.pid;`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const errors = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  const origin = `http://127.0.0.1:${listenPort}`;
  try {
    await waitForHttp(origin, child, errors);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    errors,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT'); // graceful: finish open requests
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
