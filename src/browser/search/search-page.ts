/**
 * `<search-page>`: the search page (src/pages/search.astro), driven by Pagefind's JS API with no
 * change to Pagefind's files. Pagefind loads when the reader first focuses the field (or the
 * address holds a search); its filter indexes load only when the reader opens "Filters" or the
 * address names filters, since `filters()` fetches them all while a search fetches only those
 * it applies. The query and filters live in the address (`?q=dodson&actor=ATF`), so a search
 * can be shared and survives a reload. Results say what each page is and when (result-view.ts);
 * where the words typed match nothing, "Did you mean …?" offers the closest indexed word
 * (suggest.ts), fetching the site's word list only then.
 *
 * Parts, by `data-*` attribute: `search-form` and `search-input`, `search-summary` and
 * `search-suggestion` (inside a polite status region), `search-filters` (a disclosure) with
 * `filter-pane`, `search-results` and `search-more`. Parts marked `search-control` are hidden in
 * the HTML and shown here, and `[data-search-fallback]` (outside the element) hidden, so that
 * without JavaScript the page offers only what works. Attributes: `data-bundle` (Pagefind's
 * folder), `data-base` (the site's base path), `data-words` (the word list's address).
 */
import { foldWord, type WordList } from '../../site/search-words.ts';
import { checkedFilters, filterGroups, renderFilterPane, updateFilterCounts } from './filter-pane.ts';
import { loadPagefind, type FilterCounts, type PagefindApi, type PagefindResponse, type PagefindResult, type PagefindResultData } from './pagefind-api.ts';
import { describeResult, element, excerptParts, resultItem, summaryText } from './result-view.ts';
import { hasFilters, readSearchState, toPagefindFilters, writeSearchState, type Filters } from './search-state.ts';
import { suggestQuery, unmatchedWords, wordIndex, type WordIndex } from './suggest.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;

/** The words Pagefind matched in a result: those at its match positions, and its metadata fields that matched. */
function matchedWords(result: PagefindResult, data: PagefindResultData): string[] {
  const words = data.content.split(/\s+/);
  const meta = (result.matchedMetaFields ?? []).map((field) => data.meta[field] ?? '');
  return [...data.locations.map((location) => words[location] ?? ''), ...meta];
}

class SearchPage extends HTMLElement {
  #pagefind: Promise<PagefindApi> | undefined;
  #words: Promise<WordIndex> | undefined;
  #allFilters: FilterCounts | undefined;
  #filtersRequested = false;
  /** Incremented by every search; a slower, older one draws nothing. */
  #searchId = 0;
  #response: PagefindResponse | undefined;
  #shown = 0;
  #term = '';
  #filters: Filters = {};

  #part<T extends HTMLElement>(name: string): T {
    const found = this.querySelector<T>(`[data-${name}]`);
    if (!found) throw new Error(`<search-page> is missing its [data-${name}] part`);
    return found;
  }

  connectedCallback(): void {
    const form = this.#part<HTMLFormElement>('search-form');
    const input = this.#part<HTMLInputElement>('search-input');
    const disclosure = this.#part<HTMLDetailsElement>('search-filters');
    const pane = this.#part('filter-pane');
    for (const fallback of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) fallback.hidden = true;
    for (const control of this.querySelectorAll<HTMLElement>('[data-search-control]')) control.hidden = false;

    input.addEventListener('focus', () => void this.#api().catch(() => undefined), { once: true });
    input.addEventListener('input', () => void this.#search(input.value, this.#filters, true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search(input.value, this.#filters, false);
    });
    disclosure.addEventListener('toggle', () => {
      if (disclosure.open) void this.#loadFilters();
    });
    pane.addEventListener('change', () => void this.#search(this.#term, checkedFilters(pane), false));
    this.#part('search-more').addEventListener('click', () => void this.#showMore(this.#searchId, true));
    this.#part('search-suggestion').addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-query]');
      if (!link) return;
      event.preventDefault();
      input.value = link.dataset['query'] ?? '';
      void this.#search(input.value, this.#filters, false);
    });

    const initial = readSearchState(location.search);
    input.value = initial.term;
    this.#term = initial.term;
    this.#filters = initial.filters;
    if (hasFilters(initial.filters)) disclosure.open = true;
    if (initial.term || hasFilters(initial.filters)) void this.#search(initial.term, initial.filters, false);
  }

  #api(): Promise<PagefindApi> {
    this.#pagefind ??= loadPagefind(this.dataset['bundle'] ?? '/pagefind/', this.dataset['base'] ?? '/');
    return this.#pagefind;
  }

  #wordIndex(): Promise<WordIndex> {
    this.#words ??= fetch(this.dataset['words'] ?? '')
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} fetching the word list`);
        return response.json() as Promise<WordList>;
      })
      .then(wordIndex);
    return this.#words;
  }

  async #search(rawTerm: string, filters: Filters, debounced: boolean): Promise<void> {
    const term = rawTerm.trim();
    this.#term = term;
    this.#filters = filters;
    const address = `${location.pathname}${writeSearchState(term, filters)}`;
    if (address !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', address);
    const id = ++this.#searchId;
    const results = this.#part('search-results');
    if (!term && !hasFilters(filters)) {
      this.#response = undefined;
      results.replaceChildren();
      this.#part('search-more').hidden = true;
      this.#part('search-summary').textContent = '';
      this.#part('search-suggestion').hidden = true;
      if (this.#allFilters) updateFilterCounts(this.#part('filter-pane'), filterGroups(this.#allFilters, undefined, filters));
      return;
    }
    let response: PagefindResponse | null;
    try {
      const api = await this.#api();
      const options = { filters: toPagefindFilters(filters) };
      response = debounced ? await api.debouncedSearch(term || null, options, DEBOUNCE_MS) : await api.search(term || null, options);
    } catch (error) {
      if (id === this.#searchId) this.#part('search-summary').textContent = `The search index could not be loaded (${String(error)}).`;
      return;
    }
    if (!response || id !== this.#searchId) return;
    this.#response = response;
    this.#shown = 0;
    results.replaceChildren();
    const drawn = await this.#showMore(id, false);
    if (id !== this.#searchId) return;
    this.#part('search-summary').textContent = summaryText(term, filters, response.results.length);
    await Promise.all([this.#countFilters(id, term, filters, response), this.#suggest(id, term, drawn)]);
  }

  /** Draws the next page of results; returns what it drew. */
  async #showMore(id: number, focusFirst: boolean): Promise<[PagefindResult, PagefindResultData][]> {
    const response = this.#response;
    if (!response) return [];
    const page = response.results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    if (id !== this.#searchId) return [];
    const items = data.map((item) => resultItem(describeResult(item), excerptParts(item.excerpt)));
    this.#part('search-results').append(...items);
    this.#shown += page.length;
    this.#part('search-more').hidden = this.#shown >= response.results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
    return page.map((result, index) => [result, data[index] as PagefindResultData]);
  }

  async #suggest(id: number, term: string, drawn: readonly [PagefindResult, PagefindResultData][]): Promise<void> {
    const suggestion = this.#part('search-suggestion');
    suggestion.hidden = true;
    const unmatched = term
      ? unmatchedWords(
          term,
          drawn.flatMap(([result, data]) => matchedWords(result, data)),
        )
      : [];
    if (unmatched.length === 0) return;
    const index = await this.#wordIndex().catch(() => undefined);
    const corrected = index && suggestQuery(term, unmatched, index);
    if (id !== this.#searchId || !corrected || foldWord(corrected) === foldWord(term)) return;
    const link = element('a', { href: `${location.pathname}${writeSearchState(corrected, this.#filters)}`, 'data-query': corrected }, corrected);
    suggestion.replaceChildren('Did you mean ', link, '?');
    suggestion.hidden = false;
  }

  async #loadFilters(): Promise<void> {
    if (this.#filtersRequested) return;
    this.#filtersRequested = true;
    const pane = this.#part('filter-pane');
    pane.setAttribute('aria-busy', 'true');
    try {
      this.#allFilters = await (await this.#api()).filters();
    } catch (error) {
      pane.textContent = `The filters could not be loaded (${String(error)}).`;
      return;
    } finally {
      pane.removeAttribute('aria-busy');
    }
    renderFilterPane(pane, filterGroups(this.#allFilters, undefined, this.#filters));
    // The last search ran before the filter indexes were there: run it again for its counts.
    if (this.#term || hasFilters(this.#filters)) await this.#search(this.#term, this.#filters, false);
  }

  /**
   * The pane's counts for this search. A filter's values are alternatives (any of them), so
   * the counts of a filter the reader has chosen from come from the search without that
   * filter: how many results each value has under the other filters. Pagefind's own counts
   * add a value to every filter chosen, which is right for the other filters.
   */
  async #countFilters(id: number, term: string, filters: Filters, response: PagefindResponse): Promise<void> {
    if (!this.#allFilters) return;
    const api = await this.#api();
    const counts: FilterCounts = { ...response.filters };
    for (const [name, values] of Object.entries(filters)) {
      if (values.length === 0) continue;
      const others = Object.fromEntries(Object.entries(filters).filter(([other]) => other !== name));
      counts[name] = (await api.search(term || null, { filters: toPagefindFilters(others) })).filters[name] ?? {};
    }
    if (id !== this.#searchId) return;
    updateFilterCounts(this.#part('filter-pane'), filterGroups(this.#allFilters, Object.keys(counts).length > 0 ? counts : undefined, filters));
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
