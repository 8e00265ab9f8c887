import { describe, expect, it } from 'vitest';
import { describeProblems, validateHtml } from '../support/html-validity';

/** A complete page in the shape React and Next write it, with `body` inside <main>. */
function documentWith(body: string): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<title>A page</title><script type="module" src="/assets/site-A1.js"></script></head>',
    '<body><main id="main"><h1>A page</h1>',
    body,
    '</main><script type="application/ld+json">{"@type":"Thing"}</script></body></html>',
  ].join('\n');
}

async function rulesBrokenBy(body: string): Promise<string[]> {
  const report = await validateHtml(documentWith(body));
  return report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
}

describe('the HTML validity config', () => {
  it('accepts a valid page written the way React and Next serialize it', async () => {
    expect(
      await rulesBrokenBy('<p>Text <a href="/en/">home</a>.</p><img src="/a.png" alt="A">'),
    ).toEqual([]);
  });

  it('accepts a labelled scroll region, and still wants native elements for other roles', async () => {
    expect(
      await rulesBrokenBy('<div role="region" aria-label="Figures" tabindex="0"><p>x</p></div>'),
    ).toEqual([]);
    expect(await rulesBrokenBy('<div role="button" tabindex="0">Go</div>')).toContain(
      'prefer-native-element',
    );
  });

  it('reports a duplicate id', async () => {
    expect(await rulesBrokenBy('<p id="twice">a</p><p id="twice">b</p>')).toContain('no-dup-id');
  });

  it('reports a <div> inside a <p>', async () => {
    // The parser closes the <p> before the <div>, as browsers do, leaving a stray </p>.
    expect(await rulesBrokenBy('<p>a <div>b</div> c</p>')).toContain('no-implicit-close');
  });

  it('reports an image without alternative text', async () => {
    expect(await rulesBrokenBy('<img src="/a.png">')).toContain('wcag/h37');
  });

  it('reports a second <h1> and a skipped heading level outside a bilingual section', async () => {
    expect(await rulesBrokenBy('<h1>Again</h1>')).toContain('heading-level');
    expect(await rulesBrokenBy('<h3>Skipped h2</h3>')).toContain('heading-level');
  });

  it('accepts one <h1> per language section of a bilingual page', async () => {
    const html = documentWith('').replace(
      '<h1>A page</h1>',
      '<section lang="zh-Hans"><h1>页面</h1></section><section lang="en"><h1>Page</h1></section>',
    );
    const report = await validateHtml(html);
    expect(describeProblems(report)).toEqual([]);
  });

  it('reports any inline style (the Content-Security-Policy blocks them)', async () => {
    expect(await rulesBrokenBy('<div style="left: 10%; width: 5%"></div>')).toContain(
      'no-inline-style',
    );
    expect(await rulesBrokenBy('<div style="color: red"></div>')).toContain('no-inline-style');
  });

  it('names the file, line, column, rule and message of each problem', async () => {
    const html = documentWith('<p>fine</p>\n<img src="/a.png">');
    const line = html.split('\n').findIndex((text) => text.startsWith('<img')) + 1;
    const report = await validateHtml(html, 'page.html');
    expect(describeProblems(report)).toEqual([
      expect.stringMatching(new RegExp(`^page\\.html:${line}:2  wcag/h37  \\S.*`)),
    ]);
  });
});
