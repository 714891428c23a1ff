/**
 * Field documentation from the schema's own JSDoc. The comments above each field in
 * `src/domain/schema/*.ts` are the single source; this module reads them with the TypeScript
 * parser and attaches them to the generated JSON Schemas, so nothing is written twice.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The documented fields of one object literal in a schema file. */
export interface DocumentedObject {
  /** Field name → its JSDoc text. */
  readonly fields: ReadonlyMap<string, string>;
}

/** Every object literal with at least one documented field, from the given schema files. */
export function readSchemaDocs(files: readonly string[]): DocumentedObject[] {
  const objects: DocumentedObject[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const variables = new Map<string, ts.ObjectLiteralExpression>();
    source.forEachChild(function collect(node): void {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        variables.set(node.name.text, node.initializer);
      }
      node.forEachChild(collect);
    });
    source.forEachChild(function visit(node): void {
      if (ts.isObjectLiteralExpression(node)) {
        const fields = documentedFields(node, variables, source);
        if (fields.size > 0) objects.push({ fields });
      }
      node.forEachChild(visit);
    });
  }
  return objects;
}

function documentedFields(
  node: ts.ObjectLiteralExpression,
  variables: ReadonlyMap<string, ts.ObjectLiteralExpression>,
  source: ts.SourceFile,
): Map<string, string> {
  const fields = new Map<string, string>();
  for (const property of node.properties) {
    if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
      const spread = variables.get(property.expression.text);
      if (spread) for (const [name, doc] of documentedFields(spread, variables, source)) fields.set(name, doc);
      continue;
    }
    if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
    const doc = jsDocText(property, source);
    if (doc) fields.set(property.name.text, doc);
  }
  return fields;
}

function jsDocText(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = ranges.filter((range) => source.text.startsWith('/**', range.pos)).at(-1);
  if (!last) return undefined;
  return source.text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

type JsonSchemaNode = { [key: string]: unknown; properties?: Record<string, JsonSchemaNode> };

/**
 * Adds a `description` to every property of every object in a JSON Schema, taken from the
 * documented object literal whose fields best match that object's properties.
 * Returns the names of properties left without documentation, so a test can insist on none.
 */
export function attachDescriptions(schema: unknown, objects: readonly DocumentedObject[]): string[] {
  const undocumented: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}[${index}]`));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const object = node as JsonSchemaNode;
    if (object.properties && typeof object.properties === 'object') {
      const names = Object.keys(object.properties);
      const match = bestMatch(names, objects);
      for (const name of names) {
        const property = object.properties[name] as JsonSchemaNode;
        const doc = match?.fields.get(name);
        if (doc) property['description'] = doc;
        else undocumented.push(`${path}.${name}`);
      }
    }
    for (const [key, value] of Object.entries(object)) walk(value, key === 'properties' ? path : `${path}.${key}`);
  };
  walk(schema, '$');
  return undocumented;
}

function bestMatch(names: readonly string[], objects: readonly DocumentedObject[]): DocumentedObject | undefined {
  let best: DocumentedObject | undefined;
  let bestScore = 0;
  for (const object of objects) {
    const shared = names.filter((name) => object.fields.has(name)).length;
    // Prefer the object that covers the most names, then the one with the fewest extras.
    const score = shared * 1000 - Math.abs(object.fields.size - names.length);
    if (shared > 0 && score > bestScore) {
      best = object;
      bestScore = score;
    }
  }
  return best;
}
