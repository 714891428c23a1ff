/**
 * The site's view of the content: entries in chronological order and every index the pages
 * need (by actor, source, topic; relations both ways; conflicts; neighbours in time),
 * each built once in linear time so that pages never scan the whole collection.
 */
import { findConflicts, groupDisagreements, type Conflict, type Disagreement } from '../domain/conflicts.ts';
import { comparePartialDates, partialDate } from '../domain/dates.ts';
import type { Actor, Entry, Place, Relation, Source, Topic } from '../domain/schema/index.ts';

/** The shape Astro's collections give (`CollectionEntry<'entries'>` and so on). */
export interface Item<T> {
  readonly id: string;
  readonly data: T;
}

export type EntryItem = Item<Entry>;
export type SourceItem = Item<Source>;
export type ActorItem = Item<Actor>;
export type TopicItem = Item<Topic>;
export type PlaceItem = Item<Place>;

export interface IncomingRelation {
  /** The entry that declares the relation. */
  readonly from: string;
  readonly relation: Relation;
}

export interface SiteModel {
  /** Every entry, earliest first. */
  readonly entries: readonly EntryItem[];
  readonly sources: readonly SourceItem[];
  readonly actors: readonly ActorItem[];
  readonly topics: readonly TopicItem[];
  /** Every place, by name. */
  readonly places: readonly PlaceItem[];
  readonly entryById: ReadonlyMap<string, EntryItem>;
  readonly sourceById: ReadonlyMap<string, SourceItem>;
  readonly actorById: ReadonlyMap<string, ActorItem>;
  readonly topicById: ReadonlyMap<string, TopicItem>;
  readonly placeById: ReadonlyMap<string, PlaceItem>;
  /** Entries that involve an actor in any role: listed, claimant, relay, or counted subject. */
  readonly entriesByActor: ReadonlyMap<string, readonly EntryItem[]>;
  readonly entriesBySource: ReadonlyMap<string, readonly EntryItem[]>;
  readonly entriesByTopic: ReadonlyMap<string, readonly EntryItem[]>;
  /** Entries that name a place in their `places`, earliest first. */
  readonly entriesByPlace: ReadonlyMap<string, readonly EntryItem[]>;
  /** The places whose `parent` a place is, by name. */
  readonly childrenByPlace: ReadonlyMap<string, readonly PlaceItem[]>;
  readonly childrenByActor: ReadonlyMap<string, readonly ActorItem[]>;
  /** Relations other entries declare towards an entry. */
  readonly incomingRelations: ReadonlyMap<string, readonly IncomingRelation[]>;
  readonly conflicts: readonly Conflict[];
  readonly conflictsByEntry: ReadonlyMap<string, readonly Conflict[]>;
  /** The conflicts as a reader counts them: each disagreement between the same claims once, contradictions first. */
  readonly disagreements: readonly Disagreement[];
  /** Position of each entry in `entries`, and in each of its topics' lists. */
  readonly chronologicalIndex: ReadonlyMap<string, number>;
}

export function compareEntries(a: EntryItem, b: EntryItem): number {
  return comparePartialDates(partialDate(a.data.date), partialDate(b.data.date)) || a.id.localeCompare(b.id);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Actor ids an entry involves, each once, in a stable order. */
export function actorsOfEntry(entry: Entry): string[] {
  const ids = new Set(entry.actors);
  if (entry.attribution.by.actor) ids.add(entry.attribution.by.actor);
  for (const speaker of entry.attribution.via) if (speaker.actor) ids.add(speaker.actor);
  if (entry.kind === 'count') ids.add(entry.quantity.subject);
  return [...ids];
}

export function buildSiteModel(input: {
  entries: readonly EntryItem[];
  sources: readonly SourceItem[];
  actors: readonly ActorItem[];
  topics: readonly TopicItem[];
  places?: readonly PlaceItem[];
}): SiteModel {
  const entries = [...input.entries].sort(compareEntries);
  const byName = <T extends { id: string }>(items: readonly T[], name: (item: T) => string) =>
    [...items].sort((a, b) => name(a).localeCompare(name(b), 'en') || a.id.localeCompare(b.id));
  const actors = byName(input.actors, (actor) => actor.data.name);
  // Sources in order of publication; undated documents last.
  const sources = [...input.sources].sort((a, b) => {
    if (!a.data.issued || !b.data.issued) return Number(!a.data.issued) - Number(!b.data.issued) || a.id.localeCompare(b.id);
    return comparePartialDates(partialDate(a.data.issued), partialDate(b.data.issued)) || a.id.localeCompare(b.id);
  });
  const places = byName(input.places ?? [], (place) => place.data.name);
  const topics = [...input.topics].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));

  const entriesByActor = new Map<string, EntryItem[]>();
  const entriesBySource = new Map<string, EntryItem[]>();
  const entriesByTopic = new Map<string, EntryItem[]>();
  const entriesByPlace = new Map<string, EntryItem[]>();
  const incomingRelations = new Map<string, IncomingRelation[]>();
  const chronologicalIndex = new Map<string, number>();

  entries.forEach((entry, index) => {
    chronologicalIndex.set(entry.id, index);
    for (const actor of actorsOfEntry(entry.data)) push(entriesByActor, actor, entry);
    for (const source of new Set(entry.data.evidence.map((evidence) => evidence.source))) push(entriesBySource, source, entry);
    for (const topic of entry.data.topics) push(entriesByTopic, topic, entry);
    for (const place of new Set(entry.data.places)) push(entriesByPlace, place, entry);
    for (const link of entry.data.related) push(incomingRelations, link.entry, { from: entry.id, relation: link.relation });
  });

  const childrenByActor = new Map<string, ActorItem[]>();
  for (const actor of actors) if (actor.data.parent) push(childrenByActor, actor.data.parent, actor);
  const childrenByPlace = new Map<string, PlaceItem[]>();
  for (const place of places) if (place.data.parent) push(childrenByPlace, place.data.parent, place);

  const conflicts = findConflicts(entries.map((entry) => ({ ...entry.data, quantity: entry.data.kind === 'count' ? entry.data.quantity : undefined })));
  const conflictsByEntry = new Map<string, Conflict[]>();
  for (const conflict of conflicts) for (const id of conflict.entries) push(conflictsByEntry, id, conflict);

  return {
    entries,
    sources,
    actors,
    topics,
    places,
    entryById: new Map(entries.map((entry) => [entry.id, entry])),
    sourceById: new Map(sources.map((source) => [source.id, source])),
    actorById: new Map(actors.map((actor) => [actor.id, actor])),
    topicById: new Map(topics.map((topic) => [topic.id, topic])),
    placeById: new Map(places.map((place) => [place.id, place])),
    entriesByActor,
    entriesBySource,
    entriesByTopic,
    entriesByPlace,
    childrenByActor,
    childrenByPlace,
    incomingRelations,
    conflicts,
    conflictsByEntry,
    disagreements: groupDisagreements(
      conflicts,
      entries.map((entry) => entry.data),
    ),
    chronologicalIndex,
  };
}

const positions = new WeakMap<readonly EntryItem[], Map<string, number>>();

/** The entries before and after one in a chronological list (positions indexed once per list, not scanned per page). */
export function neighbours(list: readonly EntryItem[], id: string): { previous?: EntryItem; next?: EntryItem } {
  let byId = positions.get(list);
  if (!byId) {
    byId = new Map(list.map((entry, position) => [entry.id, position]));
    positions.set(list, byId);
  }
  const index = byId.get(id) ?? -1;
  if (index === -1) return {};
  const previous = list[index - 1];
  const next = list[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Entries grouped by the year they start in, earliest year first. */
export function groupByYear(entries: readonly EntryItem[]): { year: number; entries: EntryItem[] }[] {
  const groups = new Map<number, EntryItem[]>();
  for (const entry of entries) push(groups, partialDate(entry.data.date).year, entry);
  return [...groups].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, entries: list }));
}
