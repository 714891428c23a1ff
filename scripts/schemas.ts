/**
 * `npm run schemas [-- --check]`: writes a JSON Schema per collection to `public/schemas/`,
 * generated from the zod schemas with zod's own conversion and described by their JSDoc, and
 * the field reference in CONTRIBUTING.md from those schemas. Editors' YAML language servers
 * read the schemas for autocompletion. `--check` fails when any of them is stale.
 */
import { readFileSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { collectionSchemas, COLLECTION_NAMES } from '../src/domain/schema/index.ts';
import { attachDescriptions, readSchemaDocs } from '../src/domain/schema/json-schema.ts';
import { renderReference, replaceReference } from './lib/field-reference.ts';

const OUTPUT_DIR = resolve('public/schemas');
const SCHEMA_DIR = resolve('src/domain/schema');

export function generateJsonSchemas(): Map<string, string> {
  const docs = readSchemaDocs(
    readdirSync(SCHEMA_DIR)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(SCHEMA_DIR, name)),
  );
  const outputs = new Map<string, string>();
  for (const collection of COLLECTION_NAMES) {
    const schema = z.toJSONSchema(collectionSchemas[collection], { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
    const undocumented = attachDescriptions(schema, docs);
    if (undocumented.length > 0) throw new Error(`fields without JSDoc in ${collection}: ${undocumented.join(', ')}`);
    const document = { $id: `${collection}.schema.json`, title: `${collection} frontmatter`, ...schema };
    outputs.set(`${collection}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
  }
  return outputs;
}

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const schemas = generateJsonSchemas();
const outputs = new Map([...schemas].map(([name, text]) => [join(OUTPUT_DIR, name), text]));
const contributing = resolve('CONTRIBUTING.md');
const reference = renderReference(COLLECTION_NAMES.map((collection) => ({ collection, schema: JSON.parse(schemas.get(`${collection}.schema.json`) ?? '{}') })));
outputs.set(contributing, replaceReference(readFileSync(contributing, 'utf8'), reference));
let stale = 0;
mkdirSync(OUTPUT_DIR, { recursive: true });
for (const [path, text] of outputs) {
  const name = relative(process.cwd(), path);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current === text) continue;
  if (values.check) {
    console.error(`${name} is out of date with src/domain/schema/; run \`npm run schemas\``);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${name}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
