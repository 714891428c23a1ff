import { describe, expect, it } from 'vitest';
import {
  buildQuoteIndex,
  containsWords,
  findQuote,
  includesWholeWords,
  longestMatchingPrefix,
  normaliseForComparison,
  splitPassages,
} from '../../../src/domain/quotes.ts';

const ARCHIVED = [
  'The Example Agency of Fixtures today opened its first field office in the',
  'fictional town of Testville.',
  '',
  '“We now have 500 fixture agents at work,” the director said.',
  '   ',
  'Staff called the figure inaccurate and the director’s claim illegal.',
].join('\n');

describe('normaliseForComparison', () => {
  it('straightens curly and angled quote marks', () => {
    expect(normaliseForComparison('“a” ‘b’ „c‟ «d» ‚e‛')).toBe(`"a" 'b' "c" "d" 'e'`);
  });

  it('collapses every run of whitespace, including line breaks and no-break spaces, and trims', () => {
    expect(normaliseForComparison('  one\n two\u00A0\u00A0three\tfour  ')).toBe('one two three four');
  });

  it('composes Unicode (NFC) so é typed two ways compares equal', () => {
    expect(normaliseForComparison('Testville\u0301')).toBe('Testvill\u00E9');
    expect(normaliseForComparison('e\u0301')).toBe('\u00E9');
  });

  it('keeps every other character, such as dashes and ellipses', () => {
    expect(normaliseForComparison('a — b… c-d')).toBe('a — b… c-d');
  });
});

describe('splitPassages', () => {
  it('splits at blank lines (even with spaces on them) and trims', () => {
    expect(splitPassages(ARCHIVED)).toHaveLength(3);
    expect(splitPassages('one\r\n\r\ntwo')).toEqual(['one', 'two']);
    expect(splitPassages('\n\n  only  \n\n')).toEqual(['only']);
    expect(splitPassages('')).toEqual([]);
  });
});

describe('findQuote', () => {
  const index = buildQuoteIndex(ARCHIVED);

  it('finds a quote across a line break within one passage', () => {
    expect(findQuote(index, 'opened its first field office in the fictional town of Testville.')).toBe(0);
  });

  it('forgives quote-mark style but nothing else', () => {
    expect(findQuote(index, '"We now have 500 fixture agents at work," the director said.')).toBe(1);
    expect(findQuote(index, "the director's claim illegal")).toBe(2);
    expect(findQuote(index, 'We now have 50 fixture agents')).toBe(-1);
    expect(findQuote(index, 'we now have 500 fixture agents')).toBe(-1);
  });

  it('refuses a quote that splices two passages', () => {
    expect(findQuote(index, 'town of Testville. “We now have')).toBe(-1);
  });

  it('refuses a quote that starts or ends inside a word', () => {
    expect(findQuote(index, 'accurate and the director')).toBe(-1);
    expect(findQuote(index, 'legal.')).toBe(-1);
    expect(findQuote(index, 'Staff called the figure inaccura')).toBe(-1);
    expect(findQuote(index, 'inaccurate and the director’s claim illegal.')).toBe(2);
  });

  it('never matches an empty or blank quote', () => {
    expect(findQuote(index, '')).toBe(-1);
    expect(findQuote(index, ' \n ')).toBe(-1);
  });
});

describe('longestMatchingPrefix', () => {
  const index = buildQuoteIndex(ARCHIVED);

  it('returns the whole words that match before the copy differs', () => {
    expect(longestMatchingPrefix(index, 'The Example Agency of Fixtures today closed its office')).toBe('The Example Agency of Fixtures today');
    expect(longestMatchingPrefix(index, '“We now have 500 fixture agents at home,”')).toBe('"We now have 500 fixture agents at');
  });

  it('returns nothing when not even the first word matches', () => {
    expect(longestMatchingPrefix(index, 'Nothing like this')).toBe('');
    expect(longestMatchingPrefix(index, 'xample Agency')).toBe('');
  });

  it('returns the whole quote when it matches', () => {
    expect(longestMatchingPrefix(index, 'fictional town of Testville.')).toBe('fictional town of Testville.');
  });
});

describe('containsWords', () => {
  const quote = 'We now have 1500 fixture agents, more than 60 of them in Testville, about 500 on loan.';

  it('finds stated words under the same normalisation', () => {
    expect(containsWords(quote, 'more than 60')).toBe(true);
    expect(containsWords(quote, 'more  than\n60')).toBe(true);
    expect(containsWords('“several hundred” agents', '"several hundred"')).toBe(true);
  });

  it('does not find a number inside a longer number', () => {
    expect(containsWords(quote, '500')).toBe(true);
    expect(containsWords('We now have 1500 fixture agents', '500')).toBe(false);
    expect(containsWords(quote, 'about 50')).toBe(false);
    expect(containsWords(quote, '150')).toBe(false);
  });

  it('does not find words that are not there', () => {
    expect(containsWords(quote, 'fewer than 60')).toBe(false);
  });
});

describe('includesWholeWords', () => {
  it('checks word boundaries only where the needle starts or ends with a letter or digit', () => {
    expect(includesWholeWords('costs $500.', '$500')).toBe(true);
    expect(includesWholeWords('costs US$500.', '$500')).toBe(true);
    expect(includesWholeWords('a (b) c', '(b)')).toBe(true);
    expect(includesWholeWords('año', 'a')).toBe(false);
    expect(includesWholeWords('ab a', 'a')).toBe(true);
    expect(includesWholeWords('anything', '')).toBe(false);
  });
});
