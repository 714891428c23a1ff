/**
 * Quote checking. A quote must occur in its source's archived text. The comparison forgives
 * only what copying cannot keep stable: runs of whitespace (line breaks, non-breaking spaces)
 * and the style of quote marks (curly or straight). Every other character must match.
 */

const DOUBLE_QUOTE_MARKS = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB';
const SINGLE_QUOTE_MARKS = '\u2018\u2019\u201A\u201B\u2032';
const DOUBLE_QUOTES = new RegExp(`[${DOUBLE_QUOTE_MARKS}]`, 'g');
const SINGLE_QUOTES = new RegExp(`[${SINGLE_QUOTE_MARKS}]`, 'g');
const WHITESPACE = /\s+/g;

/** Canonical form for comparison: NFC, straight quote marks, single spaces, trimmed. */
export function normaliseForComparison(text: string): string {
  return text.normalize('NFC').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(WHITESPACE, ' ').trim();
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

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether `needle` occurs in `haystack` without cutting a word in two: "500" is not found in
 * "1500", nor "legal" in "illegal". Both texts are already normalised.
 */
export function includesWholeWords(haystack: string, needle: string): boolean {
  if (needle.length === 0) return false;
  const checkStart = WORD_CHARACTER.test(needle[0] as string);
  const checkEnd = WORD_CHARACTER.test(needle[needle.length - 1] as string);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (checkStart && before !== undefined && WORD_CHARACTER.test(before)) continue;
    if (checkEnd && after !== undefined && WORD_CHARACTER.test(after)) continue;
    return true;
  }
  return false;
}

/** Index of the passage that contains the quote, or -1. */
export function findQuote(index: QuoteIndex, quote: string): number {
  const needle = normaliseForComparison(quote);
  if (needle.length === 0) return -1;
  return index.normalisedPassages.findIndex((passage) => includesWholeWords(passage, needle));
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
    if (index.normalisedPassages.some((passage) => includesWholeWords(passage, prefix))) low = mid;
    else high = mid - 1;
  }
  return words.slice(0, low).join(' ');
}

/** Whether `words` (e.g. a quantity's "more than 60") occur in `text` as whole words, under the same normalisation. */
export function containsWords(text: string, words: string): boolean {
  return includesWholeWords(normaliseForComparison(text), normaliseForComparison(words));
}

/** An offset range in a passage's own text: `start` inclusive, `end` exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Each curly or angled quote mark and the straight mark it compares as. */
const STRAIGHT_QUOTE_MARK = new Map<string, string>([
  ...[...DOUBLE_QUOTE_MARKS].map((mark): [string, string] => [mark, '"']),
  ...[...SINGLE_QUOTE_MARKS].map((mark): [string, string] => [mark, "'"]),
]);
const SPACE = /\s/;

/**
 * Prepares a passage for locating quotes in it, under the same normalisation as `findQuote`:
 * the passage is normalised once, recording for each normalised character its offset in the
 * passage, and each look-up returns where the first occurrence of the quote lies in the
 * passage's own text (used to highlight quoted passages on source pages).
 */
export function quoteLocator(passage: string): (quote: string) => TextRange | undefined {
  const { text, offsets } = normaliseWithOffsets(passage.normalize('NFC'));
  return (quote) => {
    const needle = normaliseForComparison(quote);
    if (needle.length === 0) return undefined;
    const index = text.indexOf(needle);
    if (index === -1) return undefined;
    return { start: offsets[index] as number, end: (offsets[index + needle.length - 1] as number) + 1 };
  };
}

/** `normaliseForComparison` that also records, for each output character, its offset in the input. */
function normaliseWithOffsets(input: string): { text: string; offsets: number[] } {
  const characters: string[] = [];
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const char = input[i] as string;
    if (SPACE.test(char)) {
      if (characters.length > 0 && pendingSpace === -1) pendingSpace = i;
      continue;
    }
    if (pendingSpace !== -1) {
      characters.push(' ');
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    characters.push(STRAIGHT_QUOTE_MARK.get(char) ?? char);
    offsets.push(i);
  }
  return { text: characters.join(''), offsets };
}
