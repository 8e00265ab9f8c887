import { describe, expect, it } from 'vitest';
import { LinkChecker, srcsetAddresses, type ServedFiles } from '../support/link-check';

const origin = 'http://park.example';
const languages = { zh: 'zh-Hans', en: 'en' };

function page(lang: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;
}

/** A small site held in memory, by address path, as a static host would serve it. */
function servedFrom(files: Record<string, string>): ServedFiles {
  return {
    kindOf(urlPath) {
      if (Object.hasOwn(files, urlPath)) return 'file';
      const folder = urlPath.endsWith('/') ? urlPath : `${urlPath}/`;
      return Object.keys(files).some((file) => file.startsWith(folder)) ? 'folder' : 'missing';
    },
    read(urlPath) {
      const text = files[urlPath];
      if (text === undefined) throw new Error(`the fixture has no ${urlPath}`);
      return text;
    },
  };
}

const siteFiles = {
  '/': page(
    'zh-Hans',
    '<a href="/zh/" hreflang="zh-Hans">中文</a> <a href="/en/" hreflang="en">English</a>',
  ),
  '/zh/': page('zh-Hans', '<main id="main"><h1>首页</h1></main>'),
  '/zh/about/': page('zh-Hans', '<h2 id="history">历史</h2>'),
  '/en/': page('en', '<main id="main"><h1>Home</h1><a name="old-anchor"></a></main>'),
  '/en/about/': page('en', '<h2 id="history">History</h2>'),
  '/zh/manifest.webmanifest': '{}',
  '/data/figures.csv': 'id,value\n',
  '/share/en.png': 'png',
};

/** The problems the checker finds on `/en/news/` when its body is `body`. */
function problemsOn(body: string, pagePath = '/en/news/'): string[] {
  const files = { ...siteFiles, [pagePath]: page('en', body) };
  return new LinkChecker(servedFrom(files), { origin, languages }).checkPage(pagePath).problems;
}

describe('the link checker', () => {
  it('accepts good links of every form: root-relative, relative, absolute, anchors, files', () => {
    expect(
      problemsOn(`
        <a href="/en/about/">about</a> <a href="../about/#history">history</a>
        <a href="${origin}/en/">home</a> <a href="/en/#old-anchor">named anchor</a>
        <a href="#here">here</a> <p id="here"></p> <a href="#">top</a> <a href="#top">top</a>
        <a href="/data/figures.csv" download>CSV</a> <img src="/share/en.png" alt="">
        <link rel="manifest" href="/zh/manifest.webmanifest">`),
    ).toEqual([]);
  });

  it('reports a link to a page that does not exist, naming the page and the link', () => {
    const problems = problemsOn('<a href="/en/abuot/">about</a>');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/en\/news\/: link to \/en\/abuot\/ → .*\/en\/abuot\//);
  });

  it('reports a page address without its trailing slash, which names a folder', () => {
    expect(problemsOn('<a href="/en/about">about</a>')).toEqual([
      expect.stringMatching(/^\/en\/news\/: link to \/en\/about → .*\/en\/about\//),
    ]);
  });

  it('reports an anchor that no element has, on the same page and on another page', () => {
    const problems = problemsOn('<a href="#nowhere">x</a> <a href="/en/about/#histroy">y</a>');
    expect(problems).toEqual([
      expect.stringMatching(/^\/en\/news\/: link to #nowhere → .*"nowhere"/),
      expect.stringMatching(/^\/en\/news\/: link to \/en\/about\/#histroy → .*"histroy"/),
    ]);
  });

  it('reports a link from a page of one language to a page of the other', () => {
    const problems = problemsOn('<a href="/zh/about/">关于</a>');
    expect(problems).toEqual([
      expect.stringMatching(/^\/en\/news\/: link to \/zh\/about\/ → .*other language/),
    ]);
  });

  it('accepts the language switch and the alternates, which mark the other language', () => {
    expect(
      problemsOn(`
        <a href="/zh/about/" hreflang="zh-Hans" lang="zh-Hans">中文</a>
        <link rel="alternate" hreflang="zh-Hans" href="${origin}/zh/about/">
        <link rel="alternate" hreflang="x-default" href="${origin}/">`),
    ).toEqual([]);
  });

  it('reports an hreflang that names the wrong language', () => {
    expect(problemsOn('<a href="/zh/about/" hreflang="en">中文</a>')).toEqual([
      expect.stringMatching(/^\/en\/news\/: link to \/zh\/about\/ → .*zh-Hans/),
    ]);
  });

  it('lets a page outside the locales (the root chooser) link to both', () => {
    const checker = new LinkChecker(servedFrom(siteFiles), { origin, languages });
    expect(checker.checkPage('/')).toEqual({ internalLinks: 2, problems: [] });
  });

  it('checks every address of a srcset', () => {
    expect(problemsOn('<img alt="" srcset="/share/en.png 1x, /share/en@2x.png 2x">')).toEqual([
      expect.stringMatching(/^\/en\/news\/: link to \/share\/en@2x\.png → /),
    ]);
  });

  it('leaves alone mail, telephone and other origins, and addresses inside scripts', () => {
    const checker = new LinkChecker(
      servedFrom({
        ...siteFiles,
        '/en/contact/': page(
          'en',
          `<a href="mailto:office@park.example">mail</a> <a href="tel:+86-971-0000000">call</a>
           <a href="https://other.example/missing/">elsewhere</a>
           <script>document.write('<a href="/en/missing/">')</script>`,
        ),
      }),
      { origin, languages },
    );
    expect(checker.checkPage('/en/contact/')).toEqual({ internalLinks: 0, problems: [] });
  });

  it('reads the addresses of a srcset', () => {
    expect(srcsetAddresses(' /a.png 1x,/b.png  2x, /c.png ')).toEqual([
      '/a.png',
      '/b.png',
      '/c.png',
    ]);
  });
});
