/**
 * The claims a count chart draws, read from the typed count entries only (nothing on a chart is
 * typed by hand), with the series each belongs to, and the same rows as a CSV download.
 */
import { formatDateRange, partialDate } from '../../domain/dates.ts';
import type { CountEntry } from '../../domain/schema/index.ts';
import { speakerShortName } from '../disagreements.ts';
import type { EntryItem, SiteModel } from '../model.ts';
import { claimYears, type ChartClaim, type ChartSeries } from './count-chart.ts';

/** The federal government as a whole: its counts are the "all agencies" totals. */
export const ALL_AGENCIES: ChartSeries = { key: 'all', label: 'All agencies' };
/** A count whose subject is no agency is shown under this series rather than dropped. */
export const UNSPECIFIED: ChartSeries = { key: 'unspecified', label: 'Unspecified' };

const AGENCY_KINDS = new Set(['agency', 'office', 'department']);

/** The series of a count's subject: the agency by its short name, all agencies, or unspecified. */
export function agencySeries(model: SiteModel, subject: string): ChartSeries {
  const actor = model.actorById.get(subject);
  if (!actor) return UNSPECIFIED;
  if (actor.data.kind === 'government') return ALL_AGENCIES;
  if (!AGENCY_KINDS.has(actor.data.kind)) return UNSPECIFIED;
  return { key: actor.id, label: actor.data.shortName ?? actor.data.name };
}

export type CountItem = EntryItem & { readonly data: CountEntry };

/** The count entries of a measure, in chronological order, optionally of one subject. */
export function countEntries(model: SiteModel, measure: string, subject?: string): CountItem[] {
  return model.entries.filter(
    (entry): entry is CountItem =>
      entry.data.kind === 'count' && entry.data.quantity.measure === measure && (subject === undefined || entry.data.quantity.subject === subject),
  );
}

/** One chart claim per count entry, each in its series, with the entries on the same chart it disagrees with. */
export function chartClaims(model: SiteModel, entries: readonly CountItem[], series: (entry: CountItem) => ChartSeries): ChartClaim[] {
  const onChart = new Set(entries.map((entry) => entry.id));
  return entries.map((entry) => ({
    entryId: entry.id,
    title: entry.data.title,
    quantity: entry.data.quantity,
    claimant: speakerShortName(model, entry.data.attribution.by),
    series: series(entry),
    circa: entry.data.circa,
    disagreesWith: (model.conflictsByEntry.get(entry.id) ?? []).flatMap((conflict) => conflict.entries.filter((id) => id !== entry.id && onChart.has(id))),
  }));
}

/** The sources a chart rests on, by claimant, most claims first: for its caption. */
export function chartClaimants(model: SiteModel, entries: readonly CountItem[]): { name: string; actor?: string; claims: number }[] {
  const byName = new Map<string, { name: string; actor?: string; claims: number }>();
  for (const entry of entries) {
    const speaker = entry.data.attribution.by;
    const name = speakerShortName(model, speaker);
    const known = byName.get(name);
    if (known) known.claims++;
    else byName.set(name, { name, ...(speaker.actor ? { actor: speaker.actor } : {}), claims: 1 });
  }
  return [...byName.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name, 'en'));
}

/** The columns of a chart's CSV download, each with what it holds. */
export const CHART_COLUMN_DOCS = {
  id: 'Id of the count entry (one row per mark on the chart)',
  series: 'The agency the mark is drawn under: its short name, "All agencies", or "Unspecified"',
  subject: 'Id of the actor whose people are counted',
  qualifier: 'How to read the number: exact, about, more-than, at-least, at-most, fewer-than, nearly, several, range',
  value: 'The stated number (empty for several and range)',
  lower: 'Lowest number the words allow (several and range)',
  upper: 'Highest number the words allow (several and range)',
  unit: 'What one unit is',
  as_of: 'When the count held, as the source gives it',
  as_of_end: 'End of the period the count held, if any',
  when: 'The same period in words',
  circa: '`true` when the date is approximate',
  planned: '`true` when the figure is a plan, not a count of what there was then',
  stated: "The source's own words for the number",
  claimant: 'Who made the claim',
  disagrees_with: 'Ids of the entries on the chart it disagrees with, separated by `;`',
} as const;
export const CHART_COLUMNS = Object.keys(CHART_COLUMN_DOCS) as (keyof typeof CHART_COLUMN_DOCS)[];

const cell = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The chart's rows, one per mark, in the order the marks are drawn. */
export function chartRows(claims: readonly ChartClaim[]): string[][] {
  return claims.map((claim) => {
    const q = claim.quantity;
    return [
      claim.entryId,
      claim.series.label,
      q.subject,
      q.qualifier,
      cell(q.value),
      cell(q.lower),
      cell(q.upper),
      q.unit,
      q.asOf,
      q.asOfEnd ?? '',
      formatDateRange(partialDate(q.asOf), q.asOfEnd ? partialDate(q.asOfEnd) : undefined),
      String(claim.circa),
      String(q.planned),
      q.stated,
      claim.claimant,
      claim.disagreesWith.join(';'),
    ];
  });
}

/** The measure the home page leads with: how many U.S. agents worked in Mexico. */
export const HEADLINE_MEASURE = 'agents-in-mexico';

export interface HeadlineChart {
  readonly entries: readonly CountItem[];
  /** Every claim, in chronological order: the rows of the CSV download, one per mark. */
  readonly claims: readonly ChartClaim[];
  /** All agencies together, then one series per agency (most claims first), then "unspecified". */
  readonly series: readonly ChartSeries[];
  readonly totals: readonly ChartClaim[];
  readonly byAgency: readonly ChartClaim[];
  /** First and last year of any claim, shared by both panels. */
  readonly years: readonly [number, number];
}

export function headlineChart(model: SiteModel): HeadlineChart {
  const entries = countEntries(model, HEADLINE_MEASURE);
  const claims = chartClaims(model, entries, (entry) => agencySeries(model, entry.data.quantity.subject));
  const counts = new Map<string, { series: ChartSeries; claims: number }>();
  for (const claim of claims) {
    const known = counts.get(claim.series.key);
    if (known) known.claims++;
    else counts.set(claim.series.key, { series: claim.series, claims: 1 });
  }
  const rank = (s: ChartSeries) => (s.key === ALL_AGENCIES.key ? 0 : s.key === UNSPECIFIED.key ? 2 : 1);
  const series = [...counts.values()]
    .sort((a, b) => rank(a.series) - rank(b.series) || b.claims - a.claims || a.series.label.localeCompare(b.series.label, 'en'))
    .map((item) => item.series);
  const years = claims.reduce<[number, number]>(
    ([first, last], claim) => {
      const [start, end] = claimYears(claim.quantity);
      return [Math.min(first, start), Math.max(last, end)];
    },
    [Infinity, -Infinity],
  );
  return {
    entries,
    claims,
    series,
    totals: claims.filter((claim) => claim.series.key === ALL_AGENCIES.key),
    byAgency: claims.filter((claim) => claim.series.key !== ALL_AGENCIES.key),
    years,
  };
}
