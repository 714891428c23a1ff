/** The search page's query and filters as a URL query string: `?q=dodson&actor=ATF`, and as Pagefind filters. */
import type { PagefindFilters } from './pagefind-api.ts';

export type Filters = Record<string, string[]>;

const QUERY_PARAM = 'q';

/** `?q=dodson&actor=ATF&actor=DEA` → the term and filters. */
export function readSearchState(search: string): { term: string; filters: Filters } {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const [name, value] of params) {
    if (name === QUERY_PARAM || value === '') continue;
    (filters[name] ??= []).push(value);
  }
  return { term: params.get(QUERY_PARAM) ?? '', filters };
}

export function writeSearchState(term: string, filters: Filters): string {
  const params = new URLSearchParams();
  if (term) params.set(QUERY_PARAM, term);
  for (const name of Object.keys(filters).sort()) for (const value of filters[name] ?? []) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}

/** Pages with any of the checked values of a filter, and passing every filter that has some checked. */
export function toPagefindFilters(filters: Filters): PagefindFilters {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: [...values] }]),
  );
}
