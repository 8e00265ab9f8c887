import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http2 from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptLanguageCases } from '../support/accept-language-cases';
import { fileForPath, outDir } from '../support/built-site';
import { header, requestAnswer, type Answer } from '../support/http-answer';
import { startNginx, type RunningNginx } from '../support/nginx.mjs';

// deploy/nginx.conf as production runs it: HTTPS with HTTP/2 on the site's server (a certificate
// made for the test, tests/support/test-certificate.mjs, whose OCSP responder, openssl ocsp, runs
// beside), and the port-80 server that answers ACME challenges and sends everything else to
// HTTPS. (Headers and pages: nginx.test.ts.)

let server: RunningNginx;
/** The same configuration over a tiny site that holds the files nginx must refuse. */
let trap: RunningNginx;
let trapRoot: string;
beforeAll(async () => {
  trapRoot = mkdtempSync(path.join(tmpdir(), 'park-trap-'));
  const files: Record<string, string> = {
    _headers: '',
    'zh/index.html': '<!doctype html><title>zh</title>',
    '404.html': 'not found',
    '.env': 'SECRET=1',
    '.git/config': '[core]',
    'zh/.htpasswd': 'user:hash',
    'assets/site-AB12.js': 'void 0;',
    'assets/site-AB12.js.map': '{}',
    '.well-known/security.txt': 'Contact: mailto:security@example.org',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(trapRoot, file)), { recursive: true });
    writeFileSync(path.join(trapRoot, file), text);
  }
  [server, trap] = await Promise.all([
    startNginx({ root: outDir, tls: true, ocsp: true }),
    startNginx({ root: trapRoot, tls: true }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.stop(), trap?.stop()]);
  if (trapRoot) rmSync(trapRoot, { recursive: true, force: true });
});

/** One request over HTTP/1.1 (HTTPS trusting the test servers' CAs), no redirects followed. */
function send(
  url: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return requestAnswer(url, { method, headers, ca: [server.ca, trap.ca] });
}

describe('port 80', () => {
  it.each(['/', '/zh/statistics/?download=1', '/.well-known/other', '/no-such-page'])(
    '%s answers 301 to the same address over HTTPS, without HSTS',
    async (urlPath) => {
      const answer = await send(`${server.httpOrigin}${urlPath}`);
      expect(answer.status).toBe(301);
      expect(answer.headers.location).toBe(`${server.origin}${urlPath}`);
      expect(header(answer, 'strict-transport-security')).toBe('');
    },
  );

  it('serves ACME challenges from the webroot, not redirected', async () => {
    const folder = path.join(server.acmeRoot, '.well-known/acme-challenge');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'token-123'), 'token-123.key');
    const answer = await send(`${server.httpOrigin}/.well-known/acme-challenge/token-123`);
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('token-123.key');
    expect(header(answer, 'content-type')).toMatch(/^text\/plain/);
    expect(header(answer, 'strict-transport-security')).toBe('');
    const missing = await send(`${server.httpOrigin}/.well-known/acme-challenge/no-such-token`);
    expect(missing.status).toBe(404);
  });
});

describe('HTTPS', () => {
  it('sends HSTS over TLS, on pages, errors and redirects', async () => {
    for (const urlPath of ['/zh/', '/en/no-such-page/', '/']) {
      const answer = await send(`${server.origin}${urlPath}`);
      expect(header(answer, 'strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
    }
  });

  it('negotiates HTTP/2 by ALPN and serves the site over it', async () => {
    const session = http2.connect(server.origin, { ca: server.ca });
    try {
      const { status, headers, protocol } = await new Promise<{
        status: number;
        headers: http2.IncomingHttpHeaders;
        protocol: string | false | undefined;
      }>((resolve, reject) => {
        const stream = session.request({ ':path': '/en/' });
        stream.on('response', (responseHeaders) => {
          stream.resume();
          stream.on('end', () =>
            resolve({
              status: Number(responseHeaders[':status']),
              headers: responseHeaders,
              protocol: session.alpnProtocol,
            }),
          );
        });
        stream.on('error', reject);
        stream.end();
      });
      expect(protocol).toBe('h2');
      expect(status).toBe(200);
      expect(headers['strict-transport-security']).toMatch(/^max-age=31536000/);
      expect(headers['content-security-policy']).toMatch(/^default-src 'self'/);
    } finally {
      session.close();
    }
  });

  /** The outcome of a TLS handshake with these client options. */
  function handshake(options: tls.ConnectionOptions) {
    const port = Number(new URL(server.origin).port);
    return new Promise<{ protocol?: string | null; cipher?: string; error?: string }>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ca: server.ca, ...options }, () => {
        resolve({ protocol: socket.getProtocol(), cipher: socket.getCipher().name });
        socket.end();
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code }));
    });
  }

  it('speaks TLS 1.3 and 1.2 (forward-secret AEAD ciphers), nothing older', async () => {
    expect((await handshake({})).protocol).toBe('TLSv1.3');
    const twelve = await handshake({ maxVersion: 'TLSv1.2' });
    expect(twelve.protocol).toBe('TLSv1.2');
    expect(twelve.cipher).toMatch(/^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20)/);
    // The server's own alert: the client would have spoken these (SECLEVEL=0 allows them).
    for (const version of ['TLSv1', 'TLSv1.1'] as const) {
      const old = await handshake({
        minVersion: 'TLSv1',
        maxVersion: version,
        ciphers: 'DEFAULT@SECLEVEL=0',
      });
      expect(old.error, version).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
    }
    // No key exchange without forward secrecy, no CBC.
    for (const ciphers of ['AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA']) {
      const weak = await handshake({ maxVersion: 'TLSv1.2', ciphers });
      expect(weak.error, ciphers).toBe('ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE');
    }
  });

  it('resumes TLS sessions from its cache', async () => {
    const port = Number(new URL(server.origin).port);
    const first = await new Promise<Buffer>((resolve, reject) => {
      const socket = tls.connect(
        { host: '127.0.0.1', port, ca: server.ca, maxVersion: 'TLSv1.2' },
        () => {
          resolve(socket.getSession()!);
          socket.end();
        },
      );
      socket.on('error', reject);
    });
    const reused = await new Promise<boolean>((resolve, reject) => {
      const socket = tls.connect(
        { host: '127.0.0.1', port, ca: server.ca, maxVersion: 'TLSv1.2', session: first },
        () => {
          resolve(socket.isSessionReused());
          socket.end();
        },
      );
      socket.on('error', reject);
    });
    expect(reused).toBe(true);
  });

  it('staples the answer of the certificate’s OCSP responder, which verifies', async () => {
    const port = Number(new URL(server.origin).port);
    /** One handshake asking for the stapled status: the answer (empty if none) and the cert. */
    const staple = () =>
      new Promise<{ response: Buffer; certificate: Buffer }>((resolve, reject) => {
        let response: Buffer = Buffer.alloc(0);
        // requestOCSP: an option of TLSSocket that tls.connect passes on (not in its types).
        const options = { host: '127.0.0.1', port, ca: server.ca, requestOCSP: true };
        const socket = tls.connect(options as tls.ConnectionOptions, () => {
          resolve({ response, certificate: socket.getPeerX509Certificate()!.raw });
          socket.end();
        });
        socket.on('OCSPResponse', (answer: Buffer | null) => (response = answer ?? response));
        socket.on('error', reject);
      });
    // nginx asks the responder at the first handshake and staples from then on.
    let stapled = await staple();
    for (let attempt = 0; attempt < 50 && stapled.response.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      stapled = await staple();
    }
    expect(stapled.response.length).toBeGreaterThan(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'park-ocsp-'));
    try {
      const file = (name: string) => path.join(dir, name);
      writeFileSync(file('response.der'), stapled.response);
      writeFileSync(file('ca.pem'), server.ca);
      writeFileSync(file('server.der'), stapled.certificate);
      execFileSync(
        'openssl',
        ['x509', '-inform', 'DER', '-in', file('server.der')].concat(['-out', file('server.pem')]),
      );
      const report = execFileSync(
        'openssl',
        ['ocsp', '-respin', file('response.der'), '-CAfile', file('ca.pem')].concat([
          '-issuer',
          file('ca.pem'),
          '-cert',
          file('server.pem'),
        ]),
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      expect(report).toMatch(/server\.pem: good/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('requests nginx refuses', () => {
  it('answers a request for many ranges with the whole file, not a part per range', async () => {
    const file = readFileSync(fileForPath('/en/statistics/'));
    const ranges = Array.from({ length: 1000 }, () => '0-0').join(',');
    const answer = await send(`${server.origin}/en/statistics/`, {
      headers: { Range: `bytes=${ranges}` },
    });
    expect(answer.status).toBe(200);
    expect(header(answer, 'content-type')).not.toMatch(/multipart/);
    expect(answer.body.equals(file)).toBe(true);
  });

  it('still answers one range with 206', async () => {
    const answer = await send(`${server.origin}/en/statistics/`, {
      headers: { Range: 'bytes=0-99' },
    });
    expect(answer.status).toBe(206);
    expect(answer.body.length).toBe(100);
    expect(header(answer, 'content-range')).toMatch(/^bytes 0-99\//);
  });

  it.each([
    '/.env',
    '/.git/config',
    '/zh/.htpasswd',
    '/assets/site-AB12.js.map',
    '/.well-known/../.env',
    '/.well-known/.env',
  ])('%s exists but answers 404 (dotfiles, source maps)', async (urlPath) => {
    const answer = await send(`${trap.origin}${urlPath}`);
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toMatch(/SECRET|\[core\]|user:hash|^\{\}$/);
    expect(header(answer, 'x-content-type-options')).toBe('nosniff');
  });

  it('serves /.well-known/ and the files beside the refused ones', async () => {
    expect((await send(`${trap.origin}/.well-known/security.txt`)).status).toBe(200);
    expect((await send(`${trap.origin}/assets/site-AB12.js`)).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
    '%s to a file answers 405 with Allow: GET, HEAD',
    async (method) => {
      const answer = await send(`${server.origin}/zh/`, { method });
      expect(answer.status).toBe(405);
      expect(header(answer, 'allow')).toBe('GET, HEAD');
      expect(header(answer, 'strict-transport-security')).toMatch(/^max-age=/);
    },
  );

  it('sends Allow with nothing but a 405', async () => {
    expect(header(await send(`${server.origin}/zh/`), 'allow')).toBe('');
    expect(header(await send(`${server.origin}/zh/no-such-page/`), 'allow')).toBe('');
  });
});

describe('the language of `/` (RFC 9110 §12.5.4, deploy/accept-language.mjs in njs)', () => {
  it.each(acceptLanguageCases)('Accept-Language %j → /%s/', async (language, locale) => {
    const answer = await send(`${server.origin}/`, {
      headers: language === undefined ? {} : { 'Accept-Language': language },
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe(`/${locale}/`);
    expect(header(answer, 'vary')).toMatch(/accept-language/i);
  });
});
