import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { attachDescriptions, readSchemaDocs } from '../../../../src/domain/schema/json-schema.ts';

const schemaDir = join(import.meta.dirname, '../../../../src/domain/schema');
const schemaFiles = readdirSync(schemaDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(schemaDir, name));

describe('schema documentation', () => {
  it('reads the JSDoc of fields, including fields spread into entry kinds', () => {
    const docs = readSchemaDocs(schemaFiles);
    const entryLike = docs.find((object) => object.fields.has('evidence') && object.fields.has('quantity'));
    expect(entryLike?.fields.get('quantity')).toBe('The number claimed.');
    expect(entryLike?.fields.get('summary')).toMatch(/One or two sentences/);
  });

  it('attaches descriptions by matching field sets and reports undocumented ones', () => {
    const docs = readSchemaDocs(schemaFiles);
    const schema = { properties: { name: {}, kind: {}, summary: {}, shoeSize: {} } };
    const undocumented = attachDescriptions(schema, docs);
    expect((schema.properties.name as { description?: string }).description).toMatch(/Full name/);
    expect(undocumented).toEqual(['$.shoeSize']);
  });

  it('the committed JSON Schemas are up to date', () => {
    const output = execFileSync(process.execPath, ['scripts/schemas.ts', '--check'], {
      cwd: join(import.meta.dirname, '../../../..'),
      encoding: 'utf8',
    });
    expect(output).toBe('');
    const entries = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/schemas/entries.schema.json'), 'utf8'));
    expect(JSON.stringify(entries)).toContain('copied character for character');
  });
});

describe('descriptions of the kinds of entry', () => {
  it('give each kind its own words, a JSDoc on the same line as the spread included', () => {
    const entries = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/schemas/entries.schema.json'), 'utf8')) as {
      oneOf: { properties: { kind: { const: string; description: string } } }[];
    };
    expect(entries.oneOf.map((option) => [option.properties.kind.const, option.properties.kind.description])).toEqual([
      ['event', '`event`: something happened.'],
      ['statement', '`statement`: someone said something.'],
      ['count', '`count`: a claim about how many.'],
    ]);
  });
});
