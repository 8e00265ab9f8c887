import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspVariables, inlineCode, pageHashes, uriOfFile } from '@/lib/deploy/csp';
import { cspMapFile } from '@/lib/deploy/paths';
import { builtHtmlFiles, outDir } from '../support/built-site';

// Every page nginx may serve: what it holds inline is allowed by the generated map, and nothing in
// it would need 'unsafe-inline'. (The browser tests under nginx check the same from the other side.)

/** The generated map, read back as nginx would: variable → uri → sources. */
function readMaps(text: string): Map<string, Map<string, string>> {
  const maps = new Map<string, Map<string, string>>();
  for (const [, variable, body] of text.matchAll(/map \$uri (\$\w+) \{\n([\s\S]*?)\n\}/g)) {
    const entries = new Map<string, string>();
    for (const [, key, value] of body!.matchAll(/^\s+(\S+) "([^"]*)";$/gm))
      entries.set(key!, value!);
    maps.set(variable!, entries);
  }
  return maps;
}

const maps = readMaps(readFileSync(cspMapFile, 'utf8'));

describe('the CSP map of the build', () => {
  it.each(builtHtmlFiles())('%s: allowed inline code only, every piece of it hashed', (file) => {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    expect(inlineCode(html).forbidden, 'event-handler attributes or javascript: URLs').toEqual([]);
    const hashes = pageHashes(html);
    const scripts = maps.get(cspVariables.scripts)?.get(uriOfFile(file)) ?? '';
    const styles = maps.get(cspVariables.styleAttributes)?.get(uriOfFile(file)) ?? "'none'";
    expect(scripts.split(' ').filter(Boolean).sort()).toEqual(hashes.scripts);
    expect(
      styles
        .split(' ')
        .filter((source) => source.startsWith("'sha256-"))
        .sort(),
    ).toEqual(hashes.styleAttributes);
  });
});
