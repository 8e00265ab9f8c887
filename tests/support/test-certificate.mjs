// A throw-away certificate authority and a server certificate it signs for 127.0.0.1 and
// localhost, made with openssl (Debian's `openssl`) for the test servers. Clients trust it by
// its CA (`ca` of node:https, NODE_EXTRA_CA_CERTS), so the chain verifies as a real one would.
import { execFileSync, spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';

const openssl = (...args) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });

/**
 * Writes, into `dir`, the files certbot would: `fullchain.pem` (the server certificate),
 * `privkey.pem` (its key), `chain.pem` (the issuer, here the CA), and `ca.pem` (the CA to trust).
 * Valid for two days, EC P-256 keys (fast to make). With `ocspPort`, the certificate names an
 * OCSP responder on that loopback port, and `index.txt` lists it as good, for
 * startOcspResponder().
 */
export function makeTestCertificate(dir, { ocspPort } = {}) {
  const file = (name) => path.join(dir, name);
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...key,
    '-keyout',
    file('ca-key.pem'),
    '-out',
    file('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=Park test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl(
    'req',
    ...key,
    '-keyout',
    file('privkey.pem'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=localhost',
  );
  writeFileSync(
    file('server.ext'),
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ...(ocspPort ? [`authorityInfoAccess=OCSP;URI:http://127.0.0.1:${ocspPort}/`] : []),
      '',
    ].join('\n'),
  );
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca-key.pem'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    file('server.ext'),
    '-out',
    file('fullchain.pem'),
  );
  writeFileSync(file('chain.pem'), readFileSync(file('ca.pem')));
  // openssl ocsp's database: status, expiry (YYMMDDHHMMSSZ), revocation, serial, file, subject.
  const certificate = new X509Certificate(readFileSync(file('fullchain.pem')));
  const expiry = new Date(certificate.validTo)
    .toISOString()
    .replace(/[-:T]|\.\d+/g, '')
    .slice(2);
  writeFileSync(
    file('index.txt'),
    `V\t${expiry}\t\t${certificate.serialNumber}\tunknown\t/CN=localhost\n`,
  );
  return { dir, ca: readFileSync(file('ca.pem'), 'utf8'), caFile: file('ca.pem') };
}

/**
 * Runs `openssl ocsp` as the OCSP responder of the certificate in `dir` (made with that
 * `ocspPort`), answering "good", signed by the CA. Resolves once it listens; call stop() after.
 */
export async function startOcspResponder(dir, ocspPort) {
  const file = (name) => path.join(dir, name);
  const options = {
    '-index': file('index.txt'),
    '-port': String(ocspPort),
    '-CA': file('ca.pem'),
    '-rsigner': file('ca.pem'),
    '-rkey': file('ca-key.pem'),
  };
  const child = spawn(
    'openssl',
    // -ignore_err: a malformed request is refused, and the responder goes on.
    ['ocsp', '-ignore_err', ...Object.entries(options).flat()],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const listening = await new Promise((resolve) => {
      // A request it can read (and refuse): the responder serves one connection at a time.
      const socket = connect(ocspPort, '127.0.0.1', () => {
        socket.end('GET / HTTP/1.0\r\n\r\n');
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (listening) break;
    if (child.exitCode !== null) throw new Error('openssl ocsp did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
