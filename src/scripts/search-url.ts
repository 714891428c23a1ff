/**
 * Keeps the search page's query and filters in the URL (`/search/?q=dodson&actor=ATF`), so a
 * search can be shared, cited and restored on reload. Pagefind's Component UI does the
 * searching and drawing; this only reads and writes the address.
 */

import { readSearchState, writeSearchState, type Filters } from '../lib/site/search-state.ts';

interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
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
});
