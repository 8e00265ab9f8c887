import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { htmlElements, type HtmlElement } from './html-elements';
import { filesIn } from './paths';
import { assetsPath } from './script-manifest';

// Every page is complete as HTML when Next.js exports it: React renders it at build time, and the
// site's own few KB of script (lib/browser/) enhance it. What Next.js adds besides, so that React
// can hydrate the page in the browser (its runtime, the RSC payload, their preloads), is dead
// weight here: about 133 KB of gzipped JavaScript and two thirds of each HTML file. The App Router
// has no option to leave it out (Next's issues #34063 and #45009 are open; `unstable_runtimeJS`
// is the Pages Router's), so this build step removes exactly what Next writes for it, then checks
// every page for anything of the kind left behind. If a Next.js upgrade changes that output, the
// check fails the build, naming the page: we learn it from a red build, not from a slower site.

/** The markup Next.js writes for its browser runtime, as it writes it (Next 16.4). */
function isRuntimeElement({ tagName, attributes, text }: HtmlElement): boolean {
  const src = attributes.get('src') ?? attributes.get('href') ?? '';
  const fromNext = src.startsWith('/_next/static/') && src.endsWith('.js');
  if (tagName === 'script') {
    return (
      fromNext ||
      // The RSC payload: `(self.__next_f=self.__next_f||[]).push([0])`, `self.__next_f.push([1,"…"])`.
      /^\(?self\.__next_f\b/.test(text) ||
      // Turbopack's bootstrap: `(globalThis["TURBOPACK"] || …).push({"otherChunks":[…]})`.
      /^\(globalThis\["TURBOPACK"\]/.test(text)
    );
  }
  return tagName === 'link' && fromNext && attributes.get('rel') === 'preload';
}

/** A page's HTML without the elements Next.js writes for its browser runtime. */
export function removeRuntime(html: string): string {
  let result = '';
  let position = 0;
  for (const { start, end } of htmlElements(html).filter(isRuntimeElement)) {
    result += html.slice(position, start);
    position = end;
  }
  return result + html.slice(position);
}

/** Script types a browser executes; anything else (application/ld+json) is a data block. */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined || type.trim() === '') return true;
  return /^(module|(text|application)\/(x-)?(java|ecma)script)$/i.test(type.trim());
}

/**
 * What a finished page must not hold, each as a short description: any trace of the Next.js
 * runtime or its payload, a preloaded script, a script other than the site's own bundles, and
 * inline code the site's Content-Security-Policy (`script-src 'self'`, `style-src 'self'`) would
 * block: inline scripts (JSON-LD data excepted), `style` and event-handler attributes,
 * `javascript:` addresses.
 */
export function runtimeLeftovers(html: string): string[] {
  const found: string[] = [];
  if (html.includes('__next_f')) found.push('the RSC payload (self.__next_f)');
  const nextScript = /\/_next\/static\/[^"'\s>]*\.js\b/.exec(html);
  if (nextScript) found.push(`a reference to Next.js's script ${nextScript[0]}`);
  for (const { tagName, attributes, text } of htmlElements(html)) {
    const rel = attributes.get('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (tagName === 'link' && (rel.includes('modulepreload') || attributes.get('as') === 'script'))
      found.push(
        `a preloaded script <link rel="${rel.join(' ')}" href="${attributes.get('href')}">`,
      );
    if (tagName === 'script' && isExecutable(attributes.get('type'))) {
      const src = attributes.get('src');
      if (src === undefined) found.push(`an inline script "${text.slice(0, 60)}…"`);
      else if (!src.startsWith(assetsPath)) found.push(`a script not of the site: ${src}`);
    }
    for (const [name, value] of attributes) {
      if (name === 'style') found.push(`a style attribute on <${tagName}>: style="${value}"`);
      else if (/^on/i.test(name)) found.push(`an event-handler attribute <${tagName} ${name}>`);
      else if (/^\s*javascript:/i.test(value)) found.push(`a javascript: address in ${name}`);
    }
  }
  return found;
}

/** Thrown when a page still holds what `runtimeLeftovers` looks for: the build must stop. */
export class RuntimeLeftoverError extends Error {
  constructor(problems: { file: string; found: string[] }[]) {
    super(
      `${problems.length} exported page(s) still carry the Next.js browser runtime or inline ` +
        'code that the Content-Security-Policy blocks. Next.js may have changed what it writes: ' +
        'update lib/deploy/remove-runtime.ts (or the component that wrote the code).\n' +
        problems.map(({ file, found }) => `  out/${file}:\n    ${found.join('\n    ')}`).join('\n'),
    );
    this.name = 'RuntimeLeftoverError';
  }
}

/** Throws `RuntimeLeftoverError` naming every page that still holds a leftover. */
export function assertNoRuntime(pages: { file: string; html: string }[]) {
  const problems = pages
    .map(({ file, html }) => ({ file, found: runtimeLeftovers(html) }))
    .filter(({ found }) => found.length > 0);
  if (problems.length > 0) throw new RuntimeLeftoverError(problems);
}

/**
 * Deletes from the exported site the files only the runtime used: Next's JavaScript chunks and
 * the RSC payload files beside each page (`index.txt`, `__next.*.txt`). Returns how many.
 */
export function deleteRuntimeFiles(outDir: string): number {
  const files = filesIn(outDir).filter((name) => {
    const base = path.posix.basename(name);
    const isNextChunk = name.startsWith('_next/static/') && name.endsWith('.js');
    return isNextChunk || base === 'index.txt' || /^__next\..*\.txt$/.test(base);
  });
  for (const name of files) rmSync(path.join(outDir, name));
  // The folders left empty (Next's build-id folders held only its manifests), deepest first.
  const folders = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
  return files.length;
}
