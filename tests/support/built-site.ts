import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { htmlFilesIn, outDir } from '@/lib/deploy/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import type { LinkCheckOptions, ServedFiles } from './link-check';
import { languageTag } from './site';

export { outDir };

/** One page of the built site, as a host serves it. */
export interface BuiltPage {
  /** The absolute address the sitemap gives, with the origin the site was built for. */
  url: string;
  /** Address path, with the trailing slash the export uses: `/en/statistics/`. */
  path: string;
  /** The HTML file in out/ that answers that address. */
  file: string;
  locale: Locale;
}

/** The HTML file in out/ that a static host serves for an address path. */
export function fileForPath(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? urlPath);
  return path.join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/**
 * Every page the sitemap lists (the published pages of both locales), read from the build itself,
 * so a page the build forgot or added shows up here.
 */
export function sitemapPages(): BuiltPage[] {
  const sitemapFile = path.join(outDir, 'sitemap.xml');
  if (!existsSync(sitemapFile))
    throw new Error(`${sitemapFile} is missing: run \`npm run build\` first`);
  const parsed = new XMLParser().parse(readFileSync(sitemapFile, 'utf8'));
  const entries: { loc: string }[] = [parsed.urlset.url].flat();
  return entries.map(({ loc }) => {
    const urlPath = new URL(loc).pathname;
    const locale = routing.locales.find((l) => urlPath.startsWith(`/${l}/`));
    if (!locale) throw new Error(`sitemap lists ${loc}, which is in no locale`);
    return { url: loc, path: urlPath, file: fileForPath(urlPath), locale };
  });
}

/** Every HTML file in out/ (pages, the root chooser, the 404 pages), as paths relative to out/. */
export const builtHtmlFiles = htmlFilesIn;

/**
 * Folders of out/ that hold no pages: Next's assets, Pagefind's index, and the web server's
 * configuration. Their files may be linked to, but they are not pages a visitor reads.
 */
const foldersWithoutPages = ['_next/', 'pagefind/', '_nginx/'];

/**
 * Every HTML page a visitor can reach in out/ (both locales, the root chooser, the 404 pages), as
 * paths relative to out/ with forward slashes; precompressed `.gz`/`.br` copies are not included.
 */
export function publishedHtmlFiles(): string[] {
  return builtHtmlFiles()
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => !foldersWithoutPages.some((folder) => name.startsWith(folder)));
}

/** The address path a host serves an HTML file of out/ at: `en/about/index.html` → `/en/about/`. */
export function pathForFile(relativeFile: string): string {
  return `/${relativeFile.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The files of out/, as the link checker asks for them. */
export const builtFiles: ServedFiles = {
  kindOf(urlPath) {
    const file = fileForPath(urlPath);
    if (!existsSync(file)) return 'missing';
    return statSync(file).isDirectory() ? 'folder' : 'file';
  },
  read: (urlPath) => readFileSync(fileForPath(urlPath), 'utf8'),
};

/** The site's origin and languages, as the link checker needs them. */
export const builtSiteLinkOptions: LinkCheckOptions = {
  origin: new URL(siteUrl).origin,
  languages: languageTag,
};
