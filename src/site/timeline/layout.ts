/**
 * The timeline's geometry, computed once for both of its renderers: the page's first view,
 * drawn at build time (`TimelineStatic.astro`), and vis-timeline in the browser
 * (`src/browser/timeline/vis-adapter.ts`), which no longer stacks or clusters by itself but
 * draws the lanes and boxes given here. So vis's first draw is the static view, box for box.
 *
 * Everything horizontal is a fraction of the window (0 at its start, 1 at its end), never
 * pixels, so the build can lay the view out without knowing the reader's screen:
 * - a box (an entry, or a cluster of entries) starts at its instant's fraction and reserves
 *   `labelWidth` of the window for its label (a range entry reserves up to its end if later);
 * - time is cut into buckets on a grid aligned to the epoch (panning never reshuffles them),
 *   the smallest "nice" length at least `labelWidth` of the window; in each row a bucket of at
 *   most `perBucket` entries shows them, a fuller one becomes one cluster box at its first entry;
 * - boxes are given lanes greedily by start. A box is never wider than a bucket and a bucket
 *   holds at most `perBucket` boxes, so point boxes overlap at most `2 × perBucket` deep, and
 *   greedy assignment on intervals needs exactly as many lanes as the deepest overlap.
 * Vertical geometry is in pixels (`GEOMETRY`): lanes of fixed height, the same in both
 * renderers (CSS reads them from custom properties the element and the page set).
 */
import { ENTRY_KINDS, type EntryKind } from '../../domain/entry-kinds.ts';

const DAY = 24 * 60 * 60 * 1000;
/** A nominal month and year, to compare bucket and tick lengths with window fractions. */
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

export type ProfileName = 'wide' | 'narrow';

export interface Profile {
  readonly name: ProfileName;
  /** The width a box reserves for its label, as a fraction of the window. */
  readonly labelWidth: number;
  /** At most this many entries of one row and bucket are drawn one by one; more make a cluster. */
  readonly perBucket: number;
  /** The first view is the shortest window holding this share of the entries. */
  readonly firstViewShare: number;
  /** The shortest and longest first window (labels stay readable, the story stays in view). */
  readonly firstViewMin: number;
  readonly firstViewMax: number;
  /** Axis ticks are at least this fraction of the window apart (room for "2011" or "Sep"). */
  readonly tickWidth: number;
  /** The first view draws at most this many lanes when it can (so that it fits on a screen). */
  readonly firstViewLanes: number;
  /** About how many characters of a row's label fit on a line, and how many lines in a lane. */
  readonly rowLabelChars: number;
  readonly rowLabelLinesPerLane: number;
}

/**
 * The two first views: `wide` for a track of about 600 px and more (the timeline at least
 * 48rem wide), `narrow` for phones. The page holds both; CSS shows one per media query
 * (`PROFILE_QUERY`) and the element asks the same query which one vis continues.
 */
export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  wide: {
    name: 'wide',
    labelWidth: 0.2,
    perBucket: 2,
    firstViewShare: 0.4,
    firstViewMin: 90 * DAY,
    firstViewMax: 3 * YEAR,
    tickWidth: 0.07,
    firstViewLanes: 18,
    rowLabelChars: 17,
    rowLabelLinesPerLane: 2,
  },
  narrow: {
    name: 'narrow',
    labelWidth: 0.5,
    perBucket: 2,
    firstViewShare: 0.2,
    firstViewMin: 60 * DAY,
    firstViewMax: 1.5 * YEAR,
    tickWidth: 0.2,
    firstViewLanes: 14,
    rowLabelChars: 12,
    rowLabelLinesPerLane: 3,
  },
};

/** The media query under which the wide profile applies (the same one in timeline.css). */
export const PROFILE_QUERY = '(min-width: 48rem)';

/** Pixel geometry shared by the static view and vis (lanes, axis, row labels). */
export const GEOMETRY: Readonly<Record<ProfileName, { readonly lane: number; readonly axis: number; readonly labels: number }>> = {
  wide: { lane: 42, axis: 28, labels: 160 },
  narrow: { lane: 58, axis: 28, labels: 96 },
};

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** What the layout needs of an entry (a `TimelineEntry` has it all). */
export interface LayoutEntry {
  readonly id: string;
  readonly title: string;
  readonly kind: EntryKind;
  readonly start: number;
  readonly endExclusive: number;
  readonly isRange: boolean;
  readonly dateLabel: string;
}

/** A row of the timeline (a topic, or an actor), with its entries in time order. */
export interface LayoutRowInput<E extends LayoutEntry = LayoutEntry> {
  readonly id: string;
  /** Short label drawn beside the row. */
  readonly label: string;
  /** Full name (the label's title and accessible name). */
  readonly title: string;
  readonly entries: readonly E[];
}

/** A bucket length on the epoch-aligned grid. */
export interface BucketSize {
  readonly unit: 'day' | 'month' | 'year';
  readonly step: number;
}

const BUCKET_SIZES: readonly BucketSize[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 7 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 2 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 20 },
  { unit: 'year', step: 50 },
  { unit: 'year', step: 100 },
];

function nominalLength(size: BucketSize): number {
  return size.step * (size.unit === 'day' ? DAY : size.unit === 'month' ? MONTH : YEAR);
}

/** The smallest bucket whose length is at least `labelWidth` of the window. */
export function bucketSizeFor(window: TimeWindow, profile: Profile): BucketSize {
  const needed = (window.end - window.start) * profile.labelWidth;
  return BUCKET_SIZES.find((size) => nominalLength(size) >= needed) ?? (BUCKET_SIZES[BUCKET_SIZES.length - 1] as BucketSize);
}

/** The index of the bucket holding `instant` (buckets counted from the epoch). */
export function bucketIndex(instant: number, size: BucketSize): number {
  if (size.unit === 'day') return Math.floor(instant / (DAY * size.step));
  const date = new Date(instant);
  if (size.unit === 'month') return Math.floor((date.getUTCFullYear() * 12 + date.getUTCMonth()) / size.step);
  return Math.floor(date.getUTCFullYear() / size.step);
}

/** The period of bucket `index`: its first instant and the first instant after it. */
export function bucketPeriod(index: number, size: BucketSize): TimeWindow {
  if (size.unit === 'day') return { start: index * size.step * DAY, end: (index + 1) * size.step * DAY };
  if (size.unit === 'month') {
    const first = index * size.step;
    return { start: Date.UTC(Math.floor(first / 12), first % 12, 1), end: Date.UTC(Math.floor((first + size.step) / 12), (first + size.step) % 12, 1) };
  }
  return { start: Date.UTC(index * size.step, 0, 1), end: Date.UTC((index + 1) * size.step, 0, 1) };
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A bucket's period in words: "12 Mar 2011", "Mar 2011", "Jan–Mar 2011", "2011", "2010–2014"; `long` spells months out. */
export function periodLabel(period: TimeWindow, size: BucketSize, long = false): string {
  const months = long ? MONTHS : SHORT_MONTHS;
  const first = new Date(period.start);
  const last = new Date(period.end - 1);
  const year = first.getUTCFullYear();
  if (size.unit === 'day') {
    const day = `${first.getUTCDate()} ${months[first.getUTCMonth()]} ${year}`;
    if (size.step === 1) return day;
    return `${day} to ${last.getUTCDate()} ${months[last.getUTCMonth()]} ${last.getUTCFullYear()}`;
  }
  if (size.unit === 'month') {
    if (size.step === 1) return `${months[first.getUTCMonth()]} ${year}`;
    return `${months[first.getUTCMonth()]}–${months[last.getUTCMonth()]} ${year}`;
  }
  return size.step === 1 ? String(year) : `${year}–${last.getUTCFullYear()}`;
}

export interface KindCounts {
  readonly event: number;
  readonly statement: number;
  readonly count: number;
}

/** "3 events, 4 statements, 2 counts" (kinds with none left out). */
export function kindCountsLabel(counts: KindCounts): string {
  return ENTRY_KINDS.filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${counts[kind] === 1 ? kind : `${kind}s`}`)
    .join(', ');
}

interface BoxBase {
  /** Unique in one layout and stable across layouts: vis item ids and the static view's keys. */
  readonly id: string;
  readonly row: string;
  /** The lane inside the row (0 at the top) and the lane counted over all rows. */
  readonly lane: number;
  readonly globalLane: number;
  /** Where the box starts, as an instant and as a fraction of the window. */
  readonly start: number;
  readonly x: number;
  /** The width the box reserves, a fraction of the window (at least `labelWidth`). */
  readonly width: number;
}

export interface ItemBox extends BoxBase {
  readonly type: 'item';
  readonly entryId: string;
  readonly kind: EntryKind;
  readonly title: string;
  readonly dateLabel: string;
  /** For a range entry, its bar's width as a fraction of the window (its end may be past the window's). */
  readonly bar?: number;
}

export interface ClusterBox extends BoxBase {
  readonly type: 'cluster';
  /** The bucket's period: clicking the cluster zooms there. */
  readonly period: TimeWindow;
  /** Its entries' ids, in time order. */
  readonly entries: readonly string[];
  readonly kinds: KindCounts;
  /** What the box reads: "Jan 2011 · 9 entries". */
  readonly label: string;
  /** What it holds besides its label: "in Operation Fast and Furious (3 events, 4 statements, 2 counts)". */
  readonly detail: string;
  /** All of it in words: "January 2011: 9 entries in Operation Fast and Furious (3 events, 4 statements, 2 counts)". */
  readonly description: string;
}

export type LayoutBox = ItemBox | ClusterBox;

export interface LayoutRow {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  /** Lanes drawn for this row in the window (at least one), and the first one's index over all rows. */
  readonly lanes: number;
  readonly firstLane: number;
}

export interface AxisTick {
  readonly instant: number;
  readonly x: number;
  readonly label: string;
  /** A tick that starts a larger unit (a year on a month axis): a stronger grid line. */
  readonly major: boolean;
}

/** The axis scale, as vis-timeline's `timeAxis` option takes it. */
export interface AxisScale {
  readonly scale: 'day' | 'month' | 'year';
  readonly step: number;
}

export interface TimelineLayout {
  readonly profile: ProfileName;
  readonly window: TimeWindow;
  readonly bucket: BucketSize;
  readonly rows: readonly LayoutRow[];
  /** The boxes at least partly in the window (and in `margin` windows either side), in time order. */
  readonly boxes: readonly LayoutBox[];
  /** Lanes over all rows. */
  readonly lanes: number;
  readonly axis: { readonly scale: AxisScale; readonly ticks: readonly AxisTick[] };
}

export interface LayoutOptions {
  /**
   * Also lay out boxes this many window lengths before and after the window (vis then has
   * them at hand while the reader pans); rows get lanes only for what is in the window itself.
   */
  readonly margin?: number;
  /** Rows without any box in the window are left out (rows by actor: there are hundreds). */
  readonly hideEmptyRows?: boolean;
}

/** The lines a row's label takes, words wrapped at about `chars` characters (a long word takes lines of its own). */
export function labelLines(label: string, chars: number): number {
  let lines = 1;
  let line = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (line > 0 && line + 1 + length > chars) {
      lines += 1;
      line = 0;
    }
    if (length > chars) {
      lines += Math.ceil(length / chars) - 1;
      line = length % chars || chars;
    } else line += (line > 0 ? 1 : 0) + length;
  }
  return lines;
}

/** A box of a row before lanes are given: start, the instant its reservation ends, what it is. */
interface Placed {
  readonly start: number;
  readonly reservedEnd: number;
  readonly make: (lane: number) => LayoutBox;
}

/**
 * The boxes of one row over all of its entries at this bucket size: entries one by one where
 * a bucket holds at most `perBucket`, a cluster where it holds more. Lanes are given over the
 * whole row, so that panning never moves a box from one lane to another.
 */
function placeRow(row: LayoutRowInput, window: TimeWindow, size: BucketSize, profile: Profile): { placed: Placed[]; lanes: number[] } {
  const span = window.end - window.start;
  const reserve = span * profile.labelWidth;
  const x = (instant: number) => (instant - window.start) / span;
  const placed: Placed[] = [];
  const entries = row.entries;
  for (let i = 0; i < entries.length;) {
    const index = bucketIndex((entries[i] as LayoutEntry).start, size);
    let j = i + 1;
    while (j < entries.length && bucketIndex((entries[j] as LayoutEntry).start, size) === index) j++;
    const bucket = entries.slice(i, j);
    i = j;
    // A bucket that holds more than `perBucket` entries shows its first ones and, in the last
    // place, one cluster of the rest: every bucket still shows what happened first in it.
    const fits = bucket.length <= profile.perBucket;
    const shown = fits ? bucket : bucket.slice(0, profile.perBucket - 1);
    for (const entry of shown) {
      const end = entry.isRange ? Math.max(entry.endExclusive, entry.start + reserve) : entry.start + reserve;
      placed.push({
        start: entry.start,
        reservedEnd: end,
        make: (lane) => ({
          type: 'item',
          id: `${entry.id}::${row.id}`,
          row: row.id,
          lane,
          globalLane: lane,
          start: entry.start,
          x: x(entry.start),
          width: (end - entry.start) / span,
          entryId: entry.id,
          kind: entry.kind,
          title: entry.title,
          dateLabel: entry.dateLabel,
          ...(entry.isRange ? { bar: (entry.endExclusive - entry.start) / span } : {}),
        }),
      });
    }
    if (fits) continue;
    const rest = bucket.slice(shown.length);
    const first = rest[0] as LayoutEntry;
    const period = bucketPeriod(index, size);
    const kinds = { event: 0, statement: 0, count: 0 };
    for (const entry of rest) kinds[entry.kind] += 1;
    const more = shown.length > 0 ? ' more' : '';
    const label = `${rest.length}${shown.length > 0 ? ' more' : ' entries'} · ${periodLabel(period, size)}`;
    const detail = `in ${row.title} (${kindCountsLabel(kinds)})`;
    const description = `${periodLabel(period, size, true)}: ${rest.length}${more} entries ${detail}`;
    placed.push({
      start: first.start,
      reservedEnd: first.start + reserve,
      make: (lane) => ({
        type: 'cluster',
        id: `cluster::${row.id}::${size.unit}${size.step}::${index}`,
        row: row.id,
        lane,
        globalLane: lane,
        start: first.start,
        x: x(first.start),
        width: profile.labelWidth,
        period,
        entries: rest.map((entry) => entry.id),
        kinds,
        label,
        detail,
        description,
      }),
    });
  }
  return { placed, lanes: assignLanes(placed) };
}

/**
 * Lanes, greedily by start: each box takes the lowest lane whose last box has ended. On
 * intervals this uses exactly as many lanes as the most boxes overlapping at one instant.
 * Boxes come in time order (the row's entries are).
 */
export function assignLanes(boxes: readonly { start: number; reservedEnd: number }[]): number[] {
  const laneEnds: number[] = [];
  return boxes.map((box) => {
    let lane = laneEnds.findIndex((end) => end <= box.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = box.reservedEnd;
    return lane;
  });
}

/** The axis for a window: the smallest scale whose ticks are `tickWidth` apart, every tick inside the window. */
export function axisFor(window: TimeWindow, profile: Profile): { scale: AxisScale; ticks: AxisTick[] } {
  const span = window.end - window.start;
  const candidates: AxisScale[] = [
    { scale: 'day', step: 1 },
    { scale: 'month', step: 1 },
    { scale: 'month', step: 3 },
    { scale: 'month', step: 6 },
    { scale: 'year', step: 1 },
    { scale: 'year', step: 2 },
    { scale: 'year', step: 5 },
    { scale: 'year', step: 10 },
    { scale: 'year', step: 20 },
    { scale: 'year', step: 50 },
    { scale: 'year', step: 100 },
  ];
  const scale =
    candidates.find((candidate) => nominalLength({ unit: candidate.scale, step: candidate.step }) >= span * profile.tickWidth) ??
    (candidates[candidates.length - 1] as AxisScale);
  const ticks: AxisTick[] = [];
  for (const instant of tickInstants(window, scale)) {
    ticks.push({ instant, x: (instant - window.start) / span, label: tickLabel(instant, scale), major: isMajorTick(instant, scale) });
  }
  return { scale, ticks };
}

/**
 * The instants vis-timeline's TimeStep visits for a fixed scale: days of each month at
 * 1, 1 + step, …; months that are multiples of `step`; years that are multiples of `step`.
 */
function tickInstants(window: TimeWindow, scale: AxisScale): number[] {
  const instants: number[] = [];
  const first = new Date(window.start);
  let year = first.getUTCFullYear();
  if (scale.scale === 'year') {
    for (let y = Math.ceil(year / scale.step) * scale.step; ; y += scale.step) {
      const instant = Date.UTC(y, 0, 1);
      if (instant >= window.end) break;
      if (instant >= window.start) instants.push(instant);
    }
    return instants;
  }
  if (scale.scale === 'month') {
    let month = first.getUTCMonth() - (first.getUTCMonth() % scale.step);
    for (;;) {
      const instant = Date.UTC(year, month, 1);
      if (instant >= window.end) break;
      if (instant >= window.start) instants.push(instant);
      month += scale.step;
      if (month >= 12) {
        month -= 12;
        year += 1;
      }
    }
    return instants;
  }
  for (let instant = Date.UTC(year, first.getUTCMonth(), first.getUTCDate()); instant < window.end; instant += DAY) {
    if (instant >= window.start && (new Date(instant).getUTCDate() - 1) % scale.step === 0) instants.push(instant);
  }
  return instants;
}

function isMajorTick(instant: number, scale: AxisScale): boolean {
  const date = new Date(instant);
  if (scale.scale === 'month') return date.getUTCMonth() === 0;
  if (scale.scale === 'day') return date.getUTCDate() === 1;
  return false;
}

/** An axis label: "2011" on a year axis and for January on a month axis, else "Apr"; "Mar 2011" or "15" on a day axis. */
export function tickLabel(instant: number, scale: AxisScale): string {
  const date = new Date(instant);
  if (scale.scale === 'year') return String(date.getUTCFullYear());
  if (scale.scale === 'month') return date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : (SHORT_MONTHS[date.getUTCMonth()] as string);
  return date.getUTCDate() === 1 ? `${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : String(date.getUTCDate());
}

/**
 * The layout of some rows in a window: rows in the order given, their lanes, and every box at
 * least partly in the window (and its margin), in time order.
 */
export function layoutTimeline(rows: readonly LayoutRowInput[], window: TimeWindow, profile: Profile, options: LayoutOptions = {}): TimelineLayout {
  const size = bucketSizeFor(window, profile);
  const span = window.end - window.start;
  const margin = (options.margin ?? 0) * span;
  const outRows: LayoutRow[] = [];
  const boxes: LayoutBox[] = [];
  let firstLane = 0;
  for (const row of rows) {
    const { placed, lanes } = placeRow(row, window, size, profile);
    // Lanes drawn: as many as the boxes in the window use (the window itself, not its margin,
    // so that both renderers give a row the same height).
    let drawn = 0;
    let starting = 0;
    const kept: LayoutBox[] = [];
    placed.forEach((box, index) => {
      const lane = lanes[index] as number;
      if (box.reservedEnd > window.start && box.start < window.end) drawn = Math.max(drawn, lane + 1);
      if (box.start >= window.start && box.start < window.end) starting += 1;
      if (box.reservedEnd > window.start - margin && box.start < window.end + margin) kept.push(box.make(lane));
    });
    // A row is empty when no box starts in the window (one that started before is not drawn).
    if (starting === 0 && options.hideEmptyRows) continue;
    // Room for the row's label too (a lane holds `rowLabelLinesPerLane` of its lines).
    const rowLanes = Math.max(drawn, Math.ceil(labelLines(row.label, profile.rowLabelChars) / profile.rowLabelLinesPerLane));
    outRows.push({ id: row.id, label: row.label, title: row.title, lanes: rowLanes, firstLane });
    // Boxes of the margin in lanes the window does not draw wait for the next layout.
    for (const box of kept) if (box.lane < rowLanes) boxes.push({ ...box, globalLane: firstLane + box.lane });
    firstLane += rowLanes;
  }
  boxes.sort((a, b) => a.start - b.start || a.globalLane - b.globalLane);
  return { profile: profile.name, window, bucket: size, rows: outRows, boxes, lanes: firstLane, axis: axisFor(window, profile) };
}

/**
 * Every box of the rows at the window's bucket size, wherever it is, in time order: what the
 * keyboard steps through. An entry in several rows is listed once, at its first row.
 */
export function boxSequence(rows: readonly LayoutRowInput[], window: TimeWindow, profile: Profile): LayoutBox[] {
  const size = bucketSizeFor(window, profile);
  const boxes = rows.flatMap((row, order) => {
    const { placed, lanes } = placeRow(row, window, size, profile);
    return placed.map((box, index) => ({ box: box.make(lanes[index] as number), order }));
  });
  boxes.sort((a, b) => a.box.start - b.box.start || a.order - b.order || a.box.lane - b.box.lane);
  const seen = new Set<string>();
  return boxes
    .map(({ box }) => box)
    .filter((box) => {
      if (box.type === 'cluster') return true;
      if (seen.has(box.entryId)) return false;
      seen.add(box.entryId);
      return true;
    });
}

/**
 * Whether a box starts inside the window: what the first view draws, as vis-timeline does
 * (vis leaves out a box that starts before its window until it has measured it).
 */
export function inWindow(box: LayoutBox): boolean {
  return box.x >= 0 && box.x < 1;
}

/** The pixel height of a layout drawn in a profile: the axis and every lane. */
export function layoutHeight(layout: Pick<TimelineLayout, 'lanes' | 'profile'>): number {
  const geometry = GEOMETRY[layout.profile];
  return geometry.axis + layout.lanes * geometry.lane;
}

/**
 * The first window, chosen to be read: around the heart of the story (the shortest span that
 * holds `firstViewShare` of the entries), the window of `firstViewMin`…`firstViewMax` that
 * fits on a screen (`firstViewLanes`) and draws the most entries one by one, less one for each cluster (a cluster says that there is
 * more, not what happened) and for each box cut by its start, then the one that shows the most entries at all, then the shorter. Windows start on the first of a month and keep room
 * after their last box for its label: never past the last entry.
 */
export function firstWindow(rows: readonly LayoutRowInput[], profile: Profile): TimeWindow | undefined {
  const entries = [...new Map(rows.flatMap((row) => row.entries.map((entry) => [entry.id, entry] as const))).values()];
  if (entries.length === 0) return undefined;
  const starts = entries.map((entry) => entry.start).sort((a, b) => a - b);
  const count = Math.max(1, Math.ceil(starts.length * profile.firstViewShare));
  let core = { start: starts[0] as number, end: starts[count - 1] as number };
  for (let i = 0; i + count - 1 < starts.length; i++) {
    const start = starts[i] as number;
    const end = starts[i + count - 1] as number;
    if (end - start < core.end - core.start) core = { start, end };
  }
  const heart = (core.start + core.end) / 2;
  const first = starts[0] as number;
  const latest = Math.max(...entries.map((entry) => entry.endExclusive));
  let best: { window: TimeWindow; fits: boolean; score: number; shown: number } | undefined;
  // Every month start that keeps the heart of the story in the part left of the last label's
  // room; when no such window shows an entry (entries far apart, e.g. one date a year), every
  // month start across the densest part.
  const search = (earliestStart: (usable: number) => number, lastStart: number) => {
    for (let length = profile.firstViewMin; length <= profile.firstViewMax * 1.001; length *= 1.25) {
      const usable = length * (1 - profile.labelWidth);
      const from = monthStart(Math.max(earliestStart(usable), first - length * 0.05));
      for (let start = from; start <= lastStart; start = nextMonth(start)) {
        // Never past the last entry: at most the last entry's label after it (the window moves back).
        const end = Math.ceil(Math.min(start + length, latest + length * profile.labelWidth) / DAY) * DAY;
        const window = { start: end - Math.round(length / DAY) * DAY, end };
        const layout = layoutTimeline(rows, window, profile, { hideEmptyRows: true });
        const fits = layout.lanes <= profile.firstViewLanes;
        const items = new Set<string>();
        let clusters = 0;
        let shown = 0;
        let cut = 0;
        for (const box of layout.boxes) {
          if (box.x < 0 && box.x + box.width > 0) cut += 1;
          if (!inWindow(box)) continue;
          if (box.type === 'item') items.add(box.entryId);
          else clusters += 1;
          shown += box.type === 'item' ? 1 : box.entries.length;
        }
        // A cluster says that there is more, not what happened; a box cut by the window's start
        // cannot be read: both count against a window.
        const score = items.size - clusters - cut;
        // A window that shows nothing is the last resort, however well it fits.
        const better =
          !best ||
          (shown > 0 && best.shown === 0) ||
          (shown > 0 === best.shown > 0 && fits && !best.fits) ||
          (shown > 0 === best.shown > 0 &&
            fits === best.fits &&
            (score > best.score || (score === best.score && (shown > best.shown || (shown === best.shown && length < best.window.end - best.window.start)))));
        if (better) best = { window, fits, score, shown };
      }
    }
  };
  search((usable) => heart - usable, heart);
  if (!best || best.shown === 0) search((usable) => core.start - usable, core.end);
  return best?.window;
}

function monthStart(instant: number): number {
  const date = new Date(instant);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function nextMonth(instant: number): number {
  const date = new Date(instant);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** The window that shows a cluster's period and a little either side, its label included. */
export function clusterWindow(period: TimeWindow, profile: Profile): TimeWindow {
  const length = period.end - period.start;
  const total = (length * 1.1) / (1 - profile.labelWidth);
  const start = period.start - length * 0.05;
  return { start: Math.floor(start / DAY) * DAY, end: Math.ceil((start + total) / DAY) * DAY };
}

/** Entries per year over the whole span, every year from the first to the last (the overview strip). */
export function yearDensity(entries: readonly Pick<LayoutEntry, 'start'>[]): { first: number; last: number; counts: number[]; max: number } | undefined {
  if (entries.length === 0) return undefined;
  const years = entries.map((entry) => new Date(entry.start).getUTCFullYear());
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counts = Array.from({ length: last - first + 1 }, () => 0);
  for (const year of years) counts[year - first] = (counts[year - first] ?? 0) + 1;
  return { first, last, counts, max: Math.max(...counts) };
}

/** The window the overview strip moves to for a year: the current window's length, centred on that year. */
export function windowAtYear(year: number, current: TimeWindow): TimeWindow {
  const length = current.end - current.start;
  const middle = (Date.UTC(year, 0, 1) + Date.UTC(year + 1, 0, 1)) / 2;
  const start = Math.floor((middle - length / 2) / DAY) * DAY;
  return { start, end: start + Math.round(length / DAY) * DAY };
}
