import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  closestWord,
  editDistance,
  queryWords,
  standsFor,
  suggestQuery,
  unmatchedWords,
  wordIndex,
} from '../../../../src/browser/search/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('dodsen', 'dodson')).toBe(1);
    expect(editDistance('dodosn', 'dodson')).toBe(1);
    expect(editDistance('dodson', 'dodsonn')).toBe(1);
    expect(editDistance('dodson', 'odson')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops at the limit: limit + 1 for anything farther', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('dodsen', 'dodson', 2)).toBe(1);
  });

  it('is symmetric, zero only for equal words, and never more than the longer length', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const distance = editDistance(a, b);
        expect(distance).toBe(editDistance(b, a));
        expect(distance === 0).toBe(a === b);
        expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b, 1)).toBe(Math.min(distance, 2));
      }),
    );
  });
});

describe('when a word counts as found', () => {
  it('takes the word typed, a longer form or the word without an ending as found, a shared opening as not', () => {
    expect(standsFor('dodson', 'dodson')).toBe(true);
    expect(standsFor('dods', 'dodson')).toBe(true);
    expect(standsFor('agents', 'agent')).toBe(true);
    expect(standsFor('investigations', 'investigation')).toBe(true);
    expect(standsFor('investigations', 'investigated')).toBe(false);
    expect(standsFor('holdr', 'hold')).toBe(false);
    expect(standsFor('dodsen', 'do')).toBe(false);
    expect(standsFor('dodsen', 'dodson')).toBe(false);
  });

  it('lists the typed words of four letters or more that no matched word stands for', () => {
    expect(queryWords('the  Dodsen’s ATF agents')).toEqual(['dodsen', 'agents']);
    expect(unmatchedWords('Dodsen agents', ['Agent', 'do', 'Dodson,'])).toEqual(['dodsen']);
    expect(unmatchedWords('Dodson', ['“Dodson’s'])).toEqual([]);
    expect(unmatchedWords('Dodsen', [])).toEqual(['dodsen']);
  });
});

describe('suggestions', () => {
  const index = wordIndex({
    words: [
      ['agents', 230],
      ['Dodson', 35],
      ['Dobson', 2],
      ['Peña', 12],
      ['Dodsonwas', 1],
      ['Grassley', 20],
    ],
  });

  it('allows more edits in longer words', () => {
    expect([3, 4, 5, 8, 9, 14].map(allowedEdits)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('offers the closest word, the one on more pages on a tie, with the site’s spelling', () => {
    expect(closestWord('dodsen', index)).toBe('Dodson');
    expect(closestWord('dodbon', index)).toBe('Dodson');
    expect(closestWord('pena', index)).toBeUndefined();
    expect(closestWord('penas', index)).toBe('Peña');
    expect(closestWord('grasly', index)).toBe('Grassley');
  });

  it('offers nothing for a word the index holds or begins, or one too far from any', () => {
    expect(closestWord('dodson', index)).toBeUndefined();
    expect(closestWord('dods', index)).toBeUndefined();
    expect(closestWord('zzzzzz', index)).toBeUndefined();
  });

  it('corrects only the unmatched words of the query, keeping the rest and a possessive as typed', () => {
    expect(suggestQuery('Dodsen', ['dodsen'], index)).toBe('Dodson');
    expect(suggestQuery('  ATF   Dodsen’s agents ', ['dodsen'], index)).toBe('ATF Dodson’s agents');
    expect(suggestQuery('agents', [], index)).toBeUndefined();
    expect(suggestQuery('zzzzzz', ['zzzzzz'], index)).toBeUndefined();
  });
});
