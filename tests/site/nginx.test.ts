import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFilesIn } from '@/lib/deploy/paths';
import { fileForPath, outDir } from '../support/built-site';
import { header, requestAnswer, type Answer } from '../support/http-answer';
import { headersForAddress, parseHeadersFile } from '../support/headers-file';
import { startNginx, type RunningNginx } from '../support/nginx.mjs';

/** The 404 page's heading in each language (content/messages/, NotFound.title). */
const notFoundTitle = { zh: '页面未找到', en: 'Page not found' };

// The built site served by a real nginx with deploy/nginx.conf, as a host would run it: over
// HTTPS (a test certificate), and the same server as plain HTTP, as the browser tests and
// `npm start` run it. (TLS itself, the port-80 server and the refusals: tls.test.ts.)

let server: RunningNginx;
let plainServer: RunningNginx;
beforeAll(async () => {
  [server, plainServer] = await Promise.all([
    startNginx({ root: outDir, tls: true }),
    startNginx({ root: outDir }),
  ]);
});
afterAll(() => Promise.all([server?.stop(), plainServer?.stop()]));

/** One GET, bytes as sent (no decompression, no redirects followed); HTTPS unless `over`. */
function get(
  urlPath: string,
  headers: Record<string, string> = {},
  over: RunningNginx = server,
): Promise<Answer> {
  return requestAnswer(`${over.origin}${urlPath}`, { headers, ca: over.ca });
}

const script = readdirSync(path.join(outDir, 'assets')).find((name) => /^site-.*\.js$/.test(name));
const stylesheet = readdirSync(path.join(outDir, '_next/static/chunks')).find((name) =>
  name.endsWith('.css'),
);
const assets = [`/assets/${script}`, `/_next/static/chunks/${stylesheet}`];

describe('the root address', () => {
  // The full table of Accept-Language values: tls.test.ts; here, that `/` redirects at all.
  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh/'],
    ['en-US,en;q=0.9', '/en/'],
    [undefined, '/zh/'],
  ])('Accept-Language %s → 302 to %s, varying by Accept-Language', async (language, location) => {
    const answer = await get('/', language === undefined ? {} : { 'Accept-Language': language });
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe(location);
    expect(header(answer, 'vary')).toMatch(/accept-language/i);
  });
});

describe('missing pages', () => {
  it.each([
    ['/zh/no-such-page/', 'zh-Hans', notFoundTitle.zh],
    ['/zh/news/no-such-item', 'zh-Hans', notFoundTitle.zh],
    ['/en/no-such-page/', 'en', notFoundTitle.en],
  ])('%s answers 404 with the 404 page of its locale', async (urlPath, lang, title) => {
    const answer = await get(urlPath);
    expect(answer.status).toBe(404);
    const html = answer.body.toString('utf8');
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(title);
  });

  it('outside the locales, 404 with the bilingual page', async () => {
    const answer = await get('/no-such-page');
    expect(answer.status).toBe(404);
    const html = answer.body.toString('utf8');
    expect(html).toContain(notFoundTitle.zh);
    expect(html).toContain(notFoundTitle.en);
  });

  it.each(['/zh/404/', '/en/404/index.html', '/404.html', '/_headers'])(
    '%s is not a page of its own (404)',
    async (urlPath) => {
      expect((await get(urlPath)).status).toBe(404);
    },
  );
});

describe('security headers', () => {
  const expected: Record<string, RegExp> = {
    'strict-transport-security': /^max-age=\d{8,}; includeSubDomains$/,
    'x-content-type-options': /^nosniff$/,
    'referrer-policy': /^strict-origin-when-cross-origin$/,
    'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
    'x-frame-options': /^DENY$/,
  };
  const addresses = [
    '/zh/',
    '/en/statistics/',
    ...assets,
    '/data/figures.csv',
    '/zh/no-such-page/',
    '/',
  ];

  it.each(addresses)('%s carries every header', async (urlPath) => {
    const answer = await get(urlPath);
    for (const [name, pattern] of Object.entries(expected)) {
      expect(header(answer, name), name).toMatch(pattern);
    }
    const policy = header(answer, 'content-security-policy');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    // Nothing from another origin: no scheme, host or wildcard in any source list.
    expect(policy).not.toMatch(/https?:|\*|data:|blob:/);
  });

  /** The sources of one directive of a policy. */
  const directive = (policy: string, name: string) =>
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([first]) => first === name)
      ?.slice(1);

  it.each(['/', '/zh/', '/en/golden-altitude/', '/zh/statistics/', '/en/404/', ...assets])(
    '%s: scripts and styles of the site only, no hash, no inline code',
    async (urlPath) => {
      const policy = header(await get(urlPath), 'content-security-policy');
      expect(directive(policy, 'script-src')).toEqual(["'self'"]);
      expect(directive(policy, 'style-src')).toEqual(["'self'"]);
      expect(policy).not.toMatch(/sha256-|unsafe-|style-src-attr/);
    },
  );

  it.each(['/zh/search/', '/en/search/'])(
    '%s alone may also compile WebAssembly (Pagefind)',
    async (urlPath) => {
      const policy = header(await get(urlPath), 'content-security-policy');
      expect(directive(policy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy).not.toMatch(/sha256-|'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
    },
  );
});

describe('the same headers as out/_headers, for hosts without nginx', () => {
  const rules = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8'));
  // Every file a visitor can ask for, pages also by their folder's address, and missing pages.
  // (The 404 pages answer only as the body of a 404, never at their own address.)
  const files = siteFilesIn(outDir).filter(
    (file) => !/(^|\/)(404|_not-found)\/|^404\.html$/.test(file),
  );
  const addresses = [
    ...files.map((file) => `/${file}`),
    ...files.filter((file) => file.endsWith('index.html')).map((f) => `/${f.slice(0, -10)}`),
  ];

  it('lists every file the site serves', () => {
    expect(addresses.length).toBeGreaterThan(100);
    expect(addresses).toContain('/en/search/');
  });

  it.each(addresses.filter((address) => address !== '/'))(
    '%s: nginx sends each header of _headers with the same value, over HTTPS and HTTP',
    async (urlPath) => {
      const expected = headersForAddress(rules, urlPath);
      expect(expected.get('content-security-policy')).toMatch(/^default-src 'self'/);
      expect(expected.get('cache-control')).toMatch(/./);
      expect(expected.get('x-frame-options')).toBe('DENY');
      const [secure, plain] = await Promise.all([get(urlPath), get(urlPath, {}, plainServer)]);
      expect(secure.status).toBe(200);
      expect(plain.status).toBe(200);
      for (const [name, value] of expected) {
        expect(header(secure, name), name).toBe(value);
        // HSTS only over HTTPS (RFC 6797 §7.2); everything else alike.
        expect(header(plain, name), name).toBe(name === 'strict-transport-security' ? '' : value);
      }
    },
  );
});

describe('caching', () => {
  it.each(assets)('%s (content-hashed) is cached for a year, immutable', async (urlPath) => {
    expect(header(await get(urlPath), 'cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    '/zh/',
    '/en/statistics/',
    '/zh/news/feed.xml',
    '/sitemap.xml',
    '/data/figures.csv',
    '/data/figures.json',
  ])('%s is revalidated on each visit', async (urlPath) => {
    const answer = await get(urlPath);
    expect(answer.status).toBe(200);
    expect(header(answer, 'cache-control')).toBe('no-cache');
    expect(header(answer, 'etag') || header(answer, 'last-modified')).not.toBe('');
  });
});

describe('compression', () => {
  const decode: Record<string, (body: Buffer) => Buffer> = {
    br: brotliDecompressSync,
    gzip: gunzipSync,
  };

  it.each([
    ['/en/statistics/', 'br'],
    ['/zh/', 'gzip'],
    [assets[0], 'br'],
    [assets[1], 'gzip'],
  ] as const)(
    '%s is sent %s-compressed, and decompresses to the file',
    async (urlPath, encoding) => {
      const answer = await get(urlPath!, { 'Accept-Encoding': encoding });
      expect(header(answer, 'content-encoding')).toBe(encoding);
      expect(header(answer, 'vary')).toMatch(/accept-encoding/i);
      expect(decode[encoding]!(answer.body).equals(readFileSync(fileForPath(urlPath!)))).toBe(true);
    },
  );

  it('a client that asks for no compression gets the file as it is', async () => {
    const answer = await get('/zh/');
    expect(header(answer, 'content-encoding')).toBe('');
    expect(answer.body.equals(readFileSync(fileForPath('/zh/')))).toBe(true);
  });
});

describe('content types', () => {
  it.each([
    ['/zh/', 'text/html; charset=utf-8'],
    ['/zh/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/data/figures.csv', 'text/csv; charset=utf-8'],
    ['/data/figures.json', 'application/json; charset=utf-8'],
    ['/en/news/feed.xml', 'application/atom+xml; charset=utf-8'],
  ])('%s is %s', async (urlPath, type) => {
    expect(header(await get(urlPath), 'content-type')).toBe(type);
  });
});
