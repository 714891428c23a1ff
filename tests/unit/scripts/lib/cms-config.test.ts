import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsCollection, cmsConfig, formFieldPaths, type CmsField } from '../../../../scripts/lib/cms-config.ts';
import { generateJsonSchemas, referenceFields, type JsonSchema } from '../../../../scripts/lib/json-schemas.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../../../src/domain/schema/index.ts';

const root = resolve(import.meta.dirname, '../../../..');
const schemas = generateJsonSchemas(resolve(root, 'src/domain/schema'));
const config = cmsConfig(schemas) as { collections: { name: string; folder: string; fields: CmsField[] }[]; publish_mode: string; backend: { name: string } };

/** Every field path of a JSON Schema, through lists, objects and the alternatives of unions: `evidence[].quote`. */
function schemaFieldPaths(node: JsonSchema, prefix = ''): string[] {
  const paths: string[] = [];
  for (const option of [...((node['oneOf'] as JsonSchema[] | undefined) ?? []), ...((node['anyOf'] as JsonSchema[] | undefined) ?? [])])
    paths.push(...schemaFieldPaths(option, prefix));
  if (node['items']) paths.push(...schemaFieldPaths(node['items'] as JsonSchema, `${prefix}[]`));
  for (const [name, child] of Object.entries((node['properties'] as Record<string, JsonSchema> | undefined) ?? {})) {
    const path = prefix ? `${prefix.replace(/\[\]$/, '[]')}.${name}`.replace(/^\[\]\./, '') : name;
    paths.push(path, ...schemaFieldPaths(child, path));
  }
  return paths;
}

/** The form field at a path such as `evidence[].source`. */
function fieldAt(fields: readonly CmsField[], path: string): CmsField | undefined {
  const [head, ...rest] = path.split('.');
  const name = head?.replace(/\[\]$/, '');
  const field = fields.find((candidate) => candidate.name === name);
  if (!field || rest.length === 0) return field;
  return fieldAt((field['fields'] as CmsField[] | undefined) ?? [], rest.join('.'));
}

describe('the web editor configuration', () => {
  it('has a collection for every content folder of the schema, with the editorial workflow and the GitHub backend', () => {
    expect(config.collections.map((collection) => collection.name)).toEqual(COLLECTION_NAMES);
    for (const collection of config.collections) expect(collection.folder).toBe(`content/${collection.name}`);
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend.name).toBe('github');
  });

  it('covers every field of every collection, and no field the schema does not have', () => {
    for (const collection of COLLECTION_NAMES) {
      const schemaPaths = schemaFieldPaths(schemas.get(collection) as JsonSchema);
      const form = config.collections.find((candidate) => candidate.name === collection) as { fields: CmsField[] };
      const formPaths = formFieldPaths(form.fields).filter((path) => path !== 'body');
      expect(formPaths.sort(), collection).toEqual([...new Set(schemaPaths)].sort());
      // The Markdown body (archived text, for sources) is the last field.
      expect(form.fields.at(-1)?.name).toBe('body');
    }
  });

  it('marks required exactly the fields every kind of entry requires', () => {
    const entries = config.collections.find((collection) => collection.name === 'entries') as { fields: CmsField[] };
    const required = entries.fields.filter((field) => field.required).map((field) => field.name);
    expect(required.sort()).toEqual(['attribution', 'date', 'evidence', 'id', 'kind', 'summary', 'title', 'topics']);
    expect(fieldAt(entries.fields, 'quantity')?.hint).toMatch(/^\(count only\)/);
    // Inside an object that may be left out, nothing stops the form from saving: the validator checks them once it is given.
    expect(fieldAt(entries.fields, 'quantity.measure')?.required).toBe(false);
    expect(fieldAt(entries.fields, 'evidence[].quote')?.required).toBe(true);
  });

  it('gives each field its JSDoc as hint, a select for fixed values and a relation for every reference', () => {
    const entries = config.collections.find((collection) => collection.name === 'entries') as { fields: CmsField[] };
    expect(fieldAt(entries.fields, 'evidence[].quote')?.hint).toContain("copied character for character from the source's archived text");
    expect(fieldAt(entries.fields, 'kind')).toMatchObject({ widget: 'select', options: ['event', 'statement', 'count'] });
    expect(fieldAt(entries.fields, 'quantity.qualifier')?.widget).toBe('select');
    expect(fieldAt(entries.fields, 'related[].relation')?.options).toContain('contradicts');
    expect(fieldAt(entries.fields, 'date')).toMatchObject({ widget: 'string', pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', 'write YYYY, YYYY-MM or YYYY-MM-DD'] });
    for (const collection of COLLECTION_NAMES) {
      const form = config.collections.find((candidate) => candidate.name === collection) as { fields: CmsField[] };
      for (const reference of referenceFields(schemas.get(collection) as JsonSchema)) {
        const path = reference.path.join('.').replace(/\.\[\]/g, '[]');
        const field = fieldAt(form.fields, path);
        if ((COLLECTION_NAMES as readonly string[]).includes(reference.collection)) {
          expect(field, `${collection}: ${path}`).toMatchObject({ widget: 'relation', collection: reference.collection, value_field: 'id' });
        } else expect(field?.widget, `${collection}: ${path}`).toBe('string');
      }
    }
    expect(fieldAt(entries.fields, 'actors')).toMatchObject({ widget: 'relation', collection: 'actors', multiple: true });
  });

  it('shows a field added to a schema with no other change', () => {
    const sources = schemas.get('sources') as JsonSchema;
    const widened = new Map(schemas) as Map<CollectionName, JsonSchema>;
    widened.set('sources', {
      ...sources,
      properties: { ...(sources['properties'] as object), pages: { type: 'integer', minimum: 1, description: 'Number of pages.' } },
    });
    expect(cmsCollection('sources', widened).fields.find((field) => field.name === 'pages')).toEqual({
      name: 'pages',
      label: 'Pages',
      widget: 'number',
      value_type: 'int',
      min: 1,
      required: false,
      hint: 'Number of pages.',
    });
  });

  it('is what public/admin/config.yml holds', () => {
    const committed = parse(readFileSync(resolve(root, 'public/admin/config.yml'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(config)));
  });
});
