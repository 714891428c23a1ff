/**
 * What to tell an editor whose quote is not in the source: where their copy stops matching,
 * and what the archived text has there, so the difference shows without opening the source.
 */
import { includesWholeWords, longestMatchingPrefix, normaliseForComparison, type QuoteIndex } from '../quotes.ts';
import { editDistance } from './suggest.ts';

/** How many words of each side to show after the point where they part. */
const WORDS_SHOWN = 5;

const firstWords = (text: string, count: number): { words: string; more: boolean } => {
  const words = text.split(' ').filter(Boolean);
  return { words: words.slice(0, count).join(' '), more: words.length > count };
};

/** Every place in the passages where `prefix` ends on a word boundary, with the text after it. */
function continuations(index: QuoteIndex, prefix: string): string[] {
  const found: string[] = [];
  for (const passage of index.normalisedPassages) {
    if (!includesWholeWords(passage, prefix)) continue;
    for (let at = passage.indexOf(prefix); at !== -1; at = passage.indexOf(prefix, at + 1)) {
      const after = passage.slice(at + prefix.length);
      // A match that ends inside a word (`open` in `opened`) is not where the texts part.
      if (after !== '' && WORD.test(after[0] as string)) continue;
      found.push(after.trim());
    }
  }
  return found;
}

/** The hint for a quote not found in `index`'s archived text. */
export function quoteNotFoundHint(index: QuoteIndex, quote: string): string {
  const cut = wholeWordsAround(index, normaliseForComparison(quote));
  if (cut !== undefined) return `a quote may not begin or end inside a word: the source has "${cut}"`;
  const prefix = longestMatchingPrefix(index, quote);
  if (prefix === '') return 'copy the passage character for character from the source file, or add the passage to it';
  const matched = `the text matches up to "…${prefix.slice(-40)}"`;
  const quoteRest = firstWords(normaliseForComparison(quote).slice(prefix.length).trim(), WORDS_SHOWN);
  // Of several places the prefix occurs, the one whose next words are closest to the quote's.
  const options = continuations(index, prefix);
  const closest = options.reduce<string | undefined>((best, option) => {
    if (best === undefined) return option;
    const distance = (text: string) => editDistance(firstWords(text, WORDS_SHOWN).words, quoteRest.words);
    return distance(option) < distance(best) ? option : best;
  }, undefined);
  if (closest === undefined) return `${matched}; check what follows`;
  if (closest === '') return `${matched}; there the source's passage ends, and a quote may not run on into the next`;
  const sourceRest = firstWords(closest, WORDS_SHOWN);
  return `${matched}; there the source has "${sourceRest.words}${sourceRest.more ? '…' : ''}", the quote "${quoteRest.words}${quoteRest.more ? '…' : ''}"`;
}

/** The quote widened to whole words, when it occurs in a passage only by cutting a word (`ixture agents`). */
function wholeWordsAround(index: QuoteIndex, needle: string): string | undefined {
  if (needle === '') return undefined;
  for (const passage of index.normalisedPassages) {
    const at = passage.indexOf(needle);
    if (at === -1) continue;
    let start = at;
    let end = at + needle.length;
    while (start > 0 && WORD.test(passage[start - 1] as string)) start--;
    while (end < passage.length && WORD.test(passage[end] as string)) end++;
    return passage.slice(start, end);
  }
  return undefined;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
