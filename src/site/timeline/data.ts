/**
 * The data the `<timeline-view>` element draws, in two files so that the first render waits
 * only for what it needs:
 * - `/timeline.json` (`TimelineIndex`): per entry what the canvas, the filters and the keyboard
 *   use (id, title, kind, dates, actors, topics, conflicts), plus the actors, topics and kinds;
 * - `/timeline-details.json` (`TimelineDetailsFile`): per entry what the details panel shows
 *   (summary, first quote, its source), fetched once the canvas is drawn.
 * Both hold plain text only: the element builds every label from text nodes, never from HTML
 * strings. What can be derived (URLs, instants, date labels) is derived on both sides by
 * `expandTimelineEntry`, so the page's list and the element agree.
 */
import { formatDateRange, partialDate, periodEnd, periodStart } from '../../domain/dates.ts';
import { ENTRY_KINDS, type EntryKind } from '../../domain/entry-kinds.ts';
import { actorsOfEntry, type SiteModel } from '../model.ts';
import { pagePath } from '../urls.ts';

/** One entry of `/timeline.json`. */
export interface TimelineIndexEntry {
  readonly id: string;
  readonly title: string;
  readonly kind: EntryKind;
  /** The date as written (`2011-03`), and the end of a period when the entry has one. */
  readonly date: string;
  readonly end?: string;
  /** Present (true) when the date is approximate. */
  readonly circa?: true;
  readonly actors: readonly string[];
  readonly topics: readonly string[];
  /** Ids of entries this one is in conflict with; absent when there are none. */
  readonly conflicts?: readonly string[];
}

/** `/timeline.json`. */
export interface TimelineIndex {
  readonly entries: readonly TimelineIndexEntry[];
  readonly actors: readonly { id: string; name: string; shortName?: string }[];
  readonly topics: readonly { id: string; title: string }[];
  readonly kinds: readonly EntryKind[];
}

/** An entry as the element and the list use it: the index entry and what follows from it. */
export interface TimelineEntry extends Omit<TimelineIndexEntry, 'conflicts'> {
  readonly url: string;
  /** The date in words ("March 2011", "circa 2011", "March 2011 to May 2012"). */
  readonly dateLabel: string;
  /**
   * The start of the period and its end (exclusive), as UTC milliseconds since the epoch: numbers,
   * so that filtering, the extent and vis-timeline (which takes numbers as they are) need no
   * date parsing for thousands of entries.
   */
  readonly start: number;
  readonly endExclusive: number;
  /** Whether the entry is drawn as a range (it has an `end`) rather than a point. */
  readonly isRange: boolean;
  readonly conflicts: readonly string[];
}

export interface TimelineData extends Omit<TimelineIndex, 'entries'> {
  readonly entries: readonly TimelineEntry[];
}

/** `/timeline-details.json`: per entry id its summary, first quote, that quote's source id and its place ids; source titles and place names by id. */
export interface TimelineDetailsFile {
  readonly entries: Readonly<
    Record<string, { readonly summary: string; readonly quote?: string; readonly source?: string; readonly places?: readonly string[] }>
  >;
  readonly sources: Readonly<Record<string, string>>;
  /** Names of the places entries name, by id; absent when none does. */
  readonly places?: Readonly<Record<string, string>>;
}

/** What the details panel shows of one entry. */
export interface TimelineDetails {
  readonly summary: string;
  readonly quote: string;
  readonly source?: { readonly id: string; readonly title: string; readonly url: string };
  /** The places the entry names, with their pages. */
  readonly places: readonly { readonly id: string; readonly name: string; readonly url: string }[];
}

export function expandTimelineEntry(entry: TimelineIndexEntry, base: string): TimelineEntry {
  const start = partialDate(entry.date);
  const end = entry.end ? partialDate(entry.end) : undefined;
  return {
    ...entry,
    url: pagePath(base, 'entries', entry.id),
    dateLabel: formatDateRange(start, end, { circa: entry.circa === true }),
    start: periodStart(start),
    endExclusive: periodEnd(end ?? start),
    isRange: end !== undefined,
    conflicts: entry.conflicts ?? [],
  };
}

export function expandTimelineIndex(index: TimelineIndex, base: string): TimelineData {
  return { ...index, entries: index.entries.map((entry) => expandTimelineEntry(entry, base)) };
}

export function detailsOf(file: TimelineDetailsFile, id: string, base: string): TimelineDetails | undefined {
  const details = file.entries[id];
  if (!details) return undefined;
  const source = details.source;
  return {
    summary: details.summary,
    quote: details.quote ?? '',
    places: (details.places ?? []).map((place) => ({ id: place, name: file.places?.[place] ?? place, url: pagePath(base, 'places', place) })),
    ...(source ? { source: { id: source, title: file.sources[source] ?? source, url: pagePath(base, 'sources', source) } } : {}),
  };
}

/** The name readers know an actor by: its short name where it has one ("ATF"). */
export function knownName(actor: { readonly name: string; readonly shortName?: string | undefined }): string {
  return actor.shortName ?? actor.name;
}

/** An actor as the filter lists it: "ATF (Bureau of Alcohol, Tobacco, Firearms and Explosives)", or its name alone. */
export function actorOptionLabel(actor: { readonly name: string; readonly shortName?: string | undefined }): string {
  return actor.shortName && actor.shortName !== actor.name ? `${actor.shortName} (${actor.name})` : actor.name;
}

export interface TimelineFiles {
  readonly index: TimelineIndex;
  readonly details: TimelineDetailsFile;
}

/** Per site model: the timeline page and both JSON files ask for these, so they are built once. */
const builtFiles = new WeakMap<SiteModel, TimelineFiles>();

export function buildTimelineFiles(model: SiteModel): TimelineFiles {
  let files = builtFiles.get(model);
  if (!files) {
    files = timelineFilesOf(model);
    builtFiles.set(model, files);
  }
  return files;
}

function timelineFilesOf(model: SiteModel): TimelineFiles {
  const detailsById: Record<string, TimelineDetailsFile['entries'][string]> = {};
  const sources: Record<string, string> = {};
  const places: Record<string, string> = {};
  const entries = model.entries.map((entry): TimelineIndexEntry => {
    const { data } = entry;
    const evidence = data.evidence[0];
    const source = evidence ? model.sourceById.get(evidence.source) : undefined;
    if (evidence && source) sources[evidence.source] = source.data.title;
    for (const place of data.places) places[place] = model.placeById.get(place)?.data.name ?? place;
    detailsById[entry.id] = {
      summary: data.summary,
      ...(evidence ? { quote: evidence.quote, source: evidence.source } : {}),
      ...(data.places.length > 0 ? { places: data.places } : {}),
    };
    const conflicts = (model.conflictsByEntry.get(entry.id) ?? []).map((conflict) => conflict.entries.find((id) => id !== entry.id) ?? entry.id);
    return {
      id: entry.id,
      title: data.title,
      kind: data.kind,
      date: data.date,
      ...(data.end ? { end: data.end } : {}),
      ...(data.circa ? { circa: true as const } : {}),
      actors: actorsOfEntry(data),
      topics: data.topics,
      ...(conflicts.length > 0 ? { conflicts } : {}),
    };
  });
  const usedActors = new Set(entries.flatMap((entry) => entry.actors));
  return {
    index: {
      entries,
      // By the name readers know: "ATF" rather than "Bureau of Alcohol, …".
      actors: model.actors
        .filter((actor) => usedActors.has(actor.id))
        .map((actor) => ({ id: actor.id, name: actor.data.name, ...(actor.data.shortName ? { shortName: actor.data.shortName } : {}) }))
        .sort((a, b) => knownName(a).localeCompare(knownName(b), 'en') || a.id.localeCompare(b.id)),
      topics: model.topics.map((topic) => ({ id: topic.id, title: topic.data.title })),
      kinds: [...ENTRY_KINDS],
    },
    details: { entries: detailsById, sources, ...(Object.keys(places).length > 0 ? { places } : {}) },
  };
}
