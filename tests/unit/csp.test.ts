import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCode, nginxCspMaps, pageHashes } from '@/lib/deploy/csp';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = `<!DOCTYPE html><html><head>
<script src="/_next/static/chunks/a.js" async></script>
<script>self.__next_f=[]</script>
<script type="application/ld+json">{"@type":"Place"}</script>
<script type="module">import('/x.js')</script>
</head><body>
<div style="left:24%;width:56%"></div>
<script>self.__next_f.push([1,"<\\/p> é"])</script>
</body></html>`;

describe('inline code of a page', () => {
  it('finds executable inline scripts with their exact text, not external scripts or data blocks', () => {
    expect(inlineCode(page).scripts).toEqual([
      'self.__next_f=[]',
      "import('/x.js')",
      'self.__next_f.push([1,"<\\/p> é"])',
    ]);
  });

  it('hashes them as the browser does (SHA-256 of the UTF-8 text, base64)', () => {
    expect(pageHashes(page).scripts).toEqual(
      [
        sha256('self.__next_f=[]'),
        sha256("import('/x.js')"),
        sha256('self.__next_f.push([1,"<\\/p> é"])'),
      ].sort(),
    );
    expect(pageHashes(page).styleAttributes).toEqual([sha256('left:24%;width:56%')]);
  });

  it('reports code only unsafe-inline would allow', () => {
    const found = inlineCode('<button onclick="go()">x</button><a href=" javascript:go()">y</a>');
    expect(found.forbidden).toHaveLength(2);
    expect(inlineCode(page).forbidden).toEqual([]);
  });

  it('writes one nginx map entry per page, and none for pages without inline code', () => {
    const maps = nginxCspMaps([
      { file: 'zh/index.html', html: page },
      { file: 'plain.html', html: '<p>no scripts</p>' },
    ]);
    expect(maps).toContain(`/zh/index.html "${pageHashes(page).scripts.join(' ')}";`);
    expect(maps).toContain(`/zh/index.html "'unsafe-hashes' ${sha256('left:24%;width:56%')}";`);
    expect(maps).not.toContain('/plain.html');
  });
});
