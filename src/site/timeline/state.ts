/**
 * The timeline page's state, kept pure so it can be unit-tested and shared between the
 * server-rendered page and the `<timeline-view>` element: filters, grouping, visible window
 * and selection as a query string (`?actor=atf&kind=count&from=2005&to=2012&group=actor
 * &start=2010-01-01&end=2012-01-01&selected=<entry-id>`), the filtering itself, and the rows
 * the layout (`layout.ts`) lays out. Nothing here touches the DOM or vis.
 */
import { parsePartialDate, periodEnd, periodStart } from '../../domain/dates.ts';
import { ENTRY_KINDS, type EntryKind } from '../../domain/entry-kinds.ts';
import type { TimelineData, TimelineEntry } from './data.ts';
import type { LayoutRowInput } from './layout.ts';

export const GROUP_BY = ['topic', 'actor'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
export const DEFAULT_GROUP: GroupBy = 'topic';

export interface TimelineFilters {
  /** An actor id: entries that involve the actor in any role. */
  readonly actor?: string | undefined;
  /** A topic id. */
  readonly topic?: string | undefined;
  readonly kind?: EntryKind | undefined;
  /** Partial dates (`2005`, `2005-03`, `2005-03-01`): entries overlapping `from` to `to`, both inclusive. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface TimelineState extends TimelineFilters {
  readonly group: GroupBy;
  /** The visible window, UTC milliseconds; both or neither. */
  readonly start?: number | undefined;
  readonly end?: number | undefined;
  /** The selected entry's id. */
  readonly selected?: string | undefined;
}

export const DEFAULT_STATE: TimelineState = { group: DEFAULT_GROUP };

/** The ids a state may refer to; anything else in a URL is dropped. */
export interface KnownIds {
  readonly actors: ReadonlySet<string>;
  readonly topics: ReadonlySet<string>;
  readonly entries: ReadonlySet<string>;
}

export function knownIds(data: TimelineData): KnownIds {
  return {
    actors: new Set(data.actors.map((actor) => actor.id)),
    topics: new Set(data.topics.map((topic) => topic.id)),
    entries: new Set(data.entries.map((entry) => entry.id)),
  };
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z$/;

/**
 * An instant from a URL: a partial date (`2010`, `2010-03`, `2010-03-01`, the start of that
 * period, UTC) or an ISO instant in UTC (`2010-03-01T12:00Z`). Undefined when malformed.
 */
export function parseInstant(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const partial = parsePartialDate(text);
  if (partial.ok) return periodStart(partial.date);
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;
  const date = parsePartialDate(`${match[1]}-${match[2]}-${match[3]}`);
  const hours = Number(match[4]);
  const minutes = Number(match[5]);
  const seconds = Number(match[6] ?? 0);
  if (!date.ok || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return periodStart(date.date) + ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

/** `2010-03-01` at midnight UTC, otherwise `2010-03-01T12:30Z` (seconds only when present). */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  if (iso.endsWith(':00.000Z')) return `${iso.slice(0, 16)}Z`;
  return `${iso.slice(0, 19)}Z`;
}

const DAY = 24 * 60 * 60 * 1000;

/** Rounds an instant to the nearest midnight UTC, so shared URLs stay short. */
export function roundToDay(ms: number): number {
  return Math.round(ms / DAY) * DAY;
}

function isPartialDate(text: string | null): text is string {
  return text !== null && parsePartialDate(text).ok;
}

function isKind(text: string | null): text is EntryKind {
  return text !== null && (ENTRY_KINDS as readonly string[]).includes(text);
}

function isGroupBy(text: string | null): text is GroupBy {
  return text !== null && (GROUP_BY as readonly string[]).includes(text);
}

/**
 * Reads the state from a query string. Malformed values are dropped, and so are ids the
 * data does not know when `ids` is given; the window needs both ends, start before end.
 */
export function parseState(search: string | URLSearchParams, ids?: KnownIds): TimelineState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const get = (name: string): string | null => {
    const value = params.get(name)?.trim();
    return value ? value : null;
  };
  const actor = get('actor');
  const topic = get('topic');
  const kind = get('kind');
  const from = get('from');
  const to = get('to');
  const group = get('group');
  const selected = get('selected');
  const start = parseInstant(get('start'));
  const end = parseInstant(get('end'));
  const hasWindow = start !== undefined && end !== undefined && start < end;
  return {
    ...(actor && (!ids || ids.actors.has(actor)) ? { actor } : {}),
    ...(topic && (!ids || ids.topics.has(topic)) ? { topic } : {}),
    ...(isKind(kind) ? { kind } : {}),
    ...(isPartialDate(from) ? { from } : {}),
    ...(isPartialDate(to) ? { to } : {}),
    group: isGroupBy(group) ? group : DEFAULT_GROUP,
    ...(hasWindow ? { start, end } : {}),
    ...(selected && (!ids || ids.entries.has(selected)) ? { selected } : {}),
  };
}

/** The state as a query string (`?…`, or `''` when everything is default), keys in a fixed order. */
export function serialiseState(state: TimelineState): string {
  const params = new URLSearchParams();
  if (state.actor) params.set('actor', state.actor);
  if (state.topic) params.set('topic', state.topic);
  if (state.kind) params.set('kind', state.kind);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.group !== DEFAULT_GROUP) params.set('group', state.group);
  if (state.start !== undefined && state.end !== undefined && state.start < state.end) {
    params.set('start', formatInstant(state.start));
    params.set('end', formatInstant(state.end));
  }
  if (state.selected) params.set('selected', state.selected);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The instants a date filter covers: from the start of `from` to the end of `to` (exclusive). */
export function dateFilterBounds(filters: TimelineFilters): { from?: number; to?: number } {
  const from = filters.from ? parsePartialDate(filters.from) : undefined;
  const to = filters.to ? parsePartialDate(filters.to) : undefined;
  return {
    ...(from?.ok ? { from: periodStart(from.date) } : {}),
    ...(to?.ok ? { to: periodEnd(to.date) } : {}),
  };
}

/** A message when the date filter cannot match anything because it ends before it starts. */
export function dateFilterError(filters: TimelineFilters): string | undefined {
  const { from, to } = dateFilterBounds(filters);
  if (from !== undefined && to !== undefined && from >= to) return `“From” (${filters.from}) is after “To” (${filters.to}).`;
  return undefined;
}

export function hasFilters(filters: TimelineFilters): boolean {
  return Boolean(filters.actor || filters.topic || filters.kind || filters.from || filters.to);
}

export function entryMatches(entry: TimelineEntry, filters: TimelineFilters): boolean {
  if (filters.actor && !entry.actors.includes(filters.actor)) return false;
  if (filters.topic && !entry.topics.includes(filters.topic)) return false;
  if (filters.kind && entry.kind !== filters.kind) return false;
  const { from, to } = dateFilterBounds(filters);
  // An entry matches when its period overlaps the filter's period at all.
  if (from !== undefined && entry.endExclusive <= from) return false;
  if (to !== undefined && entry.start >= to) return false;
  return true;
}

/** The year an entry is listed under in the chronological list (`data-year`). */
export function yearOf(entry: Pick<TimelineEntry, 'date'>): string {
  return String(Number(entry.date.slice(0, 4)));
}

/** Entries by year (oldest first), each year's in the order given: the chronological list's sections. */
export function listByYear<T extends Pick<TimelineEntry, 'date'>>(entries: readonly T[]): [year: string, entries: T[]][] {
  const years = new Map<string, T[]>();
  for (const entry of entries) {
    const year = yearOf(entry);
    const list = years.get(year);
    if (list) list.push(entry);
    else years.set(year, [entry]);
  }
  return [...years].sort(([a], [b]) => Number(a) - Number(b));
}

/** The entries that pass the filters, in their given (chronological) order. */
export function filterEntries(entries: readonly TimelineEntry[], filters: TimelineFilters): TimelineEntry[] {
  return entries.filter((entry) => entryMatches(entry, filters));
}

/** The row for entries without any actor or topic, so that none is ever left out. */
export const NO_GROUP = '__none__';

function rowIdsOf(entry: TimelineEntry, groupBy: GroupBy): readonly string[] {
  const ids = groupBy === 'actor' ? entry.actors : entry.topics;
  return ids.length > 0 ? [...new Set(ids)] : [NO_GROUP];
}

/**
 * The timeline's rows for some entries (in time order), each with its entries: topics in
 * their `order` (as the data lists them), actors by the date of their first entry (then by
 * the name readers know), and only rows that hold an entry. An entry is in every row it
 * belongs to; entries naming an id the data does not list still get a row, after the others.
 */
export function timelineRows(
  data: Pick<TimelineData, 'actors' | 'topics'>,
  entries: readonly TimelineEntry[],
  groupBy: GroupBy,
): LayoutRowInput<TimelineEntry>[] {
  const byRow = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    for (const row of rowIdsOf(entry, groupBy)) {
      const list = byRow.get(row);
      if (list) list.push(entry);
      else byRow.set(row, [entry]);
    }
  }
  const known =
    groupBy === 'actor'
      ? data.actors.map((actor) => ({ id: actor.id, label: actor.shortName ?? actor.name, title: actor.name }))
      : data.topics.map((topic) => ({ id: topic.id, label: topic.title, title: topic.title }));
  const rows: LayoutRowInput<TimelineEntry>[] = known.flatMap((row) => {
    const list = byRow.get(row.id);
    return list ? [{ ...row, entries: list }] : [];
  });
  if (groupBy === 'actor') rows.sort((a, b) => (a.entries[0]?.start ?? 0) - (b.entries[0]?.start ?? 0) || a.label.localeCompare(b.label, 'en'));
  const listed = new Set(known.map((row) => row.id));
  for (const [id, list] of byRow) {
    if (listed.has(id)) continue;
    const label = id === NO_GROUP ? (groupBy === 'actor' ? 'No actor' : 'No topic') : id;
    rows.push({ id, label, title: label, entries: list });
  }
  return rows;
}

export type Step = 'next' | 'previous' | 'first' | 'last';

/**
 * Keyboard traversal, step by step in time through things with an id and a period (entries,
 * or the timeline's boxes). With a current one, the one before or after it (staying put at
 * either end); without one (or when it is gone), `next` starts from the first in the visible
 * window and `previous` from the last.
 */
export function stepEntry<T extends { readonly id: string; readonly start: number; readonly endExclusive: number }>(
  entries: readonly T[],
  currentId: string | undefined,
  step: Step,
  window?: { start: number; end: number },
): T | undefined {
  if (entries.length === 0) return undefined;
  if (step === 'first') return entries[0];
  if (step === 'last') return entries[entries.length - 1];
  const index = currentId === undefined ? -1 : entries.findIndex((entry) => entry.id === currentId);
  if (index !== -1) {
    const target = step === 'next' ? Math.min(index + 1, entries.length - 1) : Math.max(index - 1, 0);
    return entries[target];
  }
  if (step === 'next') {
    const inView = window ? entries.find((entry) => entry.endExclusive > window.start) : undefined;
    return inView ?? entries[0];
  }
  const inView = window ? entries.findLast((entry) => entry.start < window.end) : undefined;
  return inView ?? entries[entries.length - 1];
}

/** The window that shows a period with some room either side (a tenth of its length, at least `minPad`). */
export function paddedWindow(start: number, end: number, minPad = 30 * DAY): { start: number; end: number } {
  const pad = Math.max((end - start) / 10, minPad);
  return { start: start - pad, end: end + pad };
}

/** The period all entries cover: earliest start to latest end. */
export function extentOf(entries: readonly TimelineEntry[]): { start: number; end: number } | undefined {
  if (entries.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const entry of entries) {
    if (entry.start < start) start = entry.start;
    if (entry.endExclusive > end) end = entry.endExclusive;
  }
  return { start, end };
}

/** A kind as a word with a capital ("Statement"): the one label function for kinds in the timeline's text. */
export function kindLabel(kind: EntryKind): string {
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

/** What the live region says about the current entry. */
export function announcement(entry: TimelineEntry, position: number, total: number): string {
  return `${position} of ${total}: ${entry.dateLabel}, ${kindLabel(entry.kind).toLowerCase()}. ${entry.title}. Press Enter to open.`;
}
