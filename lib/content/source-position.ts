import ts from 'typescript';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where a value stands in a content module's source, found by TypeScript's parser: the path is
 * the one zod reports (["figures", 2, "observations", 0, "value"]), followed from the module's
 * `export default define…({ … })` through object properties and array elements. Where the path
 * leaves what is written literally (a value named by a constant, such as `source: pressReport`),
 * the position is that of the last part written here.
 */
export function positionOfPath(text: string, path: readonly PropertyKey[]): Position | undefined {
  const file = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, true);
  const exported = file.statements.find(ts.isExportAssignment)?.expression;
  if (!exported) return undefined;
  let node: ts.Node | undefined =
    ts.isCallExpression(exported) && exported.arguments[0] ? exported.arguments[0] : exported;
  let reached: ts.Node = node;
  for (const key of path) {
    if (node && ts.isObjectLiteralExpression(node)) {
      const property: ts.ObjectLiteralElementLike | undefined = node.properties.find(
        (each) => each.name !== undefined && propertyName(each.name) === String(key),
      );
      if (!property) break;
      reached = property;
      node = ts.isPropertyAssignment(property) ? property.initializer : undefined;
    } else if (node && ts.isArrayLiteralExpression(node) && typeof key === 'number') {
      node = node.elements[key];
      if (!node) break;
      reached = node;
    } else {
      break;
    }
  }
  const { line, character } = file.getLineAndCharacterOfPosition(reached.getStart(file));
  return { line: line + 1, column: character + 1 };
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)
    ? name.text
    : undefined;
}
