/**
 * "Did you mean Dodson?" for a search whose words Pagefind found nowhere. Pagefind has no typo
 * tolerance: "Dodsen" matches pages by the "do" it begins with, so it returns hits that hold
 * none of the words typed. A word is taken as found when Pagefind matched it in the drawn
 * results, or a longer form of it, or the word without an ending ("agents" finds "agent");
 * only otherwise is the site's word list (src/site/search-words.ts) fetched. A word that the
 * list holds, or begins, is no typo; for any other, the closest word in the list within a few
 * edits is offered, the one on more pages on a tie.
 */
import { foldWord, wordsOf, type WordList } from '../../site/search-words.ts';

/** Shorter words are left alone: one edit away from too many others. */
const MIN_TYPO_LENGTH = 4;

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, and transpositions
 * of neighbours, each one edit), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, (beforePrevious[j - 2] as number) + 1);
      current[j] = distance;
      rowMinimum = Math.min(rowMinimum, distance);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit + 1);
}

/** How many edits a typo of this length may have: one up to 4 letters, two up to 8, then three. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** The words of a query a reader may have mistyped, folded. */
export function queryWords(query: string): string[] {
  return [...new Set(wordsOf(query).map(foldWord))].filter((word) => word.length >= MIN_TYPO_LENGTH);
}

/** Endings by which a word Pagefind matched may differ from the word typed, its stemmer having joined them. */
const INFLECTIONS = new Set(['s', 'es', 'ed', 'd', 'er', 'ers', 'ing', 'ings', 'ion', 'ions', 'ly']);

/** Whether `matched` (a word Pagefind matched) is the typed `word`, a longer form of it, or the word without an inflection. */
export function standsFor(word: string, matched: string): boolean {
  return matched.startsWith(word) || (word.startsWith(matched) && INFLECTIONS.has(word.slice(matched.length)));
}

/** The query's words that none of the matched words (from the drawn results) stands for. */
export function unmatchedWords(query: string, matchedWords: Iterable<string>): string[] {
  const matched = [...new Set([...matchedWords].flatMap(wordsOf).map(foldWord))];
  return queryWords(query).filter((word) => !matched.some((candidate) => standsFor(word, candidate)));
}

/** The site's words, folded for comparison, each with its usual spelling and the pages that hold it. */
export interface WordIndex {
  readonly folded: readonly string[];
  readonly spelling: ReadonlyMap<string, string>;
  readonly pages: ReadonlyMap<string, number>;
}

export function wordIndex(list: WordList): WordIndex {
  const spelling = new Map<string, string>();
  const pages = new Map<string, number>();
  for (const [word, count] of list.words) {
    const folded = foldWord(word);
    if (spelling.has(folded)) continue;
    spelling.set(folded, word);
    pages.set(folded, count);
  }
  return { folded: [...spelling.keys()], spelling, pages };
}

/** The closest indexed word to a word found nowhere, or undefined when the index holds it (or a longer form) or nothing is close. */
export function closestWord(word: string, index: WordIndex): string | undefined {
  if (index.folded.some((candidate) => candidate.startsWith(word))) return undefined;
  const limit = allowedEdits(word.length);
  let best: { word: string; distance: number; pages: number } | undefined;
  for (const candidate of index.folded) {
    const distance = editDistance(word, candidate, best ? Math.min(best.distance, limit) : limit);
    if (distance > limit) continue;
    const pages = index.pages.get(candidate) ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && pages > best.pages)) best = { word: candidate, distance, pages };
  }
  return best && index.spelling.get(best.word);
}

/**
 * The query with each unmatched word replaced by its closest indexed word, the rest as typed;
 * undefined when there is nothing to correct.
 */
export function suggestQuery(query: string, unmatched: readonly string[], index: WordIndex): string | undefined {
  const corrections = new Map(
    unmatched.flatMap((word) => {
      const closest = closestWord(word, index);
      return closest ? [[word, closest] as const] : [];
    }),
  );
  if (corrections.size === 0) return undefined;
  return query
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\p{L}+(?:['’]\p{L}+)*/gu, (token) => {
      const possessive = /['’]s$/iu.exec(token)?.[0] ?? '';
      const correction = corrections.get(foldWord(token.slice(0, token.length - possessive.length)));
      return correction ? `${correction}${possessive}` : token;
    });
}
