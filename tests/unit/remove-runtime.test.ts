import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  assertNoRuntime,
  deleteRuntimeFiles,
  removeRuntime,
  runtimeLeftovers,
} from '@/lib/deploy/remove-runtime';

// A page exactly as Next.js 16.4 exports it (the English 404 page, with its runtime, RSC payload
// and preloads), kept as a fixture so the step is tested against real output, not a guess of it.
const nextPage = readFileSync(
  path.join(import.meta.dirname, '../fixtures/next-16.4-export-en-404.html'),
  'utf8',
);

describe('removeRuntime on a page as Next.js exports it', () => {
  // Computed in each test, not when the file loads, so the mutation run knows which test ran it.
  const page = () => removeRuntime(nextPage);

  it('the fixture does carry the runtime (else this proves nothing)', () => {
    expect(runtimeLeftovers(nextPage).length).toBeGreaterThan(3);
    expect(nextPage).toContain('self.__next_f.push');
    expect(nextPage).toMatch(
      /<link rel="preload" as="script"[^>]*\/_next\/static\/chunks\/[^"]+\.js"/,
    );
  });

  it('leaves no script, payload or preload of Next.js', () => {
    expect(runtimeLeftovers(page())).toEqual([]);
    expect(page()).not.toContain('__next_f');
    expect(page()).not.toContain('TURBOPACK');
    expect(page()).not.toMatch(/\/_next\/static\/[^"]*\.js/);
    expect(page().length).toBeLessThan(nextPage.length / 2);
  });

  it('keeps the document: stylesheet, head, text, JSON-LD and our own script', () => {
    const withOurs = nextPage
      .replace('</head>', '<script type="module" src="/assets/site-ABC.js"></script></head>')
      .replace('</body>', '<script type="application/ld+json">{"@type":"Thing"}</script></body>');
    const result = removeRuntime(withOurs);
    expect(result).toContain('<script type="module" src="/assets/site-ABC.js"></script>');
    expect(result).toContain('<script type="application/ld+json">{"@type":"Thing"}</script>');
    expect(result).toMatch(/<link rel="stylesheet" href="\/_next\/static\/chunks\/[^"]+\.css"/);
    expect(result).toContain('<title>');
    expect(result).toContain('lang="en"');
    expect(runtimeLeftovers(result)).toEqual([]);
  });

  it('changes nothing in a page without the runtime', () => {
    expect(removeRuntime(page())).toBe(page());
  });
});

describe('runtimeLeftovers: what Next.js might write after an upgrade, and inline code', () => {
  const wrap = (head: string, body = '') =>
    `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body><p>x</p>${body}</body></html>`;

  it.each([
    ['a payload in a new form', wrap('', '<script>self.__next_f=[["x"]]</script>'), /RSC payload/],
    [
      'a chunk named elsewhere',
      wrap('', '<template data-src="/_next/static/chunks/a.js"></template>'),
      /_next\/static\/chunks\/a\.js/,
    ],
    ['a module preload', wrap('<link rel="modulepreload" href="/x/app.mjs">'), /preloaded script/],
    [
      'a script preload',
      wrap('<link rel="preload" as="script" href="/x/app.js">'),
      /preloaded script/,
    ],
    ['an inline script', wrap('<script>window.x=1</script>'), /inline script/],
    ['an inline module', wrap('<script type="module">import "/a.js"</script>'), /inline script/],
    [
      'a script from elsewhere on the site',
      wrap('<script src="/vendor/app.js"></script>'),
      /not of the site: \/vendor\/app\.js/,
    ],
    ['a style attribute', wrap('', '<div style="left:3%"></div>'), /style attribute on <div>/],
    [
      'an event handler',
      wrap('', '<button onclick="go()">b</button>'),
      /event-handler attribute <button onclick>/,
    ],
    ['a javascript: address', wrap('', '<a href="javascript:go()">a</a>'), /javascript: address/],
  ])('finds %s', (_, html, message) => {
    const found = runtimeLeftovers(html);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it('accepts the site’s own scripts and JSON-LD data', () => {
    const html = wrap(
      '<script type="module" src="/assets/site-X.js"></script><script src="/assets/chooser-Y.js" data-locales="zh en"></script>',
      '<script type="application/ld+json">{"a":1}</script>',
    );
    expect(runtimeLeftovers(html)).toEqual([]);
  });

  it('assertNoRuntime names every page and what it holds', () => {
    expect(() =>
      assertNoRuntime([
        { file: 'en/index.html', html: wrap('') },
        { file: 'zh/news/index.html', html: wrap('<script>self.__next_f.push([1])</script>') },
        { file: 'en/statistics/index.html', html: wrap('', '<i style="color:red">x</i>') },
      ]),
    ).toThrow(
      /2 exported page\(s\)[\s\S]*out\/zh\/news\/index\.html:\n {4}the RSC payload[\s\S]*out\/en\/statistics\/index\.html:\n {4}a style attribute/,
    );
    expect(() => assertNoRuntime([{ file: 'en/index.html', html: wrap('') }])).not.toThrow();
  });
});

describe('deleteRuntimeFiles', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'remove-runtime-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const files = {
    '_next/static/chunks/app.js': 'runtime',
    '_next/static/chunks/site.css': 'css',
    '_next/static/BUILD/_buildManifest.js': 'manifest',
    'en/index.html': 'page',
    'en/index.txt': 'payload',
    'en/__next._tree.txt': 'payload',
    'robots.txt': 'robots',
    'assets/site-X.js': 'ours',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), text);
  }

  it('deletes Next’s scripts and payload files, and the folders they leave empty; keeps the rest', () => {
    expect(deleteRuntimeFiles(out)).toBe(4);
    const kept = Object.keys(files).filter((name) => existsSync(path.join(out, name)));
    expect(kept).toEqual([
      '_next/static/chunks/site.css',
      'en/index.html',
      'robots.txt',
      'assets/site-X.js',
    ]);
    expect(existsSync(path.join(out, '_next/static/BUILD'))).toBe(false);
  });
});

describe('the build step', () => {
  it('stops the build, naming the page, when a page still carries a script of Next.js', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'postbuild-'));
    try {
      mkdirSync(path.join(project, 'out/en'), { recursive: true });
      // Forms the removal does not know (as if Next.js had changed its output).
      writeFileSync(
        path.join(project, 'out/en/index.html'),
        '<!DOCTYPE html><html lang="en"><head><title>t</title><link rel="modulepreload" href="/_next/static/chunks/new-runtime.js"></head><body><p>x</p><script>(self.__next_r=self.__next_r||[]).push(1)</script></body></html>',
      );
      const run = spawnSync(
        path.resolve('node_modules/.bin/tsx'),
        [path.resolve('lib/deploy/postbuild-cli.ts')],
        {
          cwd: project,
          encoding: 'utf8',
        },
      );
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('out/en/index.html');
      expect(run.stderr).toContain('a preloaded script <link rel="modulepreload"');
      expect(run.stderr).toContain('an inline script "(self.__next_r');
      expect(existsSync(path.join(project, 'out/_headers'))).toBe(false);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);
});
