/**
 * The words the search index holds, for the search page's "Did you mean …?": built once per
 * build from the text and metadata Pagefind indexed (src/integrations/pagefind.ts), read by the
 * browser only when a search finds a word nowhere (src/browser/search/suggest.ts). Words are
 * compared folded (lower case, without diacritics), as Pagefind compares them.
 */

/** What Pagefind recorded of one page: the text it indexed and the metadata it searches. */
export interface IndexedPage {
  readonly url: string;
  readonly content: string;
  readonly meta?: Readonly<Record<string, string>>;
}

/** Each word as the pages most often write it, with the number of pages that hold it, most pages first. */
export interface WordList {
  readonly words: readonly (readonly [word: string, pages: number])[];
}

/** Where the list is written, under the site's base path: beside the search page that reads it. */
export const SEARCH_WORDS_PATH = 'search/words.json';

/** Shorter words are too many and too alike to correct a typo into. */
export const MIN_WORD_LENGTH = 3;
/** Metadata that is not words a reader types (`datetime` is an ISO date). */
const UNSEARCHED_META = new Set(['datetime']);

/** Lower case without diacritics: "Peña" and "pena" are one word. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text: runs of letters, inner apostrophes kept ("O'Brien"), a possessive "’s" dropped. */
export function wordsOf(text: string): string[] {
  return (text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).map((word) => word.replace(/['’]s$/iu, ''));
}

export function buildWordList(pages: Iterable<IndexedPage>): WordList {
  const pageCounts = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const page of pages) {
    const texts = [page.content, ...Object.entries(page.meta ?? {}).flatMap(([name, value]) => (UNSEARCHED_META.has(name) ? [] : [value]))];
    const seen = new Set<string>();
    for (const word of texts.flatMap(wordsOf)) {
      const folded = foldWord(word);
      if (folded.length < MIN_WORD_LENGTH) continue;
      const forms = spellings.get(folded) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      spellings.set(folded, forms);
      if (!seen.has(folded)) {
        seen.add(folded);
        pageCounts.set(folded, (pageCounts.get(folded) ?? 0) + 1);
      }
    }
  }
  // A word written in lower case often enough is a common word, capitalised only where it opens a
  // sentence or a title: "agent", not "Agent". A name or an acronym keeps its capitals.
  const byCount = ([a, countA]: [string, number], [b, countB]: [string, number]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0);
  const usual = (forms: Map<string, number>) => {
    const all = [...forms].sort(byCount);
    const lower = all.filter(([form]) => form === form.toLowerCase());
    const count = (list: [string, number][]) => list.reduce((sum, [, n]) => sum + n, 0);
    return (count(lower) * 4 >= count(all) ? lower : all)[0]?.[0] ?? '';
  };
  const words = [...pageCounts].sort(byCount).map(([folded, count]) => [usual(spellings.get(folded) ?? new Map()), count] as const);
  return { words };
}
