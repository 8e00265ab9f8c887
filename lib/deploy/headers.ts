import { routing } from '../i18n/routing';

// The HTTP response headers of the site, written once: the build writes them into out/_headers
// for hosts that read that format (Netlify, Cloudflare Pages and others), deploy/ sends the same
// from nginx (a test compares the two), and the README lists them for any other host or CDN.

/** Headers every response carries, whatever its address. */
export const commonHeaders: Readonly<Record<string, string>> = {
  // Served over HTTPS, browsers keep to HTTPS for a year; plain-HTTP responses are ignored by them.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these powerful features; no page, and nothing embedded, may ask.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  // Framing is denied by CSP's frame-ancestors; X-Frame-Options says the same to older browsers.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The search pages, whose Pagefind index is WebAssembly: the only pages whose policy allows
 * compiling it (`'wasm-unsafe-eval'`, which allows no JavaScript eval).
 */
export function runsWebAssembly(urlPath: string): boolean {
  return routing.locales.some((locale) => urlPath.startsWith(`/${locale}/search/`));
}

/**
 * The Content-Security-Policy: nothing from another origin, no inline script (JSON-LD data is not
 * executed), no `style` attribute, no `'unsafe-*'` and no hashes: the pages carry no inline code
 * (the build checks it, lib/deploy/remove-runtime.ts).
 */
export function contentSecurityPolicy(urlPath: string): string {
  const script = runsWebAssembly(urlPath) ? "'self' 'wasm-unsafe-eval'" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'none'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Files whose names carry a hash of their content: they never change, so they are kept a year. */
const hashedFiles = [
  /^\/assets\//,
  /^\/_next\/static\//,
  /^\/pagefind\/(fragment|index)\//,
  /^\/pagefind\/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/,
];

/**
 * True for a file whose name carries a hash of its content: it never changes, and a page that
 * names it may ask for it long after (a release keeps those of the release before, for pages
 * still open).
 */
export function isHashedFile(urlPath: string): boolean {
  return hashedFiles.some((pattern) => pattern.test(urlPath));
}

/**
 * Caching: hashed files for a year; everything else (HTML, feeds, sitemap, data, Pagefind's entry
 * points) revalidated on each visit (with ETag / Last-Modified, a 304 costs a few hundred bytes).
 */
export function cacheControl(urlPath: string): string {
  return isHashedFile(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The headers whose value depends on the address. */
export function headersFor(urlPath: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(urlPath),
    'Cache-Control': cacheControl(urlPath),
  };
}

/** One block of a `_headers` file: an address (exact, or a prefix ending in `*`) and headers. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * The rules of the `_headers` file for a site of these files (paths relative to out/, with `/`).
 * Hosts disagree on a header that two matching rules both set (Cloudflare Pages joins the values
 * with a comma, which would turn two policies into one stricter than either; Netlify keeps the
 * last), so no two rules that can match one address set the same header: the common headers go
 * in `/*`, the others in rules over disjoint addresses, a folder by one `/folder/*` where all its
 * files get the same values, else file by file (the search page apart from its neighbours).
 */
export function headerRules(files: string[]): HeaderRule[] {
  const rules: HeaderRule[] = [{ pattern: '/*', headers: { ...commonHeaders } }];
  const visit = (folder: string, inside: string[]) => {
    const [first, ...rest] = inside.map((file) => headersFor(`/${file}`));
    if (first && rest.every((v) => JSON.stringify(v) === JSON.stringify(first))) {
      rules.push({ pattern: `/${folder}*`, headers: first });
      return;
    }
    const subfolders = new Set<string>();
    for (const file of inside) {
      const rest = file.slice(folder.length);
      if (rest.includes('/')) {
        subfolders.add(folder + rest.slice(0, rest.indexOf('/') + 1));
        continue;
      }
      // A page is asked for by its folder's address (`/en/news/`) as often as by its file.
      const addresses = rest === 'index.html' ? [`/${folder}`, `/${file}`] : [`/${file}`];
      for (const address of addresses)
        rules.push({ pattern: address, headers: headersFor(address) });
    }
    for (const sub of [...subfolders].sort()) {
      visit(
        sub,
        inside.filter((file) => file.startsWith(sub)),
      );
    }
  };
  visit('', [...files].sort());
  return rules;
}

/** The text of a `_headers` file holding these rules. */
export function headersFile(rules: HeaderRule[]): string {
  const blocks = rules.map(
    ({ pattern, headers }) =>
      `${pattern}\n${Object.entries(headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  );
  return `# Response headers for hosts that read this format (written by the build from\n# lib/deploy/headers.ts; deploy/ sends the same from nginx).\n${blocks.join('\n\n')}\n`;
}
