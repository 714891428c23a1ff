import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '../../../../src/domain/schema/index.ts';
import { fieldsAt } from '../../../../src/domain/validation/schema-problems.ts';

const entries = collectionSchemas.entries;

describe('fieldsAt: the fields valid where a key was written', () => {
  it('gives a piece of evidence its own fields only', () => {
    const fields = fieldsAt(entries, ['evidence', 0], { kind: 'event', evidence: [{}] });
    expect(fields).toEqual(['lang', 'locator', 'quote', 'source', 'translation', 'translator']);
    expect(fields).not.toContain('note');
  });

  it('follows optional and defaulted objects and lists', () => {
    expect(fieldsAt(entries, ['attribution', 'by'], { kind: 'statement' })).toEqual(['actor', 'description']);
    expect(fieldsAt(entries, ['attribution', 'via', 2], { kind: 'statement' })).toEqual(['actor', 'description']);
    expect(fieldsAt(entries, ['related', 0], { kind: 'event' })).toEqual(['entry', 'note', 'relation']);
  });

  it('gives the top-level fields of the kind of entry the file names', () => {
    expect(fieldsAt(entries, [], { kind: 'count' })).toContain('quantity');
    expect(fieldsAt(entries, [], { kind: 'event' })).not.toContain('quantity');
    // Without a usable kind, the fields of every kind.
    expect(fieldsAt(entries, [], { kind: 'story' })).toContain('quantity');
    expect(fieldsAt(entries, ['quantity'], { kind: 'count' })).toContain('qualifier');
  });

  it('knows no fields where the schema has no object', () => {
    expect(fieldsAt(entries, ['title'], { kind: 'event' })).toEqual([]);
    expect(fieldsAt(collectionSchemas.sources, ['nowhere', 3], {})).toEqual([]);
  });
});
