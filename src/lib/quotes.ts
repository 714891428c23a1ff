/**
 * Quote checking. A quote must occur in its source's archived text. The comparison forgives
 * only what copying cannot keep stable: runs of whitespace (line breaks, non-breaking spaces)
 * and the style of quote marks (curly or straight). Every other character must match.
 */

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const WHITESPACE = /\s+/g;

/** Canonical form for comparison: NFC, straight quote marks, single spaces, trimmed. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFC')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * Splits archived text into passages at blank lines. A quote must lie within one passage,
 * so that it can never splice together two excerpts that are not contiguous in the document.
 */
export function splitPassages(archivedText: string): string[] {
  return archivedText
    .split(/\r?\n[ \t]*\r?\n/)
    .map((passage) => passage.trim())
    .filter((passage) => passage.length > 0);
}

/** Archived text prepared once for many quote look-ups. */
export interface QuoteIndex {
  readonly passages: readonly string[];
  readonly normalisedPassages: readonly string[];
}

export function buildQuoteIndex(archivedText: string): QuoteIndex {
  const passages = splitPassages(archivedText);
  return { passages, normalisedPassages: passages.map(normaliseForComparison) };
}

/** Index of the passage that contains the quote, or -1. */
export function findQuote(index: QuoteIndex, quote: string): number {
  const needle = normaliseForComparison(quote);
  if (needle.length === 0) return -1;
  return index.normalisedPassages.findIndex((passage) => passage.includes(needle));
}

/**
 * The longest prefix of the quote (in whole words) found in any passage: tells an editor
 * where their copy starts to differ from the archived text.
 */
export function longestMatchingPrefix(index: QuoteIndex, quote: string): string {
  const words = normaliseForComparison(quote).split(' ');
  let low = 0;
  let high = words.length;
  // Containment of prefixes is monotonic, so a binary search over word counts finds the longest.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const prefix = words.slice(0, mid).join(' ');
    if (index.normalisedPassages.some((passage) => passage.includes(prefix))) low = mid;
    else high = mid - 1;
  }
  return words.slice(0, low).join(' ');
}

/** Whether `words` (e.g. a quantity's "more than 60") occur in `text`, under the same normalisation. */
export function containsWords(text: string, words: string): boolean {
  return normaliseForComparison(text).includes(normaliseForComparison(words));
}
