import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../../../src/domain/validation/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('atf', 'atf')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('summary', 'sumary')).toBe(1);
    expect(editDistance('parent', 'parnt')).toBe(1);
  });

  it('is symmetric', () => {
    expect(editDistance('flaw', 'lawn')).toBe(editDistance('lawn', 'flaw'));
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });
});

describe('closestMatch', () => {
  const actors = ['atf', 'dea', 'dhs', 'example-agency', 'example-agency-field-office', 'fixture-gazette'];

  it('finds the closest candidate within a length-proportional distance', () => {
    expect(closestMatch('example-agncy', actors)).toBe('example-agency');
    expect(closestMatch('fixture-gazete', actors)).toBe('fixture-gazette');
    expect(closestMatch('example-agency-field-ofice', actors)).toBe('example-agency-field-office');
  });

  it('allows at least two edits for short names', () => {
    expect(closestMatch('aft', actors)).toBe('atf');
    expect(closestMatch('atfx', actors)).toBe('atf');
  });

  it('returns nothing when no candidate is close enough', () => {
    expect(closestMatch('zzz-nobody', actors)).toBeUndefined();
    expect(closestMatch('completely-different', actors)).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });

  it('breaks ties alphabetically, whatever the order of candidates', () => {
    expect(closestMatch('dxa', ['dha', 'dea'])).toBe('dea');
    expect(closestMatch('dxa', ['dea', 'dha'])).toBe('dea');
  });

  it('accepts any iterable, such as a Set', () => {
    expect(closestMatch('evnt', new Set(['event', 'statement', 'count']))).toBe('event');
  });
});

describe('didYouMean', () => {
  it('suggests the match or falls back', () => {
    expect(didYouMean('locatr', ['locator', 'source', 'quote'], 'remove it')).toBe('did you mean `locator`?');
    expect(didYouMean('qwerty', ['locator', 'source', 'quote'], 'remove it')).toBe('remove it');
  });
});

describe('editDistance: a swapped pair of neighbouring letters is one edit', () => {
  it('counts transpositions as one', () => {
    expect(editDistance('prg', 'pgr')).toBe(1);
    expect(editDistance('qoute', 'quote')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('summray', 'summary')).toBe(1);
  });

  it('still counts insertions, deletions and substitutions as one each', () => {
    expect(editDistance('prg', 'npr')).toBe(2);
    expect(editDistance('atf', 'atfx')).toBe(1);
    expect(editDistance('example-agncy', 'example-agency')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('prefers the transposed name to one two edits away', () => {
    expect(closestMatch('prg', ['npr', 'pgr'])).toBe('pgr');
    expect(closestMatch('qoute', ['note', 'quote'])).toBe('quote');
  });
});
