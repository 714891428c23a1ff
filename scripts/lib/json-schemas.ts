/**
 * The JSON Schemas of the content collections, generated from the zod schemas with zod's own
 * conversion and described by their JSDoc, and the editors' copies of them that offer the ids
 * in use wherever a field references another file (`"x-references": "actors"`).
 *
 * Two sets, because they change at different times:
 * - `public/schemas/<collection>.schema.json` changes only with the schema. It is committed,
 *   published with the site, and `npm run schemas -- --check` fails when it is stale.
 * - `.schemas/<collection>.schema.json` is the same schema with the current ids as `examples`,
 *   which the YAML language server offers for completion. It changes with every new actor,
 *   source or entry, so it is not committed: a pull request that adds a source (from the web
 *   editor too, which runs no script) must not fail a freshness check, and two that each add an
 *   actor must not conflict. `npm install`, `npm run schemas` and `npm run new` rewrite it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { collectionSchemas, COLLECTION_NAMES, ID_PATTERN, REFERENCES_KEYWORD, type CollectionName } from '../../src/domain/schema/index.ts';
import { attachDescriptions, readSchemaDocs } from '../../src/domain/schema/json-schema.ts';
import type { ContentSet } from '../../src/domain/validation/content-set.ts';

export type JsonSchema = { [key: string]: unknown };

/** Where the editors' copies with ids are written, from the project root. */
export const ID_SCHEMA_DIR = '.schemas';

/** One JSON Schema per collection, described by the JSDoc of `schemaDir`'s files; throws on an undocumented field. */
export function generateJsonSchemas(schemaDir: string): Map<CollectionName, JsonSchema> {
  const docs = readSchemaDocs(
    readdirSync(schemaDir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(schemaDir, name)),
  );
  const outputs = new Map<CollectionName, JsonSchema>();
  for (const collection of COLLECTION_NAMES) {
    const schema = z.toJSONSchema(collectionSchemas[collection], { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
    const undocumented = attachDescriptions(schema, docs);
    if (undocumented.length > 0) throw new Error(`fields without JSDoc in ${collection}: ${undocumented.join(', ')}`);
    outputs.set(collection, { $id: `${collection}.schema.json`, title: `${collection} frontmatter`, ...schema });
  }
  return outputs;
}

/** A field that references other files: its path (`[]` for list items) and what it references. */
export interface ReferenceField {
  readonly path: readonly string[];
  readonly collection: string;
}

/** Every field of a JSON Schema marked `x-references`, across the alternatives of unions. */
export function referenceFields(schema: JsonSchema): ReferenceField[] {
  const found = new Map<string, ReferenceField>();
  const walk = (node: unknown, path: string[]): void => {
    if (!node || typeof node !== 'object') return;
    const object = node as JsonSchema;
    const collection = object[REFERENCES_KEYWORD];
    if (typeof collection === 'string') found.set(`${path.join('.')}>${collection}`, { path, collection });
    for (const [name, child] of Object.entries((object['properties'] as JsonSchema | undefined) ?? {})) walk(child, [...path, name]);
    if (object['items']) walk(object['items'], [...path, '[]']);
    for (const key of ['oneOf', 'anyOf', 'allOf']) for (const option of (object[key] as unknown[] | undefined) ?? []) walk(option, path);
  };
  walk(schema, []);
  return [...found.values()];
}

/**
 * The ids an editor may type for each referenced collection: the ids of its files (measures
 * need none: they are a closed list, offered by the schema's enum).
 */
export function idsInUse(content: ContentSet, files: readonly { collection: CollectionName; file: string }[] = []): Map<string, string[]> {
  const ids = new Map<string, Set<string>>();
  const add = (collection: string, id: unknown) => {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) return;
    const set = ids.get(collection) ?? new Set<string>();
    set.add(id);
    ids.set(collection, set);
  };
  for (const collection of COLLECTION_NAMES) for (const document of content[collection]) add(collection, document.id);
  // Files that do not validate yet (a template just written by `npm run new`) are already there to be named.
  for (const { collection, file } of files) add(collection, /([^/]+)\.md$/.exec(file)?.[1]);
  return new Map([...ids].map(([collection, set]) => [collection, [...set].sort()]));
}

/** A copy of `schema` in which every reference offers the ids in use, as `examples`. */
export function withIds(schema: JsonSchema, ids: ReadonlyMap<string, readonly string[]>): JsonSchema {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (!node || typeof node !== 'object') return node;
    const result: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) result[key] = copy(value);
    const collection = result[REFERENCES_KEYWORD];
    if (typeof collection === 'string' && (ids.get(collection)?.length ?? 0) > 0) result['examples'] = [...(ids.get(collection) ?? [])];
    return result;
  };
  return copy(schema) as JsonSchema;
}

export const schemaText = (schema: JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`;

/** Writes the editors' copies with ids under `<projectRoot>/.schemas/`; returns the files whose text changed. */
export function writeIdSchemas(
  projectRoot: string,
  schemas: ReadonlyMap<CollectionName, JsonSchema>,
  content: ContentSet,
  files: readonly { collection: CollectionName; file: string }[] = [],
): string[] {
  const ids = idsInUse(content, files);
  const dir = join(projectRoot, ID_SCHEMA_DIR);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [collection, schema] of schemas) {
    const path = join(dir, `${collection}.schema.json`);
    const text = schemaText(withIds(schema, ids));
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // a missing file is written
    }
    if (current === text) continue;
    writeFileSync(path, text);
    written.push(`${ID_SCHEMA_DIR}/${collection}.schema.json`);
  }
  return written;
}
