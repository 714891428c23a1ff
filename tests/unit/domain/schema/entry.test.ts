import { describe, expect, it } from 'vitest';
import { entrySchema, isCountEntry, quantitySchema, speakerSchema } from '../../../../src/domain/schema/entry.ts';

const base = {
  id: 'example-agency-opens-field-office',
  kind: 'event',
  title: 'Example Agency opens a field office',
  summary: 'The fictional Example Agency says it opened a field office.',
  date: '2011-03-01',
  topics: ['fixture-storyline'],
  attribution: { by: { actor: 'example-agency' } },
  evidence: [{ source: 'example-agency-release', quote: 'opened its first field office' }],
};
const quantity = { measure: 'agents-in-mexico', subject: 'example-agency', qualifier: 'exact', value: 500, unit: 'agents', asOf: '2011-03', stated: '500' };
const count = { ...base, id: 'example-agency-says-500-agents', kind: 'count', quantity };

type Issue = { path: PropertyKey[]; code: string; message: string };
const issues = (value: unknown): [string, string][] =>
  ((entrySchema.safeParse(value).error?.issues ?? []) as Issue[]).map((issue) => [
    issue.path.map(String).join('.'),
    issue.code === 'custom' || issue.code === 'too_small' ? issue.message : issue.code,
  ]);

describe('entrySchema', () => {
  it('accepts a minimal event and statement and fills defaults', () => {
    expect(entrySchema.parse(base)).toEqual({
      ...base,
      circa: false,
      actors: [],
      places: [],
      related: [],
      corrections: [],
      attribution: { by: { actor: 'example-agency' }, via: [] },
    });
    expect(entrySchema.parse({ ...base, kind: 'statement' }).kind).toBe('statement');
  });

  it('accepts a minimal count entry, which isCountEntry recognises', () => {
    const parsed = entrySchema.parse(count);
    expect(isCountEntry(parsed)).toBe(true);
    expect(isCountEntry(entrySchema.parse(base))).toBe(false);
  });

  it('accepts a bare YAML year as a date and a description as speaker', () => {
    const parsed = entrySchema.parse({ ...base, date: 2011, attribution: { by: { description: 'Unnamed staff' }, via: [{ actor: 'fixture-gazette' }] } });
    expect(parsed.date).toBe('2011');
    expect(parsed.attribution.via).toEqual([{ actor: 'fixture-gazette' }]);
  });

  it('refuses a missing or unknown kind', () => {
    const { kind: _kind, ...noKind } = base;
    expect(issues(noKind)).toEqual([['kind', 'invalid_union']]);
    expect(issues({ ...base, kind: 'evnt' })).toEqual([['kind', 'invalid_union']]);
  });

  it('needs at least one topic and one quoted passage', () => {
    expect(issues({ ...base, topics: [] })).toEqual([['topics', 'needs at least one topic']]);
    expect(issues({ ...base, evidence: [] })).toEqual([['evidence', 'needs at least one quoted passage']]);
  });

  it('refuses unknown fields, including a quantity on an event and a count without one', () => {
    expect(issues({ ...base, sumary: 'x' })).toEqual([['', 'unrecognized_keys']]);
    expect(issues({ ...base, quantity })).toEqual([['', 'unrecognized_keys']]);
    const { quantity: _quantity, ...countWithout } = count;
    expect(issues(countWithout)).toEqual([['quantity', 'invalid_type']]);
    expect(issues({ ...base, evidence: [{ ...base.evidence[0], page: 4 }] })).toEqual([['evidence.0', 'unrecognized_keys']]);
  });

  it('refuses an end before the date, but not an end within the same period', () => {
    expect(issues({ ...base, end: '2010-12' })).toEqual([['end', '(2010-12) is before the start (2011-03-01)']]);
    expect(issues({ ...base, end: '2011-02-28' })).toEqual([['end', '(2011-02-28) is before the start (2011-03-01)']]);
    expect(issues({ ...base, date: '2011-03', end: '2011-03-01' })).toEqual([]);
    expect(issues({ ...base, end: '2011-03-01' })).toEqual([]);
    expect(issues({ ...base, end: '2012' })).toEqual([]);
    // A coarser end that contains the start is a period, not an error.
    expect(issues({ ...base, end: '2011' })).toEqual([]);
    expect(issues({ ...base, end: '2011-03' })).toEqual([]);
    expect(issues({ ...base, end: '2010' })).toEqual([['end', '(2010) is before the start (2011-03-01)']]);
  });

  it('reports a bad end date once, by its own field', () => {
    expect(issues({ ...base, end: '2011-02-30' })).toEqual([['end', '2011-02-30 does not exist (February 2011 has 28 days)']]);
  });

  it('refuses bad relations and statuses', () => {
    expect(issues({ ...base, related: [{ entry: 'x', relation: 'folows' }] })).toEqual([['related.0.relation', 'invalid_value']]);
    expect(issues({ ...base, related: [{ entry: 'X Y', relation: 'follows' }] })).toEqual([['related.0.entry', 'invalid_format']]);
    expect(issues({ ...base, status: { value: 'false', reason: 'x' } })).toEqual([['status.value', 'invalid_value']]);
    expect(issues({ ...base, status: { value: 'disputed' } })).toEqual([['status.reason', 'invalid_type']]);
  });
});

describe('speakerSchema', () => {
  it('needs an actor or a description', () => {
    expect(speakerSchema.safeParse({ actor: 'example-agency' }).success).toBe(true);
    expect(speakerSchema.safeParse({ description: 'Unnamed staff' }).success).toBe(true);
    expect(speakerSchema.safeParse({}).error?.issues.map((issue) => issue.message)).toEqual(['needs an `actor` id or a `description`']);
  });
});

describe('quantitySchema', () => {
  const problems = (value: Record<string, unknown>) =>
    (quantitySchema.safeParse({ ...quantity, ...value }).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const without = (...keys: string[]) => Object.fromEntries(Object.entries(quantity).filter(([key]) => !keys.includes(key)));

  it('accepts each qualifier with the numbers it needs', () => {
    for (const qualifier of ['exact', 'about', 'more-than', 'at-least', 'at-most', 'fewer-than']) expect(problems({ qualifier })).toEqual([]);
    expect(quantitySchema.safeParse({ ...without('value'), qualifier: 'several', lower: 200, upper: 999 }).success).toBe(true);
    expect(quantitySchema.safeParse({ ...without('value'), qualifier: 'range', lower: 20, upper: 20 }).success).toBe(true);
    expect(problems({ value: 0 })).toEqual([]);
  });

  it('needs a value for single-number qualifiers, and bounds for several and range', () => {
    expect(
      quantitySchema.safeParse({ ...without('value'), qualifier: 'about' }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual(['value: is required when qualifier is `about`']);
    expect(quantitySchema.safeParse({ ...without('value'), qualifier: 'several' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'lower',
      'upper',
    ]);
  });

  it('refuses numbers the qualifier does not use', () => {
    expect(problems({ qualifier: 'range', lower: 1, upper: 2 })).toEqual(['value: is not used with qualifier `range`']);
    expect(problems({ lower: 1 })).toEqual(['lower: is only used with qualifiers `several` and `range`']);
  });

  it('refuses reversed bounds, negative numbers and a period that ends before it starts', () => {
    expect(quantitySchema.safeParse({ ...without('value'), qualifier: 'range', lower: 600, upper: 400 }).error?.issues.map((issue) => issue.message)).toEqual([
      '(400) is below lower (600)',
    ]);
    expect(problems({ value: -1 })).toEqual(['value: must not be negative']);
    expect(problems({ asOfEnd: '2011-02' })).toEqual(['asOfEnd: (2011-02) is before the start (2011-03)']);
    expect(problems({ asOfEnd: '2011-03-31' })).toEqual([]);
  });

  it('refuses an unknown qualifier and a measure outside the vocabulary', () => {
    expect(quantitySchema.safeParse({ ...quantity, qualifier: 'aboot' }).success).toBe(false);
    expect(quantitySchema.safeParse({ ...quantity, measure: 'agents-in-mexcio' }).error?.issues.map((issue) => issue.code)).toEqual(['invalid_value']);
    expect(quantitySchema.safeParse({ ...quantity, measure: 'Agents in Mexico' }).success).toBe(false);
  });

  it('reads a count as an actual figure unless it is marked planned', () => {
    expect(quantitySchema.parse(quantity).planned).toBe(false);
    expect(quantitySchema.parse({ ...quantity, planned: true }).planned).toBe(true);
    expect(quantitySchema.safeParse({ ...quantity, planned: 'yes' }).success).toBe(false);
  });
});

describe('entry corrections', () => {
  const base = {
    id: 'x',
    kind: 'event',
    title: 'T',
    summary: 'S',
    date: '2011',
    topics: ['t'],
    attribution: { by: { actor: 'a' } },
    evidence: [{ source: 's', quote: 'q' }],
  };
  it('accepts dated correction notes and refuses undated or empty ones', () => {
    expect(entrySchema.parse({ ...base, corrections: [{ date: '2026-01-02', note: 'The date was 2012; the source says 2011.' }] }).corrections).toHaveLength(1);
    expect(entrySchema.safeParse({ ...base, corrections: [{ date: '2026-01', note: 'x' }] }).success).toBe(false);
    expect(entrySchema.safeParse({ ...base, corrections: [{ date: '2026-01-02', note: '' }] }).success).toBe(false);
  });
});
