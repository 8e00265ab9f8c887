import { describe, expect, it } from 'vitest';
import { deferHydration, deferredScriptsAttribute } from '@/lib/deploy/defer-hydration';
import { htmlElements } from '@/lib/deploy/html-elements';

const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<script src="/_next/static/chunks/one.js" async=""></script>',
  '<script src="/_next/static/chunks/two\'s.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '</head><body><main><h1>Title</h1><p>Text</p></main>',
  '<script>self.__next_f=[]</script>',
  '<script src="/_next/static/chunks/three.js" async=""></script>',
  '<script type="application/ld+json">{"a":1}</script>',
  '</body></html>',
].join('');

/** The list of sources the loader carries, read back by an HTML parser as a browser would. */
function loaderSources(html: string): string[] {
  const loader = htmlElements(html).find(({ attributes }) =>
    attributes.has(deferredScriptsAttribute),
  );
  return JSON.parse(loader?.attributes.get(deferredScriptsAttribute) ?? 'null');
}

describe('hydration after the first paint', () => {
  const deferred = deferHydration(page);

  it('takes every async script out of the document', () => {
    expect(deferred).not.toMatch(/<script src="[^"]*" async=""><\/script>/);
  });

  it('lists them, in their order, in one loader at the end of the body', () => {
    expect(loaderSources(deferred)).toEqual([
      '/_next/static/chunks/one.js',
      "/_next/static/chunks/two's.js",
      '/_next/static/chunks/three.js',
    ]);
    expect(deferred).toMatch(/<\/script><\/body><\/html>$/);
  });

  it('leaves everything else byte for byte: styles, nomodule, inline scripts, data, content', () => {
    const loader = deferred.slice(
      deferred.lastIndexOf('<script '),
      deferred.lastIndexOf('</body>'),
    );
    const withoutAsync = page.replace(/<script src="[^"]*" async=""><\/script>/g, '');
    expect(deferred.replace(loader, '')).toBe(withoutAsync);
  });

  it('is the same script on every page, so one CSP hash allows it', () => {
    const other = deferHydration(page.replace('one.js', 'uno.js'));
    const code = (html: string) =>
      html.slice(html.lastIndexOf("'>") + 2, html.lastIndexOf('</script>'));
    expect(code(other)).toBe(code(deferred));
  });

  it('changes nothing on a page without async scripts, or one already deferred', () => {
    const plain = '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>';
    expect(deferHydration(plain)).toBe(plain);
    expect(deferHydration(deferred)).toBe(deferred);
  });
});
