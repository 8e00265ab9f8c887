// Runs a real nginx with the project's own configuration (deploy/nginx.conf) over a built out/
// folder, on 127.0.0.1, for the site and browser tests, `npm start` and the benchmarks. Only what
// the host would adjust (marked ▶ in deploy/nginx.conf: paths, certificate), and what a
// non-root, throw-away server needs (ports, pid, logs, temporary folders) are changed; every
// header, map, location and TLS setting is the shipped one.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeTestCertificate, startOcspResponder } from './test-certificate.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const deployDir = path.join(projectRoot, 'deploy');

/** The Debian packages deploy/nginx.conf needs (`.ci/run` installs them), and openssl. */
export const debianPackages = [
  'nginx',
  'libnginx-mod-http-js',
  'libnginx-mod-http-brotli-static',
  'openssl',
];

/** Debian's nginx. */
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

/**
 * deploy/nginx.conf with the host's paths pointed at this checkout, loopback ports, and a test
 * certificate (`certDir`, tests/support/test-certificate.mjs) in place of the host's. The HTTPS
 * server listens on `port`, with TLS and HTTP/2 if `tls`, else as plain HTTP (the browser
 * tests, `npm start`); the port-80 server on `httpPort`, redirecting to `port`.
 */
export function testConfig({ root, port, httpPort, prefix, tls = false, certDir, acmeRoot }) {
  const replace = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"`);
    return text.split(from).join(to);
  };
  let config = readFileSync(path.join(deployDir, 'nginx.conf'), 'utf8');
  config = replace(config, '/srv/park/deploy/', `${deployDir}/`);
  config = replace(config, '/srv/park/current', root);
  config = replace(config, '/etc/letsencrypt/live/example.org/', `${certDir}/`);
  config = replace(config, '/var/www/acme', acmeRoot);
  config = replace(config, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
  config = replace(config, 'https://$host$request_uri', `https://$host:${port}$request_uri`);
  config = replace(
    config,
    'listen 443 ssl http2;',
    tls ? `listen 127.0.0.1:${port} ssl http2;` : `listen 127.0.0.1:${port};`,
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${prefix}/${name};`)
    .join('\n');
  config = replace(config, 'http {\n', `http {\n${temp}\n`);
  // As root (CI), workers would drop to www-data and might not read the checkout.
  if (process.getuid?.() === 0) config = `user root;\n${config}`;
  return config;
}

/** The status of a GET of `url` (http or https, trusting `ca`), or 0 if nothing answers. */
function statusOf(url, ca) {
  return new Promise((resolve) => {
    const client = url.startsWith('https:') ? https : http;
    client
      .get(url, { ca }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', () => resolve(0));
  });
}

async function waitForHttp(origin, ca, child, errors) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break;
    const status = await statusOf(`${origin}/zh/`, ca);
    // Any answer, a 404 of an empty root included, says nginx is up.
    if (status > 0 && status < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not start on ${origin}:\n${errors()}`);
}

/**
 * Starts nginx in the foreground on 127.0.0.1:`port` (a free one by default) serving `root`, over
 * HTTPS with HTTP/2 if `tls` (else plain HTTP), and its port-80 server on another free port;
 * `root` must hold a build unless `requireBuild` is false (then nginx only needs to start);
 * with `ocsp`, an OCSP responder for its certificate, so that nginx staples a real answer.
 * Returns the origins, the test CA to trust, and a `stop()` that ends nginx and removes its
 * temporary folder.
 */
export async function startNginx({
  root = path.join(projectRoot, 'out'),
  port,
  tls = false,
  ocsp = false,
  // A release target's `current` link may not exist yet when its server starts.
  requireBuild = true,
} = {}) {
  if (!nginxBinary) {
    throw new Error(`nginx is not installed: apt-get install -y ${debianPackages.join(' ')}`);
  }
  if (requireBuild && !existsSync(path.join(root, '_headers'))) {
    throw new Error(`${root} has no _headers: run \`npm run build\` first`);
  }
  const listenPort = port ?? (await freePort());
  const httpPort = await freePort();
  const prefix = mkdtempSync(path.join(tmpdir(), 'park-nginx-'));
  const certDir = path.join(prefix, 'certificate');
  const acmeRoot = path.join(prefix, 'acme');
  mkdirSync(certDir);
  mkdirSync(acmeRoot);
  // The shipped configuration loads a certificate even when the tests serve plain HTTP. With
  // `ocsp`, the certificate names an OCSP responder, run beside nginx, for stapling.
  const ocspPort = ocsp ? await freePort() : undefined;
  const { ca } = makeTestCertificate(certDir, { ocspPort });
  const responder = ocspPort ? await startOcspResponder(certDir, ocspPort) : undefined;
  const configFile = path.join(prefix, 'nginx.conf');
  writeFileSync(
    configFile,
    testConfig({
      root: path.resolve(root),
      port: listenPort,
      httpPort,
      prefix,
      tls,
      certDir,
      acmeRoot,
    }),
  );
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
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${listenPort}`;
  try {
    await waitForHttp(origin, ca, child, errors);
  } catch (error) {
    child.kill('SIGKILL');
    await responder?.stop();
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    httpOrigin: `http://127.0.0.1:${httpPort}`,
    ca,
    acmeRoot,
    errors,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT'); // graceful: finish open requests
        await exited;
      }
      await responder?.stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
