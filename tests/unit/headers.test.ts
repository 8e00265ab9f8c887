import { describe, expect, it } from 'vitest';
import { headerRules, headersFile } from '@/lib/deploy/headers';
import { headersForAddress, parseHeadersFile } from '../support/headers-file';

// A small site's files, as the build lists out/.
const files = [
  'index.html',
  '404.html',
  'robots.txt',
  'assets/site-AB12.js',
  '_next/static/chunks/x.css',
  'data/figures.csv',
  'pagefind/pagefind.js',
  'pagefind/pagefind.en_0a1b2c.pf_meta',
  'pagefind/fragment/en_1.pf_fragment',
  'en/index.html',
  'en/about/index.html',
  'en/news/index.html',
  'en/news/item/index.html',
  'en/search/index.html',
  'zh/index.html',
  'zh/search/index.html',
];
// Made in each test, not when the file loads, so the mutation run knows which test ran it.
const rules = () => parseHeadersFile(headersFile(headerRules(files)));
const policy = (address: string) =>
  headersForAddress(rules(), address).get('content-security-policy');
const caching = (address: string) => headersForAddress(rules(), address).get('cache-control');

describe('the _headers file', () => {
  it('gives no address the same header twice (hosts would join or drop the values)', () => {
    const addresses = [
      ...files.map((f) => `/${f}`),
      '/',
      '/en/',
      '/en/news/',
      '/en/search/',
      '/zh/search/',
    ];
    for (const address of addresses)
      expect(() => headersForAddress(rules(), address)).not.toThrow();
  });

  it('sends the security headers with everything', () => {
    for (const address of ['/', '/assets/site-AB12.js', '/en/no-such-page/']) {
      const headers = headersForAddress(rules(), address);
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    }
  });

  it('lets the search pages alone compile WebAssembly', () => {
    expect(policy('/en/search/')).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy('/zh/search/index.html')).toContain("script-src 'self' 'wasm-unsafe-eval';");
    for (const address of [
      '/',
      '/en/',
      '/en/about/',
      '/en/news/item/',
      '/zh/',
      '/assets/site-AB12.js',
    ]) {
      expect(policy(address), address).toContain("script-src 'self';");
    }
  });

  it('never allows inline code or another origin', () => {
    for (const rule of rules()) {
      for (const [, value] of rule.headers)
        expect(value).not.toMatch(/unsafe-inline|unsafe-hashes|sha256-|https?:/);
    }
  });

  it('caches hashed files for a year and revalidates the rest', () => {
    const year = 'public, max-age=31536000, immutable';
    expect(caching('/assets/site-AB12.js')).toBe(year);
    expect(caching('/_next/static/chunks/x.css')).toBe(year);
    expect(caching('/pagefind/fragment/en_1.pf_fragment')).toBe(year);
    expect(caching('/pagefind/pagefind.en_0a1b2c.pf_meta')).toBe(year);
    for (const address of [
      '/',
      '/en/',
      '/en/search/',
      '/data/figures.csv',
      '/pagefind/pagefind.js',
      '/robots.txt',
    ]) {
      expect(caching(address), address).toBe('no-cache');
    }
  });

  it('covers a folder of like files with one rule, and names the files of a mixed one', () => {
    const patterns = rules().map((rule) => rule.pattern);
    expect(patterns).toContain('/assets/*');
    expect(patterns).toContain('/en/news/*');
    expect(patterns).not.toContain('/en/*');
    expect(patterns).toContain('/en/');
    expect(patterns).toContain('/en/index.html');
    expect(patterns).toContain('/en/search/*');
  });
});

describe('the Content-Security-Policy, word for word', () => {
  const rest =
    "style-src 'self'; img-src 'self'; font-src 'none'; connect-src 'self'; " +
    "manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
    "form-action 'self'; frame-ancestors 'none'";

  it('of a page', () => {
    expect(policy('/en/about/')).toBe(`default-src 'self'; script-src 'self'; ${rest}`);
  });

  it('of a search page', () => {
    expect(policy('/zh/search/')).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; ${rest}`,
    );
  });
});

describe('headerRules', () => {
  it('orders the rules by address, whatever the order of the files given', () => {
    const patterns = headerRules([
      'robots.txt',
      'en/search/index.html',
      'index.html',
      'assets/b.js',
      'en/index.html',
      'assets/a.js',
    ]).map((rule) => rule.pattern);
    expect(patterns).toEqual([
      '/*',
      '/',
      '/index.html',
      '/robots.txt',
      '/assets/*',
      '/en/',
      '/en/index.html',
      '/en/search/*',
    ]);
  });
});
