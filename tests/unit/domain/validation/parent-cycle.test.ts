import { describe, expect, it } from 'vitest';
import { parentCycle } from '../../../../src/domain/validation/parent-cycle.ts';

describe('parentCycle', () => {
  const parents = new Map<string, string | undefined>([
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'a'],
    ['d', 'a'],
    ['e', 'f'],
    ['f', undefined],
  ]);

  it('gives the chain back to an id on a cycle', () => {
    expect(parentCycle('a', parents)).toEqual(['a', 'b', 'c', 'a']);
    expect(parentCycle('c', parents)).toEqual(['c', 'a', 'b', 'c']);
  });

  it('gives nothing for a chain that ends, or that runs into a cycle not through the id', () => {
    expect(parentCycle('e', parents)).toBeUndefined();
    expect(parentCycle('d', parents)).toBeUndefined();
    expect(parentCycle('unknown', parents)).toBeUndefined();
  });
});
