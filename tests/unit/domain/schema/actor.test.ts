import { describe, expect, it } from 'vitest';
import { actorSchema } from '../../../../src/domain/schema/actor.ts';

const minimal = { id: 'example-agency', name: 'Example Agency of Fixtures', kind: 'agency', summary: 'A fictional agency.' };
const issues = (value: unknown) => actorSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.code]) ?? [];

describe('actorSchema', () => {
  it('accepts a minimal actor and fills defaults', () => {
    expect(actorSchema.parse(minimal)).toEqual({ ...minimal, aliases: [] });
  });

  it('accepts every optional field', () => {
    const full = {
      ...minimal,
      shortName: 'EAF',
      aliases: ['The Example Agency'],
      country: 'US',
      parent: 'example-ministry',
      role: 'Regulator',
      wikidata: 'Q42',
    };
    expect(actorSchema.parse(full)).toEqual(full);
  });

  it('needs id, name, kind and summary', () => {
    expect(issues({})).toEqual([
      ['id', 'invalid_type'],
      ['name', 'invalid_type'],
      ['kind', 'invalid_value'],
      ['summary', 'invalid_type'],
    ]);
  });

  it('refuses unknown fields, kinds and badly shaped codes', () => {
    expect(issues({ ...minimal, parnt: 'x' })).toEqual([['', 'unrecognized_keys']]);
    expect(issues({ ...minimal, kind: 'agencyy' })).toEqual([['kind', 'invalid_value']]);
    expect(issues({ ...minimal, country: 'usa' })).toEqual([['country', 'invalid_format']]);
    expect(issues({ ...minimal, country: 'us' })).toEqual([['country', 'invalid_format']]);
    expect(issues({ ...minimal, wikidata: 'Q0' })).toEqual([['wikidata', 'invalid_format']]);
    expect(issues({ ...minimal, wikidata: 42 })).toEqual([['wikidata', 'invalid_type']]);
    expect(issues({ ...minimal, parent: 'Example Agency' })).toEqual([['parent', 'invalid_format']]);
    expect(issues({ ...minimal, aliases: 'one alias' })).toEqual([['aliases', 'invalid_type']]);
  });
});
