/**
 * Conflicts: where sources disagree. Two count claims conflict when they count the same
 * measure of the same subject over overlapping periods and their figures differ:
 * - `incompatible`: no number satisfies both (KVIA's "about 30" ICE agents vs the AP's 40);
 * - `divergent`: the figures differ but could overlap (the PGR's 500 vs the AP's "several hundred").
 * A claimant restating its own figure in other words (500, "about 500") is not a disagreement,
 * unless the two figures cannot both be true.
 * Editors can also declare a conflict with a `contradicts` relation (`declared`).
 */
import { partialDate, periodEnd, periodStart } from './dates.ts';
import { intervalsEqual, intervalsIntersect, quantityInterval, type Interval } from './quantity.ts';
import type { Entry, Quantity, Speaker } from './schema/entry.ts';

export type ConflictSeverity = 'incompatible' | 'divergent' | 'declared';

export interface Conflict {
  /** Stable id: the two entry ids in sorted order, joined by `--`. */
  readonly id: string;
  /** The two entries, in sorted id order. */
  readonly entries: readonly [string, string];
  readonly severity: ConflictSeverity;
  /** The measure and subject both claims count, for computed conflicts. */
  readonly measure?: string;
  readonly subject?: string;
  /** Why they conflict, in words. */
  readonly reason: string;
}

type ConflictInput = Pick<Entry, 'id' | 'attribution' | 'related'> & { quantity?: Quantity | undefined };

interface CountClaim {
  readonly id: string;
  readonly quantity: Quantity;
  readonly interval: Interval;
  readonly start: number;
  readonly end: number;
  readonly claimant: string;
}

function claimantKey(speaker: Speaker): string {
  return speaker.actor ?? `description:${speaker.description ?? ''}`;
}

function pairId(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** Every conflict among the entries, computed and declared, sorted by id. */
export function findConflicts(entries: readonly ConflictInput[]): Conflict[] {
  const conflicts = new Map<string, Conflict>();
  const groups = new Map<string, CountClaim[]>();

  for (const entry of entries) {
    const quantity = entry.quantity;
    if (!quantity) continue;
    const key = `${quantity.measure}\u0000${quantity.subject}`;
    const claim: CountClaim = {
      id: entry.id,
      quantity,
      interval: quantityInterval(quantity),
      start: periodStart(partialDate(quantity.asOf)),
      end: periodEnd(partialDate(quantity.asOfEnd ?? quantity.asOf)),
      claimant: claimantKey(entry.attribution.by),
    };
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }

  for (const group of groups.values()) {
    // Sweep in order of start: only claims whose periods are still open can overlap the next one.
    group.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    const open: CountClaim[] = [];
    for (const claim of group) {
      for (let i = open.length - 1; i >= 0; i--) {
        if ((open[i] as CountClaim).end <= claim.start) open.splice(i, 1);
      }
      for (const other of open) {
        const conflict = compareClaims(other, claim);
        if (conflict) conflicts.set(conflict.id, conflict);
      }
      open.push(claim);
    }
  }

  for (const entry of entries) {
    for (const link of entry.related) {
      if (link.relation !== 'contradicts') continue;
      const ids = pairId(entry.id, link.entry);
      const id = ids.join('--');
      if (conflicts.has(id)) continue;
      conflicts.set(id, {
        id,
        entries: ids,
        severity: 'declared',
        reason: link.note ?? 'An editor marked these claims as contradicting each other.',
      });
    }
  }

  return [...conflicts.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function compareClaims(a: CountClaim, b: CountClaim): Conflict | undefined {
  if (intervalsEqual(a.interval, b.interval)) return undefined;
  const intersect = intervalsIntersect(a.interval, b.interval);
  if (intersect && a.claimant === b.claimant) return undefined;
  const ids = pairId(a.id, b.id);
  const [first, second] = a.id === ids[0] ? [a, b] : [b, a];
  const severity: ConflictSeverity = intersect ? 'divergent' : 'incompatible';
  const stated = `“${first.quantity.stated}” and “${second.quantity.stated}”`;
  return {
    id: ids.join('--'),
    entries: ids,
    severity,
    measure: a.quantity.measure,
    subject: a.quantity.subject,
    reason: intersect
      ? `The figures ${stated} differ for overlapping periods, though both could hold at once.`
      : `The figures ${stated} cannot both be true for overlapping periods.`,
  };
}

/** Conflicts by entry id, for pages and exports. */
export function conflictsByEntry(conflicts: readonly Conflict[]): Map<string, Conflict[]> {
  const byEntry = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    for (const id of conflict.entries) {
      const list = byEntry.get(id);
      if (list) list.push(conflict);
      else byEntry.set(id, [conflict]);
    }
  }
  return byEntry;
}
