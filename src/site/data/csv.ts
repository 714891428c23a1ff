/** CSV exports, written with csv-stringify (RFC 4180 quoting). Lists are joined by `;`. */
import { stringify } from 'csv-stringify/sync';
import type { EntryRecord, PlaceRecord } from './schemas.ts';

export const LIST_SEPARATOR = ';';

const speaker = (value: { actor?: string | undefined; description?: string | undefined }) => value.actor ?? value.description ?? '';
const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
const cell = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The columns of entries.csv, each with what it holds. */
export const ENTRY_COLUMN_DOCS = {
  id: 'Stable id of the entry',
  url: 'Permanent address of its page',
  title: 'Headline of the claim',
  kind: '`event`, `statement` or `count`',
  date: 'Date as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD',
  date_precision: '`year`, `month` or `day`',
  end: 'End of the period, if any',
  circa: '`true` when the date is approximate',
  summary: 'One or two sentences stating the claim',
  actors: 'Ids of every actor involved',
  topics: 'Ids of the topics',
  places: 'Ids of the places where it happened or was said (see places.json)',
  place_names: 'Names of those places, in the same order',
  place_latitudes: 'Their latitudes, WGS 84 decimal degrees, in the same order',
  place_longitudes: 'Their longitudes, WGS 84 decimal degrees, in the same order',
  place_precisions: 'What each point stands for (place, locality, state, country, region), in the same order',
  claimant: 'Who made the claim (actor id or description)',
  via: 'Who relayed it, nearest the claimant first',
  sources: 'Ids of the sources quoted',
  quotes: 'The quoted passages, verbatim, one per line',
  related: 'Relations as `relation:entry-id`',
  conflicts: 'Ids of the conflicts it is part of',
  status: '`disputed`, `superseded` or `retracted`, with the reason',
} as const;
export const ENTRY_COLUMNS = Object.keys(ENTRY_COLUMN_DOCS) as (keyof typeof ENTRY_COLUMN_DOCS)[];

/** The rows of entries.csv; `places` gives each place's name and point (an id it lacks is left blank in those columns). */
export function entryRows(records: readonly EntryRecord[], places: readonly PlaceRecord[] = []): string[][] {
  const placeById = new Map(places.map((place) => [place.id, place]));
  const placeColumn = (entry: EntryRecord, value: (place: PlaceRecord) => string | number) =>
    list(
      entry.places.map((id) => {
        const place = placeById.get(id);
        return place ? String(value(place)) : '';
      }),
    );
  return records.map((entry) => [
    entry.id,
    entry.url,
    entry.title,
    entry.kind,
    entry.date,
    entry.datePrecision,
    cell(entry.end),
    String(entry.circa),
    entry.summary,
    list(entry.actors),
    list(entry.topics),
    list(entry.places),
    placeColumn(entry, (place) => place.name),
    placeColumn(entry, (place) => place.latitude),
    placeColumn(entry, (place) => place.longitude),
    placeColumn(entry, (place) => place.precision),
    speaker(entry.attribution.by),
    list(entry.attribution.via.map(speaker)),
    list(entry.evidence.map((evidence) => evidence.source)),
    // Quotes can contain `;`; they are joined by a line break, which RFC 4180 quoting keeps inside the cell.
    entry.evidence.map((evidence) => evidence.quote).join('\n'),
    list(entry.related.map((link) => `${link.relation}:${link.entry}`)),
    list(entry.conflicts),
    entry.status ? `${entry.status.value}: ${entry.status.reason}` : '',
  ]);
}

/** The columns of counts.csv, one row per count claim. */
export const COUNT_COLUMN_DOCS = {
  id: 'Id of the count entry',
  url: 'Permanent address of its page',
  measure: 'What is counted (shared by claims about the same thing)',
  subject: 'Id of the actor whose people are counted',
  qualifier: 'How to read the number: exact, about, more-than, at-least, at-most, fewer-than, nearly, several, range',
  value: 'The stated number (empty for several and range)',
  lower: 'Lowest number the words allow (several and range)',
  upper: 'Highest number the words allow (several and range)',
  unit: 'What one unit is',
  as_of: 'When the count held',
  as_of_end: 'End of the period the count held, if any',
  stated: "The source's own words for the number",
  planned: '`true` when the figure is a plan or projection, not a count of what there was then',
  claimant: 'Who made the claim',
  source: 'Id of the first source quoted',
  quote: 'The first quoted passage, verbatim',
} as const;
export const COUNT_COLUMNS = Object.keys(COUNT_COLUMN_DOCS) as (keyof typeof COUNT_COLUMN_DOCS)[];

export function countRows(records: readonly EntryRecord[]): string[][] {
  return records.flatMap((entry) => {
    const q = entry.quantity;
    if (!q) return [];
    const evidence = entry.evidence[0];
    return [
      [
        entry.id,
        entry.url,
        q.measure,
        q.subject,
        q.qualifier,
        cell(q.value),
        cell(q.lower),
        cell(q.upper),
        q.unit,
        q.asOf,
        cell(q.asOfEnd),
        q.stated,
        String(q.planned),
        speaker(entry.attribution.by),
        evidence?.source ?? '',
        evidence?.quote ?? '',
      ],
    ];
  });
}

export function toCsv(columns: readonly string[], rows: readonly string[][]): string {
  return stringify([[...columns], ...rows], { record_delimiter: '\r\n', quoted_match: /^[\s\S]*$/ });
}
