import type { z } from 'zod';

/** Where in a content file a problem was found. Lines and columns count from 1. */
export interface ContentLocation {
  /** Path from the project root, e.g. content/zh/golden-altitude.mdx. */
  file: string;
  line?: number;
  column?: number;
}

/**
 * A mistake in content/: it names the file (and line where known) and says what to fix.
 * The build stops on it, so nothing half-broken is published.
 */
export class ContentError extends Error {
  constructor(
    readonly location: ContentLocation,
    readonly problem: string,
  ) {
    super(`${formatLocation(location)}: ${problem}`);
    this.name = 'ContentError';
  }
}

export function formatLocation({ file, line, column }: ContentLocation): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

/** Turns zod issues into one readable line each: the field's path, then what is wrong. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `${field ? `${field}: ` : ''}unknown field ${keys} (misspelt, or not allowed here)`;
    }
    return `${field || '(top level)'}: ${issue.message}`;
  });
}
