// Reads a `_headers` file (the format of Netlify and Cloudflare Pages) and answers, for an
// address, the headers such a host would send: every rule whose pattern matches the address (an
// exact path, or a prefix ending in `*`) contributes its headers. Written apart from the code that
// writes the file (lib/deploy/headers.ts), so the tests compare two independent readings.

export interface ParsedRule {
  pattern: string;
  headers: [name: string, value: string][];
  line: number;
}

/** The rules of a `_headers` file; throws on a line that is neither a pattern nor a header. */
export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], line: index + 1 });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers:${index + 1}: not a header line: ${line}`);
    rule.headers.push([header[1]!, header[2]!.trim()]);
  });
  return rules;
}

function matches(pattern: string, address: string): boolean {
  return pattern.endsWith('*') ? address.startsWith(pattern.slice(0, -1)) : pattern === address;
}

/**
 * The headers for an address, by lower-case name. A header set by two matching rules is an error:
 * hosts disagree on it (Cloudflare joins the values with a comma, Netlify keeps one).
 */
export function headersForAddress(rules: ParsedRule[], address: string): Map<string, string> {
  const found = new Map<string, string>();
  const from = new Map<string, string>();
  for (const rule of rules.filter(({ pattern }) => matches(pattern, address))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (found.has(key)) {
        throw new Error(
          `${address}: ${name} is set by two rules, ${from.get(key)} and ${rule.pattern}`,
        );
      }
      found.set(key, value);
      from.set(key, rule.pattern);
    }
  }
  return found;
}
