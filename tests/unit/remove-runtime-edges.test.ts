import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assertNoRuntime,
  deleteRuntimeFiles,
  removeRuntime,
  RuntimeLeftoverError,
  runtimeLeftovers,
} from '@/lib/deploy/remove-runtime';

// The edges of what the build step removes and what it reports; the page as Next.js writes it is
// tested in remove-runtime.test.ts.
const wrap = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body><p>x</p>${body}</body></html>`;

describe('removeRuntime keeps what only resembles the runtime', () => {
  it.each([
    ['a preload of a font of Next.js', '<link rel="preload" href="/_next/static/media/f.woff2">'],
    ['a preload of a script elsewhere', '<link rel="preload" as="script" href="/assets/a.js">'],
    ['a link of Next.js that is no preload', '<link rel="prefetch" href="/_next/static/a.js">'],
    [
      'a preload named on another element',
      '<a rel="preload" href="/_next/static/chunks/a.js">a</a>',
    ],
    ['a paragraph that mentions the payload', '<p>(self.__next_f=[])</p>'],
    ['a script that uses the payload later', '<script>var a=self.__next_f</script>'],
    ['a script that names Turbopack later', '<script>x=(globalThis["TURBOPACK"]||[])</script>'],
  ])('%s', (_, markup) => {
    const html = wrap('', markup);
    expect(removeRuntime(html)).toBe(html);
  });

  it('while it removes a script preload of Next.js', () => {
    expect(removeRuntime(wrap('<link rel="preload" href="/_next/static/chunks/a.js">'))).toBe(
      wrap(''),
    );
  });
});

describe('runtimeLeftovers, word for word', () => {
  it.each([
    ['a script with an empty type', '<script type="">go()</script>', ['an inline script "go()…"']],
    ['a script with a blank type', '<script type="  ">go()</script>', ['an inline script "go()…"']],
    ['a spaced module', '<script type=" module ">go()</script>', ['an inline script "go()…"']],
    [
      'text/javascript',
      '<script type="text/javascript">go()</script>',
      ['an inline script "go()…"'],
    ],
    [
      'application/x-ecmascript',
      '<script type="APPLICATION/X-ECMASCRIPT">go()</script>',
      ['an inline script "go()…"'],
    ],
    ['a type ending like a module', '<script type="text/x-module">go()</script>', []],
    ['a type beginning like JavaScript', '<script type="text/javascript-template">x</script>', []],
    [
      'a long inline script, cut at 60 characters',
      `<script>${'a'.repeat(50)}${'b'.repeat(20)}</script>`,
      [`an inline script "${'a'.repeat(50)}${'b'.repeat(10)}…"`],
    ],
    [
      'a preload, its rel told once',
      '<link rel="modulepreload  preload" href="/x.js">',
      ['a preloaded script <link rel="modulepreload preload" href="/x.js">'],
    ],
    [
      'a script preload without a rel',
      '<link as="script" href="/x.js">',
      ['a preloaded script <link rel="" href="/x.js">'],
    ],
    ['a modulepreload named on another element', '<a rel="modulepreload" href="/x">a</a>', []],
    [
      'a javascript: address after spaces',
      '<a href="  javascript:go()">a</a>',
      ['a javascript: address in href'],
    ],
    ['javascript: inside a text', '<a title="about javascript: links" href="/a">a</a>', []],
  ])('%s', (_, markup, found) => {
    expect(runtimeLeftovers(wrap('', markup))).toEqual(found);
  });
});

describe('assertNoRuntime', () => {
  it('throws a RuntimeLeftoverError with the whole message', () => {
    let error: unknown;
    try {
      assertNoRuntime([
        { file: 'en/a.html', html: wrap('', '<i style="x">i</i><b onclick="f()">b</b>') },
        { file: 'ok.html', html: wrap('') },
        { file: 'b.html', html: wrap('', '<a href="javascript:f()">a</a>') },
      ]);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(RuntimeLeftoverError);
    expect((error as Error).name).toBe('RuntimeLeftoverError');
    expect((error as Error).message).toBe(
      '2 exported page(s) still carry the Next.js browser runtime or inline code that the ' +
        'Content-Security-Policy blocks. Next.js may have changed what it writes: update ' +
        'lib/deploy/remove-runtime.ts (or the component that wrote the code).\n' +
        '  out/en/a.html:\n' +
        '    a style attribute on <i>: style="x"\n' +
        '    an event-handler attribute <b onclick>\n' +
        '  out/b.html:\n' +
        '    a javascript: address in href',
    );
  });
});

describe('deleteRuntimeFiles', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('keeps files only named like payloads, and removes the nested folders it empties', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'delete-runtime-'));
    folders.push(out);
    const names = [
      '_next/static/chunks/deep/app.js',
      'en/__next.tree.txt',
      'en/__next.tree.txt.gz',
      'en/my__next.tree.txt',
      'en/index.html',
    ];
    for (const name of names) {
      mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
      writeFileSync(path.join(out, name), 'x');
    }
    expect(deleteRuntimeFiles(out)).toBe(2);
    expect(names.filter((name) => existsSync(path.join(out, name)))).toEqual([
      'en/__next.tree.txt.gz',
      'en/my__next.tree.txt',
      'en/index.html',
    ]);
    expect(existsSync(path.join(out, '_next'))).toBe(false);
  });
});
