/**
 * Conflicts: where sources disagree. Two count claims conflict when they count the same
 * measure of the same subject over overlapping periods and their figures differ:
 * - `incompatible`: no number satisfies both (KVIA's "about 30" ICE agents vs the AP's 40);
 * - `divergent`: the figures differ but could overlap (the PGR's 500 vs the AP's "several hundred").
 * A claimant restating its own figure in other words (500, "about 500") is not a disagreement,
 * unless the two figures cannot both be true. Like is compared with like: a planned figure
 * ("we're going to go to 40") only with other planned figures, never with a head-count.
 * Editors can also declare a conflict with a `contradicts` relation (`declared`), saying why in its note.
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

/** The reason of a declared conflict whose relation gives no note. */
export const UNEXPLAINED = 'An editor marked these claims as contradicting each other.';

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
    const key = `${quantity.measure}\u0000${quantity.subject}\u0000${quantity.planned ? 'planned' : 'actual'}`;
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
      const known = conflicts.get(id);
      // Both entries may declare the relation; the first note given is the reason.
      if (known && (known.severity !== 'declared' || known.reason !== UNEXPLAINED)) continue;
      conflicts.set(id, { id, entries: ids, severity: 'declared', reason: link.note ?? UNEXPLAINED });
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

/**
 * One disagreement between sources, as a reader counts them: the conflicts between the same
 * claims, once. Claims are the same when an editor links them `same-as`, or when one claimant
 * says them in one source on one date (the PGR's "500" and "about 500" in one report; three
 * sentences of one interview): a conflict with each of them is one disagreement, not several.
 */
export interface Disagreement {
  /** The id of its first conflict, so that links to `#conflict-<id>` keep working. */
  readonly id: string;
  /** The strongest severity among its conflicts: `incompatible`, then `declared`, then `divergent`. */
  readonly severity: ConflictSeverity;
  /** The entries on each side, in sorted id order; the side holding the first conflict's first entry comes first. */
  readonly sides: readonly [readonly string[], readonly string[]];
  /** The pairwise conflicts it gathers, sorted by id. */
  readonly conflicts: readonly Conflict[];
}

type ClaimInput = Pick<Entry, 'id' | 'attribution' | 'related' | 'date'> & { readonly evidence: readonly { readonly source: string }[] };

const SEVERITY_RANK: Record<ConflictSeverity, number> = { incompatible: 0, declared: 1, divergent: 2 };

/** The conflicts grouped into disagreements, contradictions first (`incompatible`, `declared`), then `divergent`; each group in id order. */
export function groupDisagreements(conflicts: readonly Conflict[], entries: readonly ClaimInput[]): Disagreement[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const claimOf = sameClaimClasses(
    conflicts.flatMap((conflict) => conflict.entries),
    byId,
  );
  const groups = new Map<string, { sides: [Set<string>, Set<string>]; classes: [string, string]; conflicts: Conflict[] }>();
  for (const conflict of conflicts) {
    const [a, b] = conflict.entries;
    const classA = claimOf(a);
    const classB = claimOf(b);
    const key = [classA, classB].sort().join('\u0000');
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { sides: [new Set([a]), new Set([b])], classes: [classA, classB], conflicts: [conflict] });
      continue;
    }
    // Put each entry on the side of its own class (both sides share one class when a claimant contradicts itself).
    const first = group.classes[0] === classA ? 0 : 1;
    group.sides[first].add(a);
    group.sides[1 - first]?.add(b);
    group.conflicts.push(conflict);
  }
  return [...groups.values()]
    .map(({ sides, conflicts: gathered }) => {
      const sorted = [...gathered].sort((x, y) => x.id.localeCompare(y.id));
      const severity = sorted.reduce<ConflictSeverity>((best, c) => (SEVERITY_RANK[c.severity] < SEVERITY_RANK[best] ? c.severity : best), 'divergent');
      return { id: (sorted[0] as Conflict).id, severity, sides: [[...sides[0]].sort(), [...sides[1]].sort()] as const, conflicts: sorted };
    })
    .sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || x.id.localeCompare(y.id));
}

/** A function naming each entry's class of "same claims" (union-find over `same-as` links and same claimant, source and date). */
function sameClaimClasses(ids: readonly string[], byId: ReadonlyMap<string, ClaimInput>): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const unique = [...new Set(ids)];
  const bySaying = new Map<string, string>();
  for (const id of unique) {
    const entry = byId.get(id);
    if (!entry) continue;
    for (const link of entry.related) if (link.relation === 'same-as') union(id, link.entry);
    for (const source of new Set(entry.evidence.map((evidence) => evidence.source))) {
      const saying = `${claimantKey(entry.attribution.by)}\u0000${source}\u0000${entry.date}`;
      const other = bySaying.get(saying);
      if (other) union(id, other);
      else bySaying.set(saying, id);
    }
  }
  return find;
}
