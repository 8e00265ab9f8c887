import { HtmlValidate, Parser, type HtmlElement, type ResolvedConfig } from 'html-validate';

/** What the link checker needs to know about the files a static host serves, by address path. */
export interface ServedFiles {
  /** Whether a file answers `urlPath` (`/en/about/` → its index.html), a bare folder, or nothing. */
  kindOf(urlPath: string): 'file' | 'folder' | 'missing';
  /** The text of the file that answers `urlPath`; only called when `kindOf` says 'file'. */
  read(urlPath: string): string;
}

export interface LinkCheckOptions {
  /** The site's own origin (`http://127.0.0.1:3000`): absolute links to it are internal. */
  origin: string;
  /** Each locale (the first segment of its addresses) and the `hreflang` that names it. */
  languages: Readonly<Record<string, string>>;
}

/** Attributes whose value is one address. */
const addressAttributes = ['href', 'src', 'action'] as const;

/** `<meta>` tags whose `content` is an address a crawler or a share preview follows. */
const addressMetaSelector = [
  'meta[property="og:url"]',
  'meta[property="og:image"]',
  'meta[name="twitter:image"]',
].join(', ');

/**
 * The addresses in a `srcset`: each candidate is an address then optional descriptors, candidates
 * separated by commas. Splitting on commas is enough here, as images are served as plain files whose
 * names hold no comma (a data: URL, which might, is not a link to check anyway).
 */
export function srcsetAddresses(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((address) => address !== '');
}

/** One address found in a page, with the attributes that say what kind of link it is. */
interface FoundLink {
  address: string;
  rel: string[];
  hreflang: string | null;
}

function linksIn(root: HtmlElement): FoundLink[] {
  const links: FoundLink[] = [];
  const selector = [
    ...addressAttributes.map((name) => `[${name}]`),
    '[srcset]',
    addressMetaSelector,
  ].join(', ');
  for (const element of root.querySelectorAll(selector)) {
    const rel = (element.getAttributeValue('rel') ?? '').toLowerCase().split(/\s+/);
    const hreflang = element.getAttributeValue('hreflang');
    const addresses = addressAttributes.map((name) => element.getAttributeValue(name));
    addresses.push(...srcsetAddresses(element.getAttributeValue('srcset') ?? ''));
    if (element.is('meta')) addresses.push(element.getAttributeValue('content'));
    for (const address of addresses)
      if (address !== null) links.push({ address: address.trim(), rel, hreflang });
  }
  return links;
}

/** The ids and `<a name>`s of a page: what a `#fragment` pointing into it may name. */
function anchorsIn(root: HtmlElement): Set<string> {
  const anchors = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) if (element.id) anchors.add(element.id);
  for (const element of root.querySelectorAll('a[name]')) {
    const name = element.getAttributeValue('name');
    if (name) anchors.add(name);
  }
  return anchors;
}

/** The first path segment, if it is a locale: `/en/about/` → `en`. */
function localeOf(urlPath: string, options: LinkCheckOptions): string | undefined {
  const first = urlPath.split('/')[1] ?? '';
  return Object.hasOwn(options.languages, first) ? first : undefined;
}

/** What a fragment names, or null for a fragment that names no element (`#`, `#top`, `#:~:text=`). */
function fragmentTarget(hash: string): string | null {
  const raw = hash.slice(1);
  // An empty fragment and "top" scroll to the top of the page without any element (HTML spec);
  // a text fragment (`#:~:text=`) selects text, not an element.
  if (raw === '' || raw.toLowerCase() === 'top' || raw.startsWith(':~:')) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Checks the links of pages of a static site against the files it serves: each internal address must
 * be answered by a file, each fragment must name an element of its page, and a page of one locale
 * links to a page of another only as a language switch or alternate (with `hreflang` or
 * `rel="alternate"`). Links to other origins, `mailto:`, `tel:` and the like are left alone.
 */
export class LinkChecker {
  private readonly parserConfig: ResolvedConfig;
  private readonly anchorCache = new Map<string, Set<string>>();

  constructor(
    private readonly files: ServedFiles,
    private readonly options: LinkCheckOptions,
  ) {
    // html-validate's own HTML parser (a devDependency already): it knows void elements, optional
    // end tags and that <script> holds text, so addresses inside scripts are not mistaken for links.
    this.parserConfig = new HtmlValidate({ root: true, elements: ['html5'] }).getConfigForSync(
      'page.html',
    );
  }

  /** A parser keeps state between documents, so each page gets a fresh one. */
  private parse(urlPath: string): HtmlElement {
    return new Parser(this.parserConfig).parseHtml(this.files.read(urlPath));
  }

  /**
   * Checks the links of the page at `pagePath`. Each problem reads `<page>: link to <href> → <why>`;
   * `internalLinks` counts the links to this site that were checked, so a test can tell a page
   * without problems from a page whose links were never found.
   */
  checkPage(pagePath: string): { internalLinks: number; problems: string[] } {
    const root = this.parse(pagePath);
    const pageUrl = new URL(pagePath, this.options.origin);
    const baseHref = root.querySelector('base[href]')?.getAttributeValue('href');
    const base = baseHref ? new URL(baseHref, pageUrl) : pageUrl;
    let internalLinks = 0;
    const problems: string[] = [];
    for (const link of linksIn(root)) {
      const url = this.internalUrl(link.address, base);
      if (url === 'invalid')
        problems.push(`${pagePath}: link to ${link.address} → is not a valid address`);
      if (!(url instanceof URL)) continue;
      internalLinks++;
      for (const problem of this.problemsWith(link, url, pagePath))
        problems.push(`${pagePath}: link to ${link.address} → ${problem}`);
    }
    return { internalLinks, problems };
  }

  /** The address resolved against the page, if it is on this site; null if elsewhere. */
  private internalUrl(address: string, base: URL): URL | null | 'invalid' {
    let url: URL;
    try {
      url = new URL(address, base);
    } catch {
      return 'invalid';
    }
    const isWeb = url.protocol === 'http:' || url.protocol === 'https:';
    return isWeb && url.origin === this.options.origin ? url : null;
  }

  private problemsWith(link: FoundLink, url: URL, pagePath: string): string[] {
    const target = url.pathname;
    const kind = this.files.kindOf(target);
    if (kind === 'folder')
      return [
        `${target} is a folder; the page is ${target}/ (addresses of pages end with a slash)`,
      ];
    if (kind === 'missing') return [`no file in out/ answers ${target}`];

    const problems: string[] = [];
    const isPage = this.isHtml(target);
    const targetLocale = localeOf(target, this.options);
    const sourceLocale = localeOf(pagePath, this.options);
    const marksLanguage = link.hreflang !== null || link.rel.includes('alternate');
    if (isPage && sourceLocale && targetLocale && sourceLocale !== targetLocale && !marksLanguage)
      problems.push(
        `a page in the other language (${targetLocale}); only the language switch or an alternate, ` +
          `marked with hreflang or rel="alternate", may link across languages`,
      );
    const expectedLanguage = targetLocale && this.options.languages[targetLocale];
    if (
      isPage &&
      expectedLanguage &&
      link.hreflang !== null &&
      link.hreflang.toLowerCase() !== expectedLanguage.toLowerCase()
    )
      problems.push(`hreflang="${link.hreflang}", but ${target} is in ${expectedLanguage}`);

    const fragment = fragmentTarget(url.hash);
    if (fragment !== null && isPage && !this.anchorsOf(target).has(fragment))
      problems.push(`no element with id or name "${fragment}" on ${target}`);
    return problems;
  }

  /** Fragments are checked, and languages compared, only on HTML pages, not on CSV or images. */
  private isHtml(urlPath: string): boolean {
    return urlPath.endsWith('/') || urlPath.endsWith('.html');
  }

  private anchorsOf(urlPath: string): Set<string> {
    let anchors = this.anchorCache.get(urlPath);
    if (!anchors) {
      anchors = anchorsIn(this.parse(urlPath));
      this.anchorCache.set(urlPath, anchors);
    }
    return anchors;
  }
}
