/**
 * `npm run schemas [-- --check | --ids]`: writes what is generated from the zod schemas in
 * src/domain/schema/: a JSON Schema per collection in `public/schemas/`, the field reference in
 * CONTRIBUTING.md, the web editor's configuration (`public/admin/config.yml`), and the editors'
 * copies of the JSON Schemas with the ids in use in `.schemas/` (scripts/lib/json-schemas.ts
 * says why those are not committed).
 *
 * `--check` fails when a committed file is stale, and refreshes the uncommitted copies.
 * `--ids` writes only the copies with ids (after `npm install` and `npm run new`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTION_NAMES } from '../src/domain/schema/index.ts';
import { readContentFiles } from '../src/domain/validation/content-files.ts';
import { validateFiles } from '../src/domain/validation/index.ts';
import { renderReference, replaceReference } from './lib/field-reference.ts';
import { CMS_CONFIG_PATH, cmsConfig, cmsConfigText } from './lib/cms-config.ts';
import { generateJsonSchemas, schemaText, writeIdSchemas } from './lib/json-schemas.ts';

const root = process.cwd();
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, ids: { type: 'boolean', default: false } } });
const schemas = generateJsonSchemas(resolve(root, 'src/domain/schema'));

/** The committed outputs: path → text. */
function committedOutputs(): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const [collection, schema] of schemas) outputs.set(join(root, 'public/schemas', `${collection}.schema.json`), schemaText(schema));
  const contributing = join(root, 'CONTRIBUTING.md');
  const reference = renderReference(COLLECTION_NAMES.map((collection) => ({ collection, schema: schemas.get(collection) ?? {} })));
  outputs.set(contributing, replaceReference(readFileSync(contributing, 'utf8'), reference));
  outputs.set(join(root, CMS_CONFIG_PATH), cmsConfigText(cmsConfig(schemas)));
  return outputs;
}

let stale = 0;
if (!values.ids) {
  for (const [path, text] of committedOutputs()) {
    const name = relative(root, path);
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
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${name}`);
    }
  }
}
const files = readContentFiles(join(root, 'content'), root);
const refreshed = writeIdSchemas(root, schemas, validateFiles(files).content, files);
// Under --check they are refreshed without a word: they are a cache of the content, never stale in the repository.
if (!values.check) for (const name of refreshed) console.log(`wrote ${name} (the ids in use, for completion)`);
process.exitCode = stale > 0 ? 1 : 0;
