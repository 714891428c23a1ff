/**
 * Keeps the search page's query and filters in the URL (`/search/?q=dodson&actor=ATF`), so a
 * search can be shared, cited and restored on reload. Pagefind's Component UI does the
 * searching and drawing; this only reads and writes the address.
 */

import { readSearchState, writeSearchState, type Filters } from './search-state.ts';

interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  /** Added by src/third-party/pagefind/component-ui-patches.ts: loads every filter's index and fills the filter pane. */
  loadFilters(): Promise<void>;
  readonly searchTerm: string;
  readonly searchFilters: Filters;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
}

function whenComponentsReady(callback: (components: PagefindComponents) => void): void {
  const existing = (window as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  if (existing) return callback(existing);
  window.addEventListener('load', () => {
    const loaded = (window as { PagefindComponents?: PagefindComponents }).PagefindComponents;
    if (loaded) callback(loaded);
  });
}

whenComponentsReady((components) => {
  for (const fallback of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) fallback.hidden = true;
  const instance = components.getInstanceManager().getInstance('default');
  const initial = readSearchState(location.search);
  instance.on('search', (term, filters) => {
    const next = `${location.pathname}${writeSearchState(term, filters)}`;
    if (next !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', next);
  });
  if (initial.term || Object.keys(initial.filters).length > 0) {
    instance.triggerSearchWithFilters(initial.term, initial.filters);
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.value = initial.term;
  }
  showFiltersWhenOpened(instance, Object.keys(initial.filters).length > 0);
});

/**
 * The filter pane's indexes load when the reader opens it (at once when the address names
 * filters, which the pane must show). The search then runs again, so that the pane counts
 * what the current results hold rather than the whole site.
 */
function showFiltersWhenOpened(instance: PagefindInstance, openNow: boolean): void {
  const panel = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (!panel) return;
  let loaded = false;
  const load = async () => {
    if (loaded) return;
    loaded = true;
    await instance.loadFilters();
    if (instance.searchTerm) instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
  };
  panel.addEventListener('toggle', () => {
    if (panel.open) void load();
  });
  if (openNow) panel.open = true;
}
