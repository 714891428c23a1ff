/**
 * The part of Pagefind's JS API that the search page uses, typed, and its loading. `pagefind.js`
 * is written into the built site by Pagefind itself (`dist/pagefind/`), so it is imported at run
 * time from the bundle path, never bundled. The API loads only what each call needs: a search
 * fetches the index chunks of its words and the filter indexes of the filters it applies;
 * `filters()` fetches every filter index, which is why the page calls it only when the reader
 * opens the filters or the address names some.
 */

/** Counts of pages by filter value: `{ actor: { ATF: 120 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Pagefind's filter expression as this page builds it: any of the values within a filter, every filter at once. */
export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
}

/** What `data()` returns for a result: the page's record, with the excerpt for this search. */
export interface PagefindResultData {
  readonly url: string;
  /** The page's indexed text, words separated by whitespace. */
  readonly content: string;
  /** About 30 words around the matches, `<mark>`ed; the text's `<` and `>` are escaped, nothing else is markup. */
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** Positions, in `content`'s whitespace-separated words, of the words that matched. */
  readonly locations: readonly number[];
}

export interface PagefindResult {
  readonly id: string;
  /** The metadata fields in which the search's words matched, where any did. */
  readonly matchedMetaFields?: readonly string[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  readonly results: readonly PagefindResult[];
  readonly unfilteredResultCount: number;
  /** For each filter value, how many of this search's results would remain with it applied too. */
  readonly filters: FilterCounts;
  readonly totalFilters: FilterCounts;
}

export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number; excerptEllipsis?: string }): Promise<void>;
  init(): Promise<void>;
  /** A `null` term lists every page that passes the filters. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  /** As `search`, after `ms` without a newer call; `null` when a newer call superseded it. */
  debouncedSearch(term: string | null, options?: PagefindSearchOptions, ms?: number): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** Imports Pagefind from the built site's bundle path (e.g. `/pagefind/`) and starts it. */
export async function loadPagefind(bundlePath: string, baseUrl: string): Promise<PagefindApi> {
  const api = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindApi;
  await api.options({ baseUrl, excerptLength: 30, excerptEllipsis: '…' });
  await api.init();
  return api;
}
