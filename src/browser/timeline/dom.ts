/**
 * DOM builders for `<timeline-view>`: the content of vis-timeline's boxes and row labels (from
 * the same description as the static view's links, `src/site/timeline/box-content.ts`) and
 * the details panel. Everything is built from text nodes and attributes, never from HTML
 * strings, so no content can inject markup.
 */
import type { BoxContent } from '../../site/timeline/box-content.ts';
import type { TimelineDetails, TimelineEntry } from '../../site/timeline/data.ts';
import type { ClusterBox } from '../../site/timeline/layout.ts';
import { kindLabel } from '../../site/timeline/state.ts';

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

/**
 * A box as vis-timeline draws it: the static view's link, as a `<span>` (vis's canvas is
 * hidden from assistive technology and handles clicks itself; the keyboard and the live region
 * speak for it). Its range bar, if any, is sized through the CSSOM.
 */
export function boxElement(content: BoxContent, ids: { box: string; entry?: string | undefined }): HTMLElement {
  const box = h(
    'span',
    { class: content.className, title: content.tooltip, 'data-box-id': ids.box, 'data-entry-id': ids.entry },
    content.kind ? h('span', { class: `tl-box__dot tl-shape tl-shape--${content.kind}` }) : h('span', { class: 'tl-box__stack' }),
    h('span', { class: 'tl-box__text' }, content.text),
  );
  if (content.bar !== undefined && content.kind) {
    const bar = h('span', { class: `tl-box__bar tl-bar--${content.kind}` });
    bar.style.width = `${(content.bar * 100).toFixed(3)}%`;
    box.append(bar);
  }
  return box;
}

/** A row's label on its first lane, spanning all of the row's lanes (`lanes` × the lane height). */
export function rowLabelElement(row: { label: string; title: string }, lanes: number): HTMLElement {
  const label = h('span', { class: 'tl-row-label', title: row.title }, row.label);
  label.style.setProperty('--tl-row-lanes', String(lanes));
  return label;
}

function kindBadge(entry: TimelineEntry): HTMLElement {
  return h('span', { class: `kind kind--${entry.kind}` }, entry.kind);
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

/** The details panel for a cluster: what it holds, and its entries as buttons that select them. */
export function clusterDetails(cluster: ClusterBox, entries: readonly TimelineEntry[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(
    h('p', { class: 'timeline-details__meta' }, cluster.description),
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
