/**
 * DOM builders for `<timeline-view>`: item and row labels for vis-timeline and the details
 * panel. Everything is built from text nodes and attributes, never from HTML strings, so no
 * content can inject markup whatever vis's own XSS filter does.
 */
import type { TimelineDetails, TimelineEntry } from '../../site/timeline/data.ts';
import { kindLabel, type TimelineGroupInput, type TimelineItemInput } from '../../site/timeline/state.ts';

type Child = Node | string | null | undefined | false;

/** `h('a', { href: '/x/', class: 'y' }, 'text')`: an element with attributes and text or element children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** The label of one item on the canvas: its title (shortened by CSS), the full text as tooltip. */
export function itemContent(item: TimelineItemInput): HTMLElement {
  return h(
    'span',
    { class: 'tl-label', 'data-entry-id': item.entryId, title: `${item.dateLabel} · ${kindLabel(item.kind)}: ${item.label}` },
    item.type === 'range' ? h('span', { class: `tl-shape tl-shape--${item.kind}`, 'aria-hidden': 'true' }) : null,
    h('span', { class: 'tl-label__text' }, item.label),
  );
}

export function groupContent(group: TimelineGroupInput): HTMLElement {
  return h('span', { class: 'tl-group', title: group.title }, group.label);
}

function kindBadge(entry: TimelineEntry): HTMLElement {
  return h('span', { class: `kind kind--${entry.kind}` }, kindLabel(entry.kind));
}

/** The summary, quote and source of the details panel, or why they are not there yet. */
export type DetailsText = TimelineDetails | 'loading' | 'unavailable';

/** The details panel for one entry: kind, date, linked title, summary, quote, source, conflicts. */
export function entryDetails(entry: TimelineEntry, byId: ReadonlyMap<string, TimelineEntry>, text: DetailsText): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(
    h('p', { class: 'timeline-details__meta' }, kindBadge(entry), ' ', h('time', { datetime: entry.date }, entry.dateLabel)),
    h('h3', { class: 'timeline-details__title' }, h('a', { href: entry.url }, entry.title)),
  );
  if (text === 'loading') fragment.append(h('p', { class: 'muted' }, 'Loading its summary and quote…'));
  else if (text === 'unavailable') fragment.append(h('p', { class: 'muted' }, 'Its summary and quote could not be loaded: the entry page has them.'));
  else {
    fragment.append(h('p', { class: 'timeline-details__summary' }, text.summary));
    if (text.quote) fragment.append(h('blockquote', { class: 'quote' }, h('p', {}, text.quote)));
    if (text.source) {
      fragment.append(h('p', { class: 'timeline-details__source' }, 'Source: ', h('a', { href: text.source.url }, text.source.title)));
    }
  }
  const conflicts = entry.conflicts.map((id) => byId.get(id)).filter((other) => other !== undefined);
  if (conflicts.length > 0) {
    fragment.append(
      h('p', { class: 'timeline-details__conflicts' }, 'Disagrees with:'),
      h('ul', {}, ...conflicts.map((other) => h('li', {}, h('a', { href: other.url }, other.title)))),
    );
  }
  fragment.append(h('p', { class: 'timeline-details__open' }, h('a', { href: entry.url }, 'Open the entry page')));
  return fragment;
}

/** The details panel for a cluster: its entries as buttons that select them. */
export function clusterDetails(entries: readonly TimelineEntry[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const first = entries[0];
  const last = entries[entries.length - 1];
  const span = first && last && first.dateLabel !== last.dateLabel ? `${first.dateLabel} to ${last.dateLabel}` : (first?.dateLabel ?? '');
  fragment.append(
    h('p', { class: 'timeline-details__meta' }, `${entries.length} entries, ${span}`),
    h(
      'ul',
      { class: 'timeline-cluster-list' },
      ...entries.map((entry) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', 'data-select-entry': entry.id },
            h('span', { class: `tl-shape tl-shape--${entry.kind}`, 'aria-hidden': 'true' }),
            h('span', { class: 'visually-hidden' }, `${kindLabel(entry.kind)}, `),
            h('span', { class: 'timeline-cluster-list__date' }, entry.dateLabel),
            ' ',
            entry.title,
          ),
        ),
      ),
    ),
  );
  return fragment;
}

export function emptyDetails(): HTMLElement {
  return h('p', { class: 'muted' }, 'Select an item on the timeline to see its summary, quote and source here.');
}
