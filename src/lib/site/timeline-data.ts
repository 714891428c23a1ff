/**
 * The data behind `/timeline.json`, which the `<timeline-view>` element draws. Plain text
 * only: the element builds every label from text nodes, never from HTML strings.
 */
import { formatDateRange, partialDate, periodEnd, periodStart } from '../dates.ts';
import type { EntryKind } from '../schema/index.ts';
import { actorsOfEntry, type SiteModel } from './model.ts';
import { pagePath } from './urls.ts';

export interface TimelineEntry {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly kind: EntryKind;
  readonly summary: string;
  /** The date as written (`2011-03`) and in words ("March 2011", "circa 2011"). */
  readonly date: string;
  readonly end?: string;
  readonly dateLabel: string;
  /** ISO instants (UTC) of the start of the period and of its end (exclusive), for drawing. */
  readonly start: string;
  readonly endExclusive: string;
  /** Whether the entry is drawn as a range (it has an `end`) rather than a point. */
  readonly isRange: boolean;
  readonly actors: readonly string[];
  readonly topics: readonly string[];
  /** The first piece of evidence, for the details panel. */
  readonly quote: string;
  readonly source: { readonly id: string; readonly title: string; readonly url: string };
  /** Ids of entries this one is in conflict with. */
  readonly conflicts: readonly string[];
}

export interface TimelineData {
  readonly entries: readonly TimelineEntry[];
  readonly actors: readonly { id: string; name: string; shortName?: string }[];
  readonly topics: readonly { id: string; title: string }[];
  readonly kinds: readonly EntryKind[];
}

export function buildTimelineData(model: SiteModel, base: string): TimelineData {
  const entries = model.entries.map((entry): TimelineEntry => {
    const { data } = entry;
    const start = partialDate(data.date);
    const end = data.end ? partialDate(data.end) : undefined;
    const evidence = data.evidence[0];
    const source = evidence ? model.sourceById.get(evidence.source) : undefined;
    return {
      id: entry.id,
      url: pagePath(base, 'entries', entry.id),
      title: data.title,
      kind: data.kind,
      summary: data.summary,
      date: data.date,
      ...(data.end ? { end: data.end } : {}),
      dateLabel: formatDateRange(start, end, { circa: data.circa }),
      start: new Date(periodStart(start)).toISOString(),
      endExclusive: new Date(periodEnd(end ?? start)).toISOString(),
      isRange: end !== undefined,
      actors: actorsOfEntry(data),
      topics: data.topics,
      quote: evidence?.quote ?? '',
      source: {
        id: evidence?.source ?? '',
        title: source?.data.title ?? '',
        url: evidence ? pagePath(base, 'sources', evidence.source) : '',
      },
      conflicts: (model.conflictsByEntry.get(entry.id) ?? []).map((conflict) => conflict.entries.find((id) => id !== entry.id) ?? entry.id),
    };
  });
  const usedActors = new Set(entries.flatMap((entry) => entry.actors));
  return {
    entries,
    actors: model.actors
      .filter((actor) => usedActors.has(actor.id))
      .map((actor) => ({ id: actor.id, name: actor.data.name, ...(actor.data.shortName ? { shortName: actor.data.shortName } : {}) })),
    topics: model.topics.map((topic) => ({ id: topic.id, title: topic.data.title })),
    kinds: ['event', 'statement', 'count'],
  };
}
