/**
 * The filter pane: one disclosure per filter (kind, actor, topic, year, publisher, type of page)
 * with a checkbox per value and how many results it holds. Drawn from `pagefind.filters()` the
 * first time the reader opens the filters, then given each search's counts.
 */
import { element } from './result-view.ts';
import type { FilterCounts } from './pagefind-api.ts';
import type { Filters } from './search-state.ts';

/** The filters in the order the pane shows them, with their labels. */
export const FILTER_LABELS: Readonly<Record<string, string>> = {
  kind: 'Kind',
  actor: 'Actor',
  topic: 'Topic',
  year: 'Year',
  publisher: 'Publisher',
  type: 'Type of page',
};
/** Values with an order of their own; the rest are sorted alphabetically (years by number, undated last). */
const ORDERS: Readonly<Record<string, readonly string[]>> = {
  kind: ['event', 'statement', 'count'],
  type: ['Entry', 'Actor', 'Source', 'Topic'],
};

export interface FilterValue {
  readonly value: string;
  readonly count: number;
  readonly checked: boolean;
}
export interface FilterGroup {
  readonly name: string;
  readonly label: string;
  readonly values: readonly FilterValue[];
}

function compareValues(name: string): (a: string, b: string) => number {
  const order = ORDERS[name];
  if (order) return (a, b) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1) || a.localeCompare(b, 'en');
  if (name === 'year') return (a, b) => (Number(a) || Infinity) - (Number(b) || Infinity) || a.localeCompare(b, 'en');
  return (a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' });
}

/**
 * The pane's groups: every value the site has (`all`), counted in the current results where a
 * search gave counts, checked where the address or the reader chose it.
 */
export function filterGroups(all: FilterCounts, counts: FilterCounts | undefined, selected: Filters): FilterGroup[] {
  const names = [
    ...Object.keys(FILTER_LABELS).filter((name) => name in all),
    ...Object.keys(all)
      .filter((name) => !(name in FILTER_LABELS))
      .sort(),
  ];
  return names.map((name) => {
    const values = new Set([...Object.keys(all[name] ?? {}), ...(selected[name] ?? [])]);
    return {
      name,
      label: FILTER_LABELS[name] ?? name,
      values: [...values].sort(compareValues(name)).map((value) => ({
        value,
        count: (counts?.[name] ?? all[name])?.[value] ?? 0,
        checked: selected[name]?.includes(value) ?? false,
      })),
    };
  });
}

/** The checked values, by filter, in the pane's order. */
export function checkedFilters(pane: ParentNode): Filters {
  const filters: Filters = {};
  for (const box of pane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (filters[box.name] ??= []).push(box.value);
  return filters;
}

/** A value neither chosen nor in any result adds nothing: it is listed only while it could. */
const offered = (value: FilterValue) => value.checked || value.count > 0;

export function renderFilterPane(pane: HTMLElement, groups: readonly FilterGroup[]): void {
  pane.replaceChildren(
    ...groups.map((group) => {
      const chosen = group.values.filter((value) => value.checked).length;
      const disclosure = element(
        'details',
        { 'data-filter-name': group.name, ...(!group.values.some(offered) && { hidden: '' }) },
        element('summary', {}, group.label, chosen > 0 ? element('span', { class: 'muted' }, ` (${chosen} chosen)`) : undefined),
        element(
          'fieldset',
          {},
          element('legend', { class: 'visually-hidden' }, group.label),
          ...group.values.map((value) =>
            element(
              'label',
              offered(value) ? {} : { hidden: '' },
              element('input', { type: 'checkbox', name: group.name, value: value.value, ...(value.checked && { checked: '' }) }),
              element('span', {}, `${value.value} `, element('span', { class: 'muted', 'data-filter-count': '' }, `(${value.count})`)),
            ),
          ),
        ),
      );
      disclosure.open = chosen > 0;
      return disclosure;
    }),
  );
}

/** Updates the counts after a search, and which values are offered, leaving what the reader opened and checked as it is. */
export function updateFilterCounts(pane: HTMLElement, groups: readonly FilterGroup[]): void {
  const values = new Map(groups.flatMap((group) => group.values.map((value) => [`${group.name}\n${value.value}`, value] as const)));
  for (const box of pane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const value = values.get(`${box.name}\n${box.value}`) ?? { value: box.value, count: 0, checked: box.checked };
    const label = box.closest('label');
    const count = label?.querySelector('[data-filter-count]');
    if (count) count.textContent = `(${value.count})`;
    if (label) label.hidden = !offered({ ...value, checked: box.checked });
  }
  for (const disclosure of pane.querySelectorAll<HTMLDetailsElement>('details[data-filter-name]'))
    disclosure.hidden = disclosure.querySelector('label:not([hidden])') === null;
}
