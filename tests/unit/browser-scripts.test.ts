import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
// Loaded here, before any test fakes process.cwd(): esbuild keeps the folder it was loaded in as
// its working folder, which must outlive the tests' temporary projects.
import 'esbuild';

// Both modules place their files from the folder they are loaded in (the project's root): each
// test loads them afresh with process.cwd() answering a temporary project of its own, holding
// small stand-ins for lib/browser/, so nothing is written to the real public/ or .build/.
const folders: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function project(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'browser-scripts-'));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  vi.spyOn(process, 'cwd').mockReturnValue(root);
  vi.resetModules();
  return root;
}
const manifest = (root: string) =>
  JSON.parse(readFileSync(path.join(root, '.build/browser-scripts.json'), 'utf8'));

const sources = {
  'lib/browser/site.ts': [
    "import { greeting } from './greeting';",
    '// A comment the minifier drops.',
    'const someLongVariableName = greeting();',
    'document.title = someLongVariableName;',
    'globalThis.counter ??= 1;',
    'export {};',
  ].join('\n'),
  'lib/browser/greeting.ts': "export const greeting = () => 'hello from greeting';",
  'lib/browser/chooser.ts': "document.body.dataset.chosen = 'yes';",
  'lib/browser/reading-aids-early.ts': "document.documentElement.dataset.early = 'yes';",
};

describe('script-manifest', () => {
  it('records each bundle under /assets/, keeping the others', async () => {
    const root = project();
    const { recordBundle, browserScriptSrc } = await import('@/lib/deploy/script-manifest');
    recordBundle('site', 'site-AAAA.js');
    recordBundle('chooser', 'chooser-BBBB.js');
    expect(manifest(root)).toEqual({
      site: '/assets/site-AAAA.js',
      chooser: '/assets/chooser-BBBB.js',
    });
    expect(browserScriptSrc('site')).toBe('/assets/site-AAAA.js');
    expect(browserScriptSrc('chooser')).toBe('/assets/chooser-BBBB.js');
  });

  it('fails loudly, saying what to run, when the scripts were never bundled', async () => {
    project();
    const { browserScriptSrc } = await import('@/lib/deploy/script-manifest');
    expect(() => browserScriptSrc('chooser')).toThrow(
      new Error(
        'The browser script "chooser" is not bundled (.build/browser-scripts.json lacks it): ' +
          'run `npm run build` or `npm run dev`, which bundle lib/browser/ first.',
      ),
    );
  });

  it('fails as loudly when the manifest lacks the one asked for', async () => {
    project({ '.build/browser-scripts.json': '{"site":"/assets/site-A.js"}' });
    const { browserScriptSrc } = await import('@/lib/deploy/script-manifest');
    expect(browserScriptSrc('site')).toBe('/assets/site-A.js');
    expect(() => browserScriptSrc('chooser')).toThrow(/"chooser" is not bundled/);
  });
});

describe('bundleBrowserScripts', () => {
  it('bundles each entry, minified for ES2020, under a hashed name, and records it', async () => {
    const root = project(sources);
    const { assetsDir, bundleBrowserScripts } = await import('@/lib/deploy/browser-scripts');
    expect(assetsDir).toBe(path.join(root, 'public', 'assets'));
    await bundleBrowserScripts();
    const written = readdirSync(path.join(root, 'public/assets')).sort();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^chooser-[A-Z0-9]{8}\.js$/);
    expect(written[1]).toMatch(/^readingAids-[A-Z0-9]{8}\.js$/);
    expect(written[2]).toMatch(/^site-[A-Z0-9]{8}\.js$/);
    expect(manifest(root)).toEqual({
      site: `/assets/${written[2]}`,
      chooser: `/assets/${written[0]}`,
      readingAids: `/assets/${written[1]}`,
    });
    const site = readFileSync(path.join(root, 'public/assets', written[2]!), 'utf8');
    expect(site).toContain('hello from greeting'); // bundled: the import is inlined
    expect(site).not.toMatch(/\bimport\b/);
    expect(site).not.toContain('someLongVariableName'); // minified
    expect(site).not.toContain('comment');
    expect(site).not.toContain('??='); // lowered to ES2020
    // The classic scripts are IIFEs.
    for (const classic of [written[0]!, written[1]!]) {
      const text = readFileSync(path.join(root, 'public/assets', classic), 'utf8');
      expect(text, classic).toMatch(/^\(\(\)=>\{/);
    }
  });

  it('replaces what an earlier run left', async () => {
    const root = project({ ...sources, 'public/assets/old-1234.js': 'old' });
    const { bundleBrowserScripts } = await import('@/lib/deploy/browser-scripts');
    await bundleBrowserScripts();
    expect(existsSync(path.join(root, 'public/assets/old-1234.js'))).toBe(false);
    expect(readdirSync(path.join(root, 'public/assets'))).toHaveLength(3);
  });
});

/** Waits until `check` returns something, or fails after a while. */
async function until<T>(check: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const recorded = (root: string, name: string) => {
  try {
    return manifest(root)[name] as string | undefined;
  } catch {
    return undefined;
  }
};

describe('watchBrowserScripts', () => {
  it('bundles, bundles again when a source changes, and stops when asked', async () => {
    const root = project({ ...sources, 'public/assets/old-1234.js': 'old' });
    const { watchBrowserScripts } = await import('@/lib/deploy/browser-scripts');
    const stop = await watchBrowserScripts();
    try {
      expect(existsSync(path.join(root, 'public/assets/old-1234.js'))).toBe(false);
      const first = await until(() => recorded(root, 'site'), 'the first bundle');
      await until(() => recorded(root, 'chooser'), 'the chooser bundle');
      expect(first).toMatch(/^\/assets\/site-[A-Z0-9]{8}\.js$/);
      expect(readFileSync(path.join(root, 'public', first), 'utf8')).toContain('hello from');
      writeFileSync(
        path.join(root, 'lib/browser/greeting.ts'),
        "export const greeting = () => 'changed greeting';",
      );
      const second = await until(() => {
        const now = recorded(root, 'site');
        return now !== first ? now : undefined;
      }, 'the bundle after the change');
      expect(readFileSync(path.join(root, 'public', second!), 'utf8')).toContain(
        'changed greeting',
      );
    } finally {
      await stop();
    }
    // Stopped: a change is no longer bundled.
    const last = recorded(root, 'chooser');
    writeFileSync(path.join(root, 'lib/browser/chooser.ts'), 'document.title = "after";');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(recorded(root, 'chooser')).toBe(last);
  }, 30_000);

  it('starts as well where nothing was bundled before', async () => {
    const root = project(sources);
    const { watchBrowserScripts } = await import('@/lib/deploy/browser-scripts');
    const stop = await watchBrowserScripts();
    try {
      const site = await until(() => recorded(root, 'site'), 'the first bundle');
      expect(existsSync(path.join(root, 'public', site))).toBe(true);
    } finally {
      await stop();
    }
  }, 30_000);
});
