/**
 * Words for a disagreement on /conflicts/: one line saying what differs, built from the claims
 * themselves (who counts what, as of when) or, for a pair an editor marked, from the relation's note.
 */
import { UNEXPLAINED, type Disagreement } from '../domain/conflicts.ts';
import { formatDateRange, partialDate } from '../domain/dates.ts';
import { measureLabel } from '../domain/measures.ts';
import { describeQuantity } from '../domain/quantity.ts';
import type { Speaker } from '../domain/schema/index.ts';
import type { EntryItem, SiteModel } from './model.ts';

/** The short name readers know a speaker by: "AP", "PGR", or the description given. */
export function speakerShortName(model: SiteModel, speaker: Speaker): string {
  const actor = speaker.actor ? model.actorById.get(speaker.actor) : undefined;
  return actor?.data.shortName ?? actor?.data.name ?? speaker.description ?? speaker.actor ?? 'unknown';
}

function joinWords(words: readonly string[], last: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

function sideOfCounts(model: SiteModel, entries: readonly EntryItem[]): string {
  const claimants = [...new Set(entries.map((entry) => speakerShortName(model, entry.data.attribution.by)))];
  const readings = [
    ...new Set(
      entries.flatMap((entry) => {
        if (entry.data.kind !== 'count') return [];
        const q = entry.data.quantity;
        return [`${describeQuantity(q)} (${formatDateRange(partialDate(q.asOf), q.asOfEnd ? partialDate(q.asOfEnd) : undefined)})`];
      }),
    ),
  ];
  return `${joinWords(claimants, 'and')}: ${joinWords(readings, 'or')}`;
}

/** One line saying what the disagreement is about. */
export function disagreementLine(model: SiteModel, disagreement: Disagreement): string {
  const sides = disagreement.sides.map((ids) => ids.flatMap((id) => model.entryById.get(id) ?? []));
  const [first, second] = sides as [EntryItem[], EntryItem[]];
  const computed = disagreement.conflicts.find((conflict) => conflict.measure !== undefined);
  if (computed?.measure && computed.subject) {
    const subject = model.actorById.get(computed.subject);
    const subjectName = subject?.data.shortName ?? subject?.data.name ?? computed.subject;
    return `${measureLabel(computed.measure)}, ${subjectName}: ${sideOfCounts(model, first)}, against ${sideOfCounts(model, second)}.`;
  }
  const note = disagreement.conflicts.find((conflict) => conflict.reason !== UNEXPLAINED)?.reason;
  if (note) return note;
  // No note: let the two claims' headlines say what they are.
  const titles = (entries: readonly EntryItem[]) => entries.map((entry) => entry.data.title.replace(/[.;]$/, '')).join('; ');
  return `${titles(first)}; against this: ${titles(second)}.`;
}

export const SEVERITY_LABELS = {
  incompatible: 'The figures cannot both be true',
  declared: 'Marked as contradicting by an editor',
  divergent: 'The figures differ, but both could hold',
} as const;
