import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/** One `<script type="application/ld+json">` of a page. */
export interface JsonLdBlock {
  /** Where it is, for messages: `out/en/statistics/index.html`. */
  where: string;
  data: unknown;
}

/** Every JSON-LD block of an HTML document, parsed (a block that is not JSON is a problem). */
export function jsonLdBlocks(
  html: string,
  where: string,
): { blocks: JsonLdBlock[]; problems: string[] } {
  const blocks: JsonLdBlock[] = [];
  const problems: string[] = [];
  const pattern = /<script\b[^>]*\btype="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g;
  for (const [, json] of html.matchAll(pattern)) {
    try {
      blocks.push({ where, data: JSON.parse(json!) });
    } catch (error) {
      problems.push(`${where}: a JSON-LD block is not JSON: ${(error as Error).message}`);
    }
  }
  return { blocks, problems };
}

/**
 * Checks JSON-LD against schema.org's vocabulary as schema-dts types it (every type and property
 * of schema.org, generated from its published vocabulary). Each block becomes a TypeScript
 * declaration, `const block: schema.WithContext<schema.Dataset> = { … }` (`schema.Graph` for an
 * `@graph`), and TypeScript's own checker, in memory, reports an unknown `@type` (no such export
 * or member), an unknown property (an excess property of an object literal) and a value of the
 * wrong kind (a number where schema.org expects text, a Person where it expects a place). As
 * TypeScript stops at the first excess property of an assignment, each typed node is also
 * declared on its own, its nested typed nodes left out, so that every unknown property is named.
 * Returns one line per problem: where, TypeScript's message, the line it is about.
 */
export function schemaOrgProblems(blocks: JsonLdBlock[]): string[] {
  const problems: string[] = [];
  const lines = ["import type * as schema from 'schema-dts';"];
  const owner: string[] = [];
  const declare = (where: string, type: string, value: string) => {
    const declaration = `export const node${lines.length}: ${type} = ${value};`.split('\n');
    declaration.forEach((line) => {
      owner[lines.length] = where;
      lines.push(line);
    });
  };
  blocks.forEach((block) => {
    const data = block.data as Record<string, unknown> | null;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problems.push(`${block.where}: a JSON-LD block that is not an object`);
      return;
    }
    if ('@graph' in data) declare(block.where, 'schema.Graph', JSON.stringify(data, null, 1));
    else if (typeof data['@type'] === 'string')
      declare(
        block.where,
        `schema.WithContext<${typeName(data['@type'])}>`,
        JSON.stringify(data, null, 1),
      );
    else problems.push(`${block.where}: a JSON-LD block with neither @type nor @graph`);
    for (const node of typedNodes(data))
      declare(block.where, typeName(node['@type'] as string), shallow(node));
  });
  const source = lines.join('\n');
  const fileName = path.join(
    path.dirname(require.resolve('schema-dts/package.json')),
    '..',
    '__json-ld__.ts',
  );
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === fileName ? source : readFile(name));
  host.fileExists = (name) => name === fileName || fileExists(name);
  host.getSourceFile = (name, version, onError, create) =>
    name === fileName
      ? ts.createSourceFile(name, source, version, true)
      : getSourceFile(name, version, onError, create);
  const program = ts.createProgram([fileName], options, host);
  const seen = new Set<string>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const line =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
        : -1;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0];
    const problem = `${owner[line] ?? 'JSON-LD'}: ${message} (at: ${lines[line]?.trim() ?? '?'})`;
    // The whole block and its node alone may report the same mistake: once is enough.
    if (!seen.has(problem)) problems.push(problem);
    seen.add(problem);
  }
  return problems;
}

/** `schema.Dataset`; a name that is no identifier stays as written, so TypeScript rejects it. */
function typeName(type: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(type)
    ? `schema.${type}`
    : `schema[${JSON.stringify(type)}]`;
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object with a string `@type` inside a value, itself included, at any depth. */
function typedNodes(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(typedNodes);
  if (!isObject(value)) return [];
  const inner = Object.values(value).flatMap(typedNodes);
  return typeof value['@type'] === 'string' ? [value, ...inner] : inner;
}

/** A node with its nested typed nodes replaced by `null as never` (checked in their own right). */
function shallow(node: JsonObject): string {
  const marker = '\u0000nested\u0000';
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (isObject(value) && typeof value['@type'] === 'string') return marker;
    if (isObject(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  const copy = Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== '@context')
      .map(([key, value]) => [key, replace(value)]),
  );
  return JSON.stringify(copy, null, 1).replaceAll(JSON.stringify(marker), '(null as never)');
}
