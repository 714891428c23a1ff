/**
 * What Pagefind records of each page besides its text (`SearchFilters.astro` writes it): the
 * filters a reader narrows by, the date to sort by, and the metadata a search result shows to
 * say what the page is and when (Pagefind searches metadata too, so a claimant or a publisher
 * is found without being part of the excerpt).
 */
import { formatDateRange, formatPartialDate, partialDate, periodStart } from '../domain/dates.ts';
import type { Speaker } from '../domain/schema/index.ts';
import { formatAuthors, sourceTypeLabel } from './citation.ts';
import { actorsOfEntry, type EntryItem, type SiteModel, type SourceItem } from './model.ts';

export interface SearchFacets {
  readonly filters: Record<string, string[]>;
  /** ISO date of the start of the page's period, for sorting by date. */
  readonly date?: string;
  /**
   * Shown by the search page (src/browser/search/result-view.ts): `kind` (an entry's kind),
   * `date` (at the source's precision) with `datetime` (the same, machine-readable),
   * `claimant` and `via` (who makes the claim, who relayed it), `category` (an actor's or a
   * source's kind), `publisher`, `authors`, `container`, and `aliases` (searched, not shown).
   */
  readonly meta: Record<string, string>;
}

export function actorLabel(model: SiteModel, id: string): string {
  const actor = model.actorById.get(id);
  return actor?.data.shortName ?? actor?.data.name ?? id;
}

/** A claimant or relay in words: the description where there is one, else the actor's full name. */
export function speakerLabel(model: SiteModel, speaker: Speaker): string {
  return speaker.description ?? model.actorById.get(speaker.actor ?? '')?.data.name ?? speaker.actor ?? '';
}

/** Drops empty values, so that a page's metadata holds only what it has. */
function present(meta: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(meta).filter((pair): pair is [string, string] => Boolean(pair[1])));
}

export function entryFacets(model: SiteModel, entry: EntryItem): SearchFacets {
  const { data } = entry;
  const date = partialDate(data.date);
  const publishers = data.evidence.map((evidence) => {
    const source = model.sourceById.get(evidence.source)?.data;
    return source?.publisher ?? source?.containerTitle ?? evidence.source;
  });
  return {
    filters: {
      actor: actorsOfEntry(data).map((id) => actorLabel(model, id)),
      topic: data.topics.map((id) => model.topicById.get(id)?.data.title ?? id),
      kind: [data.kind],
      year: [String(date.year)],
      publisher: publishers,
    },
    date: new Date(periodStart(date)).toISOString().slice(0, 10),
    meta: present({
      kind: data.kind,
      date: formatDateRange(date, data.end ? partialDate(data.end) : undefined, { circa: data.circa }),
      datetime: data.date,
      claimant: speakerLabel(model, data.attribution.by),
      via: data.attribution.via.map((speaker) => speakerLabel(model, speaker)).join(', then '),
    }),
  };
}

export function sourceFacets(source: SourceItem): SearchFacets {
  const { data } = source;
  const issued = data.issued ? partialDate(data.issued) : undefined;
  return {
    filters: { publisher: [data.publisher ?? data.containerTitle ?? 'Unknown publisher'], year: [issued ? String(issued.year) : 'Undated'] },
    ...(issued && { date: new Date(periodStart(issued)).toISOString().slice(0, 10) }),
    meta: present({
      category: sourceTypeLabel(data),
      date: issued && formatPartialDate(issued, { circa: data.issuedCirca }),
      datetime: data.issued,
      publisher: data.publisher,
      authors: formatAuthors(data),
      container: data.containerTitle,
    }),
  };
}
