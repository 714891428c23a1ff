/** The search facets of an entry page: who, what, when, which storyline and publisher. */
import { formatPartialDate, partialDate, periodStart } from '../domain/dates.ts';
import { actorsOfEntry, type EntryItem, type SiteModel } from './model.ts';

export interface SearchFacets {
  readonly filters: Record<string, string[]>;
  /** ISO date of the start of the entry's period, for sorting by date. */
  readonly date: string;
  readonly meta: Record<string, string>;
}

export function actorLabel(model: SiteModel, id: string): string {
  const actor = model.actorById.get(id);
  return actor?.data.shortName ?? actor?.data.name ?? id;
}

export function entryFacets(model: SiteModel, entry: EntryItem): SearchFacets {
  const date = partialDate(entry.data.date);
  const publishers = entry.data.evidence.map((evidence) => {
    const source = model.sourceById.get(evidence.source)?.data;
    return source?.publisher ?? source?.containerTitle ?? evidence.source;
  });
  return {
    filters: {
      actor: actorsOfEntry(entry.data).map((id) => actorLabel(model, id)),
      topic: entry.data.topics.map((id) => model.topicById.get(id)?.data.title ?? id),
      kind: [entry.data.kind],
      year: [String(date.year)],
      publisher: publishers,
    },
    date: new Date(periodStart(date)).toISOString().slice(0, 10),
    meta: { date: formatPartialDate(date, { circa: entry.data.circa }), kind: entry.data.kind },
  };
}
