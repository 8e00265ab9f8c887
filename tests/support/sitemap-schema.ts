import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const require = createRequire(import.meta.url);
const schemas = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas');

/** sitemaps.org's XML Schema as the `sitemap` package ships it (schema/sitemap.xsd, 2008-03-26). */
export const sitemapXsdFile = path.join(
  path.dirname(require.resolve('sitemap/package.json')),
  'schema',
  'sitemap.xsd',
);

/**
 * Validates a sitemap against sitemaps.org's sitemap.xsd with libxml2 (xmllint, compiled to
 * WebAssembly by xmllint-wasm: offline, no system package). The `xhtml:link` alternates are
 * checked strictly against schemas/xhtml-link.xsd (that file says why it is ours). Returns one
 * line per problem, `<name>:<line>  <message>`; none when valid.
 */
export async function sitemapSchemaProblems(xml: string, name = 'sitemap.xml'): Promise<string[]> {
  const file = (fileName: string, full: string) => ({
    fileName,
    contents: readFileSync(full, 'utf8'),
  });
  const result = await validateXML({
    xml: { fileName: name.replace(/^.*\//, ''), contents: xml },
    schema: file('sitemap-with-alternates.xsd', path.join(schemas, 'sitemap-with-alternates.xsd')),
    preload: [
      file('sitemap.xsd', sitemapXsdFile),
      file('xhtml-link.xsd', path.join(schemas, 'xhtml-link.xsd')),
    ],
  });
  if (result.valid) return [];
  // A schema that fails to load is a problem too: libxml2 reports it in the raw output.
  if (result.errors.length === 0) return [result.rawOutput.trim() || 'invalid (no message)'];
  return result.errors.map(
    (error) => `${name}:${error.loc?.lineNumber ?? '?'}  ${error.message.trim()}`,
  );
}
