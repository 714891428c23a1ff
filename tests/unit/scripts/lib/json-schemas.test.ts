/**
 * The editors' JSON Schemas offer the ids in use, and the YAML language server (the engine of
 * VS Code's YAML extension) completes them: run here through its own completion code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { getLanguageService, type CompletionList } from 'yaml-language-server';
import { generateJsonSchemas, idsInUse, referenceFields, withIds, type JsonSchema } from '../../../../scripts/lib/json-schemas.ts';
import { MEASURE_IDS } from '../../../../src/domain/measures.ts';
import { COLLECTION_NAMES } from '../../../../src/domain/schema/index.ts';
import { validateContentDir } from '../../../../src/domain/validation/index.ts';
import { VALID_CONTENT_DIR, listCases, validFiles } from '../../../fixtures/cases.ts';
import { validateFiles } from '../../../../src/domain/validation/validate.ts';

const root = resolve(import.meta.dirname, '../../../..');
const schemas = generateJsonSchemas(resolve(root, 'src/domain/schema'));
const fixtures = validateContentDir(VALID_CONTENT_DIR);

let documents = 0;

/** What the YAML language server offers at the end of `text`, with `schema` as the document's schema. */
async function complete(schema: JsonSchema, text: string): Promise<string[]> {
  // The server caches parsed documents by address and version: each text gets its own address.
  const uri = `file:///project/content/entries/new-entry-${documents++}.yaml`;
  const service = getLanguageService({
    schemaRequestService: () => Promise.reject(new Error('no schema is fetched')),
    workspaceContext: { resolveRelativePath: (relativePath: string) => relativePath },
    clientCapabilities: {},
  });
  service.configure({
    completion: true,
    validate: false,
    hover: false,
    schemas: [{ uri: 'file:///project/.schemas/entries.schema.json', fileMatch: ['*.yaml'], schema }],
  });
  const document = TextDocument.create(uri, 'yaml', 1, text);
  const result: CompletionList = await service.doComplete(document, document.positionAt(text.length), false);
  return result.items.map((item) => item.label);
}

const entryStart = ['id: new-entry', 'kind: statement', 'title: A claim', 'attribution:', '  by:', '    actor: '].join('\n');

describe('ids offered for completion', () => {
  it('completes an existing actor id for attribution.by.actor', async () => {
    const ids = idsInUse(fixtures.content);
    const offered = await complete(withIds(schemas.get('entries') as JsonSchema, ids), entryStart);
    expect(offered).toContain('example-agency');
    expect(offered).toContain('fixture-gazette');
    // Only actors: no source or entry ids in an actor field.
    expect(offered).not.toContain('example-agency-release');
  });

  it('offers nothing of the kind from the committed schema, which holds no ids (so the case above can fail)', async () => {
    expect(await complete(schemas.get('entries') as JsonSchema, entryStart)).not.toContain('example-agency');
  });

  it('completes the sources of evidence, actors and topics in lists, and the measures of the vocabulary', async () => {
    const schema = withIds(schemas.get('entries') as JsonSchema, idsInUse(fixtures.content));
    const evidence = ['id: new-entry', 'kind: event', 'evidence:', '  - source: '].join('\n');
    expect(await complete(schema, evidence)).toEqual(expect.arrayContaining(['example-agency-release', 'fixture-gazette-report']));
    const measure = ['id: new-entry', 'kind: count', 'quantity:', '  measure: '].join('\n');
    expect((await complete(schema, measure)).sort()).toEqual([...MEASURE_IDS].sort());
    expect(await complete(schema, ['id: new-entry', 'kind: event', 'actors:', '  - '].join('\n'))).toEqual([
      'example-agency',
      'example-agency-field-office',
      'fixture-gazette',
    ]);
    expect(await complete(schema, ['id: new-entry', 'kind: event', 'topics: [fix'].join('\n'))).toEqual(['fixture-storyline']);
  });
});

describe('reference fields', () => {
  it('are marked in the schema for every kind of reference the validator checks', () => {
    // Every reference the validator records, on the fixtures (every invalid case included) and on the real content.
    const fixtureReferences = validateFiles([...validFiles(), ...listCases().flatMap((fixtureCase) => fixtureCase.files)]).references;
    const contentReferences = validateContentDir(resolve(root, 'content'), root).references;
    const checked = new Set(
      [...fixtureReferences, ...contentReferences]
        .filter((reference) => reference.field !== '(body)')
        .map((reference) => {
          const collection = /content\/([^/]+)\//.exec(reference.file)?.[1] as string;
          return `${collection}: ${reference.field.replace(/\[\d+\]/g, '.[]')} → ${reference.collection}`;
        }),
    );
    const declared = new Set(
      COLLECTION_NAMES.flatMap((collection) =>
        referenceFields(schemas.get(collection) as JsonSchema).map((field) => `${collection}: ${field.path.join('.')} → ${field.collection}`),
      ),
    );
    expect([...checked].filter((reference) => !declared.has(reference))).toEqual([]);
    expect(checked.size).toBeGreaterThanOrEqual(9);
  });

  it('find the ids of each collection', () => {
    const ids = idsInUse(fixtures.content);
    expect(ids.get('actors')).toEqual(['example-agency', 'example-agency-field-office', 'fixture-gazette']);
    expect(ids.get('topics')).toEqual(['fixture-storyline']);
    expect(ids.get('entries')).toHaveLength(4);
  });
});

describe('the editor settings', () => {
  it('give every collection its schema with ids, in VS Code and in the templates', () => {
    const settings = JSON.parse(readFileSync(resolve(root, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    for (const collection of COLLECTION_NAMES) {
      expect(settings['yaml.schemas'][`./.schemas/${collection}.schema.json`], collection).toBe(`content/${collection}/*.md`);
    }
  });
});
