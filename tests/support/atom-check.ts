import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The MUST rules of RFC 4287 (The Atom Syndication Format) that a feed parser does not check, over
 * a feed parsed by fast-xml-parser (well-formedness by its XMLValidator first). Returns one line per
 * problem, naming the section; none when the feed keeps them all.
 */
export function atomProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { line, msg } = wellFormed.err;
    return [`not well-formed XML, line ${line}: ${msg}`];
  }
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => repeatable.has(name),
  }).parse(xml) as Record<string, unknown>;
  const problems: string[] = [];
  const feed = parsed.feed as Node | undefined;
  if (!feed) return ['the root element is not <feed> (§4.1.1)'];
  if (feed['@xmlns'] !== atomNs)
    problems.push(`<feed> is not in the Atom namespace ${atomNs} (§2)`);
  const lang = feed['@xml:lang'];
  if (typeof lang !== 'string' || !languageTag.test(lang))
    problems.push(`<feed> has no xml:lang with a language tag (§2, xml:lang): ${String(lang)}`);

  checkContainer(feed, 'feed', '§4.1.1', problems);
  const entries = children(feed, 'entry');
  const feedAuthors = children(feed, 'author');
  if (
    feedAuthors.length === 0 &&
    (entries.length === 0 || entries.some((e) => !children(e, 'author').length))
  )
    problems.push('no atom:author on the feed, and not one on every entry (§4.1.1)');
  if (!children(feed, 'link').some((link) => link['@rel'] === 'self'))
    problems.push('the feed has no link rel="self" (§4.1.1, a SHOULD this site keeps)');

  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}${typeof text(children(entry, 'id')[0]) === 'string' ? ` (${text(children(entry, 'id')[0])})` : ''}`;
    checkContainer(entry, where, '§4.1.2', problems);
    once(entry, 'published', where, '§4.1.2', problems, { atMost: true });
    once(entry, 'summary', where, '§4.1.2', problems, { atMost: true });
    once(entry, 'content', where, '§4.1.2', problems, { atMost: true });
    const alternate = children(entry, 'link').some(
      (link) => (link['@rel'] ?? 'alternate') === 'alternate',
    );
    if (!alternate && children(entry, 'content').length === 0)
      problems.push(`${where}: neither a link rel="alternate" nor content (§4.1.2)`);
    const published = children(entry, 'published')[0];
    if (published !== undefined) checkDate(text(published), `${where} published`, problems);
    const id = text(children(entry, 'id')[0]);
    if (id && ids.has(id)) problems.push(`${where}: the same atom:id as an earlier entry`);
    if (id) ids.add(id);
  });
  return problems;
}

type Node = Record<string, unknown> & { '#text'?: string };

const atomNs = 'http://www.w3.org/2005/Atom';
/** BCP 47 in outline (RFC 5646's shape: a primary subtag, then subtags of 1–8 alphanumerics). */
const languageTag = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/;
/** RFC 3339 date-time as §3.3 requires it: uppercase T and Z, a time zone, no lowercase. */
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** An absolute IRI: a scheme, then anything but spaces (§4.2.6: atom:id is an absolute IRI). */
const absoluteIri = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>"{}|\\^`]+$/;
const repeatable = new Set([
  'entry',
  'author',
  'contributor',
  'link',
  'category',
  'id',
  'title',
  'updated',
  'published',
  'summary',
  'content',
  'generator',
  'icon',
  'logo',
  'rights',
  'subtitle',
  'name',
  'uri',
  'email',
]);

function children(node: unknown, name: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as Record<string, unknown>)[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) =>
    typeof item === 'object' && item !== null
      ? (item as Node)
      : ({ '#text': String(item) } as Node),
  );
}

function text(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  return typeof node['#text'] === 'string' ? node['#text'].trim() : '';
}

function once(
  node: Node,
  name: string,
  where: string,
  section: string,
  problems: string[],
  { atMost = false } = {},
) {
  const count = children(node, name).length;
  if (count > 1 || (!atMost && count === 0))
    problems.push(
      `${where}: ${count} atom:${name} elements, ${atMost ? 'at most one' : 'exactly one'} allowed (${section})`,
    );
}

function checkDate(value: string | undefined, where: string, problems: string[]) {
  if (!value || !rfc3339.test(value) || Number.isNaN(Date.parse(value)))
    problems.push(`${where}: "${value ?? ''}" is not an RFC 3339 date-time (§3.3)`);
}

/** What §4.1.1 (feed) and §4.1.2 (entry) require of both, and the constructs inside them. */
function checkContainer(node: Node, where: string, section: string, problems: string[]) {
  for (const name of ['id', 'title', 'updated']) once(node, name, where, section, problems);
  for (const name of ['rights', 'subtitle', 'generator', 'icon', 'logo'])
    once(node, name, where, section, problems, { atMost: true });
  const id = text(children(node, 'id')[0]);
  if (id !== undefined && !absoluteIri.test(id))
    problems.push(`${where}: atom:id "${id}" is not an absolute IRI (§4.2.6)`);
  const updated = children(node, 'updated')[0];
  if (updated) checkDate(text(updated), `${where} updated`, problems);
  for (const name of ['title', 'summary', 'content', 'rights', 'subtitle'])
    for (const construct of children(node, name)) {
      const type = construct['@type'];
      if (
        name !== 'content' &&
        type !== undefined &&
        !['text', 'html', 'xhtml'].includes(String(type))
      )
        problems.push(
          `${where}: atom:${name} type="${String(type)}" is not text, html or xhtml (§3.1.1)`,
        );
    }
  for (const person of [...children(node, 'author'), ...children(node, 'contributor')]) {
    if (children(person, 'name').length !== 1 || !text(children(person, 'name')[0]))
      problems.push(
        `${where}: a person construct without exactly one non-empty atom:name (§3.2.1)`,
      );
  }
  const alternates = new Set<string>();
  for (const link of children(node, 'link')) {
    const href = link['@href'];
    if (typeof href !== 'string' || !href) {
      problems.push(`${where}: a link without href (§4.2.7.1)`);
      continue;
    }
    if ((link['@rel'] ?? 'alternate') === 'alternate') {
      const key = `${String(link['@type'] ?? '')} ${String(link['@hreflang'] ?? '')}`;
      if (alternates.has(key))
        problems.push(`${where}: two alternate links with the same type and hreflang (${section})`);
      alternates.add(key);
    }
  }
}
