import { parse } from 'csv-parse/sync';

/** What a column of figures.csv holds, as its description on the site says. */
export type ColumnType =
  | { kind: 'text'; required: boolean }
  | { kind: 'number'; required: boolean }
  | { kind: 'year' }
  | { kind: 'one-of'; values: readonly string[]; required: boolean }
  | { kind: 'url'; required: boolean }
  | { kind: 'pattern'; pattern: RegExp; what: string; required: boolean };

/**
 * Parses a CSV strictly with csv-parse (no relaxed quotes, no rows of another length, a BOM
 * required and removed explicitly) and checks it: the header is exactly `columns`, every row has
 * every column, and each cell is of its column's type. Returns one line per problem, naming the
 * line and column.
 */
export function csvProblems(
  text: string,
  columns: readonly string[],
  types: Record<string, ColumnType>,
): string[] {
  let records: string[][];
  try {
    records = strictCsvRecords(text);
  } catch (error) {
    return [(error as Error).message];
  }
  const [header, ...rows] = records;
  const problems: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(columns))
    problems.push(
      `the header is ${JSON.stringify(header)}, not the documented ${JSON.stringify(columns)}`,
    );
  if (rows.length === 0) problems.push('no rows');
  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.length !== columns.length)
      problems.push(`line ${line}: ${row.length} cells, not ${columns.length}`);
    columns.forEach((column, at) => {
      const cell = row[at] ?? '';
      const type = types[column];
      if (!type) {
        problems.push(`column ${column} has no documented type`);
        return;
      }
      const problem = cellProblem(cell, type);
      if (problem) problems.push(`line ${line}, ${column}: ${JSON.stringify(cell)} ${problem}`);
    });
  });
  return [...new Set(problems)];
}

/**
 * The records of a CSV that starts with a UTF-8 byte-order mark, which is required and removed
 * here (csv-parse's `bom` option would accept a file without it); throws on anything not strict.
 */
export function strictCsvRecords(text: string): string[][] {
  if (!text.startsWith('\uFEFF'))
    throw new Error('the file does not start with a UTF-8 byte-order mark');
  try {
    return parse(text.slice(1), {
      bom: false,
      relax_quotes: false,
      relax_column_count: false,
      skip_empty_lines: false,
      trim: false,
    }) as string[][];
  } catch (error) {
    throw new Error(`not strict CSV: ${(error as Error).message}`);
  }
}

function cellProblem(cell: string, type: ColumnType): string | undefined {
  if (cell !== cell.trim()) return 'has spaces around it';
  if (cell === '') return 'required' in type && !type.required ? undefined : 'is empty';
  switch (type.kind) {
    case 'text':
      return undefined;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(cell) ? undefined : 'is not a plain decimal number';
    case 'year':
      return /^\d{4}$/.test(cell) ? undefined : 'is not a year';
    case 'one-of':
      return type.values.includes(cell) ? undefined : `is not one of ${type.values.join(', ')}`;
    case 'pattern':
      return type.pattern.test(cell) ? undefined : `is not ${type.what}`;
    case 'url':
      try {
        new URL(cell);
        return undefined;
      } catch {
        return 'is not an absolute address';
      }
  }
}
