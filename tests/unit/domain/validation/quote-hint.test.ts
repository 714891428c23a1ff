import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../../../src/domain/quotes.ts';
import { quoteNotFoundHint } from '../../../../src/domain/validation/quote-hint.ts';

const index = buildQuoteIndex(
  'The agency said it had 500 agents in the country, and 40 more at the border.\n\nIn March the agency said it had 450 agents in the country.',
);

describe('quoteNotFoundHint', () => {
  it('shows what the source has where the quote parts from it', () => {
    expect(quoteNotFoundHint(index, 'The agency said it had 600 agents in the country')).toBe(
      'the text matches up to "…The agency said it had"; there the source has "500 agents in the country,…", the quote "600 agents in the country"',
    );
  });

  it('picks, of several places the matching words occur, the one whose next words are closest', () => {
    expect(quoteNotFoundHint(index, 'agency said it had 451 agents in the country.')).toContain('there the source has "450 agents in the country."');
  });

  it('says when the passage ends where the quote goes on', () => {
    expect(quoteNotFoundHint(index, 'and 40 more at the border. In March')).toContain("there the source's passage ends");
  });

  it('names a quote that cuts a word, with the whole words', () => {
    expect(quoteNotFoundHint(index, 'gents in the country, and')).toBe(
      'a quote may not begin or end inside a word: the source has "agents in the country, and"',
    );
  });

  it('falls back to copying when not even the first word is there', () => {
    expect(quoteNotFoundHint(index, 'Nothing of the kind')).toBe('copy the passage character for character from the source file, or add the passage to it');
  });
});
