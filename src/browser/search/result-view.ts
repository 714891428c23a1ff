/**
 * One search result as the site lists entries (EntryListItem.astro): what it is and when (date
 * at its precision, the kind's label, who makes the claim), the linked title, then the excerpt.
 * All of it comes from Pagefind's record of the page (src/site/search-facets.ts wrote the
 * metadata) and is built from text nodes, never from HTML strings: the excerpt's only markup,
 * Pagefind's `<mark>`, becomes `<mark>` elements, and everything else stays text.
 */
import type { PagefindResultData } from './pagefind-api.ts';
import type { Filters } from './search-state.ts';

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Pagefind's excerpt (`a <mark>b</mark> &lt;c&gt;`) as text runs, marked or not. Pagefind marks
 * whole whitespace-separated tokens ("Dodson,", "(Dodson)"): the punctuation around a word is
 * left unmarked, so the highlight covers the word.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
    else parts.push({ text, marked });
  };
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') marked = piece === '<mark>';
    else {
      const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const [, before = '', word = '', after = ''] = marked ? (/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text) ?? []) : ['', '', text, ''];
      push(before, false);
      push(word, marked);
      push(after, false);
    }
  }
  return parts;
}

// Written out, not imported from src/domain/entry-kinds.ts: a module shared with the timeline
// page's script would become a chunk of its own, one more request on both pages.
const ENTRY_KINDS = new Set(['event', 'statement', 'count']);
const PAGE_TYPES: Record<string, string> = { Actor: 'actor', Source: 'source', Topic: 'topic' };

export interface ResultDescription {
  readonly href: string;
  readonly title: string;
  /** The word shown in the kind's style: an entry's kind, or `actor`, `source`, `topic`. */
  readonly kind: string;
  readonly date?: { readonly text: string; readonly datetime?: string };
  /** What else says what the page is: "claimed by …", an actor's or a source's kind, a publisher. */
  readonly details: readonly string[];
}

export function describeResult(data: Pick<PagefindResultData, 'url' | 'meta' | 'filters'>): ResultDescription {
  const { meta } = data;
  const type = data.filters['type']?.[0] ?? '';
  const entryKind = meta['kind'] && ENTRY_KINDS.has(meta['kind']) ? meta['kind'] : undefined;
  const kind = type === 'Entry' ? (entryKind ?? 'entry') : (PAGE_TYPES[type] ?? 'page');
  const claim = meta['claimant'] && `claimed by ${meta['claimant']}${meta['via'] ? `, via ${meta['via']}` : ''}`;
  const details = [claim, meta['category'], meta['publisher'] ?? meta['container'], meta['authors']].filter((detail): detail is string => Boolean(detail));
  return {
    href: data.url,
    title: meta['title'] || data.url,
    kind,
    ...(meta['date'] && { date: { text: meta['date'], ...(meta['datetime'] && { datetime: meta['datetime'] }) } }),
    details,
  };
}

type Child = Node | string | undefined | false;

/** An element with attributes and children (text or elements). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) node.append(child);
  return node;
}

/** `3 March 2011 · EVENT · claimed by …`, the title, the excerpt. */
export function resultItem(result: ResultDescription, excerpt: readonly ExcerptPart[]): HTMLLIElement {
  const line: Child[] = [];
  if (result.date) line.push(element('time', { datetime: result.date.datetime }, result.date.text), ' · ');
  line.push(element('span', { class: `kind kind--${result.kind}` }, result.kind));
  for (const detail of result.details) line.push(' · ', detail);
  return element(
    'li',
    {},
    ...line,
    element('h3', { class: 'entry-title' }, element('a', { href: result.href }, result.title)),
    element('p', { 'data-excerpt': '' }, ...excerpt.map((part) => (part.marked ? element('mark', {}, part.text) : part.text))),
  );
}

/** "35 results for “Dodson” with 1 filter". */
export function summaryText(term: string, filters: Filters, count: number): string {
  const chosen = Object.values(filters).reduce((sum, values) => sum + values.length, 0);
  const results = count === 0 ? 'No results' : `${count.toLocaleString('en')} result${count === 1 ? '' : 's'}`;
  const withFilters = chosen > 0 ? ` with ${chosen} filter${chosen === 1 ? '' : 's'}` : '';
  return term ? `${results} for “${term}”${withFilters}` : `${results}${withFilters}`;
}
