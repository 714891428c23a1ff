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
  // The trivia before the node, read directly: TypeScript's leading comment ranges leave out a
  // comment on the same line as the token before it (`{ ...entryFields, /** `event`: … */ kind: … }`).
  const trivia = source.text.slice(node.getFullStart(), node.getStart(source));
  const last = [...trivia.matchAll(/\/\*\*([\s\S]*?)\*\//g)].at(-1);
  if (!last) return undefined;
  return (last[1] as string)
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
      const matches = bestMatches(names, objects);
      for (const name of names) {
        const property = object.properties[name] as JsonSchemaNode;
        // Objects with the same fields (the kinds of entry) differ in a constant: take the doc that names it.
        const constant = property['const'];
        const named = typeof constant === 'string' ? matches.find((match) => match.fields.get(name)?.includes(`\`${constant}\``)) : undefined;
        const doc = (named ?? matches[0])?.fields.get(name);
        if (doc) property['description'] = doc;
        else undocumented.push(`${path}.${name}`);
      }
    }
    for (const [key, value] of Object.entries(object)) walk(value, key === 'properties' ? path : `${path}.${key}`);
  };
  walk(schema, '$');
  return undocumented;
}

/** The documented objects that best match `names`, tied: most names covered, then fewest extras. */
function bestMatches(names: readonly string[], objects: readonly DocumentedObject[]): DocumentedObject[] {
  let best: DocumentedObject[] = [];
  let bestScore = 0;
  for (const object of objects) {
    const shared = names.filter((name) => object.fields.has(name)).length;
    const score = shared * 1000 - Math.abs(object.fields.size - names.length);
    if (shared === 0 || score < bestScore) continue;
    if (score > bestScore) best = [];
    best.push(object);
    bestScore = score;
  }
  return best;
}
