import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlElements } from '@/lib/deploy/html-elements';
import { filesIn, htmlFilesIn, siteFilesIn } from '@/lib/deploy/paths';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function site(names: string[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'deploy-paths-'));
  folders.push(folder);
  for (const name of names) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), name);
  }
  return folder;
}

describe('filesIn', () => {
  it('lists the files, not the folders, relative with `/`, sorted', () => {
    // readdir lists a folder's own entries before those of its subfolders: unsorted.
    const folder = site(['z.txt', 'a/b/c.html', 'a/b.css', 'empty-marker/x.js']);
    mkdirSync(path.join(folder, 'empty'));
    expect(filesIn(folder)).toEqual(['a/b.css', 'a/b/c.html', 'empty-marker/x.js', 'z.txt']);
  });
});

describe('htmlFilesIn', () => {
  it('keeps only the HTML files', () => {
    const folder = site(['index.html', 'en/index.html', 'en/index.html.gz', 'html.txt', 'a.htm']);
    expect(htmlFilesIn(folder)).toEqual(['en/index.html', 'index.html']);
  });
});

describe('siteFilesIn', () => {
  it('leaves out the .gz and .br twins and _headers, and nothing else', () => {
    const folder = site([
      '_headers',
      'index.html',
      'index.html.gz',
      'index.html.br',
      'data.gzip.csv',
      'brochure.br.html',
      'en/_headers.txt',
    ]);
    expect(siteFilesIn(folder)).toEqual([
      'brochure.br.html',
      'data.gzip.csv',
      'en/_headers.txt',
      'index.html',
    ]);
  });
});

describe('htmlElements', () => {
  it('gives an element its own text only, not that of the elements inside it', () => {
    const p = htmlElements('<p>one <b>two</b> three</p>').find((e) => e.tagName === 'p');
    expect(p?.text).toBe('one  three');
  });

  it('lists the elements inside a <template> too', () => {
    const html = '<template><span class="in">x</span></template>';
    const span = htmlElements(html).find((e) => e.tagName === 'span');
    expect(span?.attributes.get('class')).toBe('in');
    expect(html.slice(span?.start, span?.end)).toBe('<span class="in">x</span>');
  });
});
