import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  axisFor,
  boxSequence,
  bucketIndex,
  bucketPeriod,
  bucketSizeFor,
  clusterWindow,
  firstWindow,
  inWindow,
  kindCountsLabel,
  labelLines,
  layoutHeight,
  layoutTimeline,
  periodLabel,
  PROFILES,
  windowAtYear,
  yearDensity,
  type ClusterBox,
  type ItemBox,
  type LayoutEntry,
  type LayoutRowInput,
} from '../../../../src/site/timeline/layout.ts';

const DAY = 86_400_000;
const wide = PROFILES.wide;
const narrow = PROFILES.narrow;

function entry(id: string, date: string, extra: Partial<LayoutEntry> = {}): LayoutEntry {
  const start = Date.parse(`${date}T00:00:00Z`);
  return { id, title: `Title ${id}`, kind: 'event', start, endExclusive: start + DAY, isRange: false, dateLabel: date, ...extra };
}

function row(id: string, entries: LayoutEntry[]): LayoutRowInput {
  return { id, label: id, title: `Row ${id}`, entries: [...entries].sort((a, b) => a.start - b.start) };
}

const year2011 = { start: Date.UTC(2011, 0, 1), end: Date.UTC(2012, 0, 1) };

describe('buckets', () => {
  it('are the smallest nice length that is at least the label width of the window', () => {
    // A year's window, a fifth of it for a label: 73 days, so three months.
    expect(bucketSizeFor(year2011, wide)).toEqual({ unit: 'month', step: 3 });
    // Half of it: six months.
    expect(bucketSizeFor(year2011, narrow)).toEqual({ unit: 'month', step: 6 });
    expect(bucketSizeFor({ start: 0, end: 10 * DAY }, wide)).toEqual({ unit: 'day', step: 7 });
    expect(bucketSizeFor({ start: Date.UTC(1940, 0, 1), end: Date.UTC(2026, 0, 1) }, wide)).toEqual({ unit: 'year', step: 20 });
  });

  it('lie on a grid aligned to the epoch, so a window that pans keeps them', () => {
    const size = { unit: 'month', step: 3 } as const;
    const index = bucketIndex(Date.UTC(2011, 4, 17), size);
    expect(bucketPeriod(index, size)).toEqual({ start: Date.UTC(2011, 3, 1), end: Date.UTC(2011, 6, 1) });
    expect(bucketIndex(Date.UTC(2011, 3, 1), size)).toBe(index);
    expect(bucketIndex(Date.UTC(2011, 6, 1), size)).toBe(index + 1);
    const years = { unit: 'year', step: 5 } as const;
    expect(bucketPeriod(bucketIndex(Date.UTC(2013, 6, 1), years), years)).toEqual({ start: Date.UTC(2010, 0, 1), end: Date.UTC(2015, 0, 1) });
    const days = { unit: 'day', step: 1 } as const;
    expect(bucketPeriod(bucketIndex(Date.UTC(2011, 2, 19, 13), days), days)).toEqual({ start: Date.UTC(2011, 2, 19), end: Date.UTC(2011, 2, 20) });
  });

  it('read as periods at their precision', () => {
    const label = (start: number, unit: 'day' | 'month' | 'year', step: number, long = false) => {
      const size = { unit, step };
      return periodLabel(bucketPeriod(bucketIndex(start, size), size), size, long);
    };
    expect(label(Date.UTC(2011, 2, 19), 'day', 1)).toBe('19 Mar 2011');
    expect(label(Date.UTC(2011, 0, 9), 'month', 1)).toBe('Jan 2011');
    expect(label(Date.UTC(2011, 0, 9), 'month', 1, true)).toBe('January 2011');
    expect(label(Date.UTC(2011, 4, 9), 'month', 3)).toBe('Apr–Jun 2011');
    expect(label(Date.UTC(2011, 4, 9), 'year', 1)).toBe('2011');
    expect(label(Date.UTC(2011, 4, 9), 'year', 5)).toBe('2010–2014');
  });
});

describe('layoutTimeline', () => {
  it('draws a bucket of at most `perBucket` entries one by one, and of a fuller one its first entries and a cluster of the rest', () => {
    const rows = [
      row('a', [entry('a1', '2011-02-01'), entry('a2', '2011-03-01')]),
      row('b', [
        entry('b1', '2011-04-10', { kind: 'statement' }),
        entry('b2', '2011-05-01'),
        entry('b3', '2011-06-30', { kind: 'count' }),
        entry('b4', '2011-06-30', { kind: 'statement' }),
      ]),
    ];
    const layout = layoutTimeline(rows, year2011, wide);
    const items = layout.boxes.filter((box): box is ItemBox => box.type === 'item');
    const clusters = layout.boxes.filter((box): box is ClusterBox => box.type === 'cluster');
    expect(items.map((box) => box.entryId)).toEqual(['a1', 'a2', 'b1']);
    expect(clusters).toHaveLength(1);
    const [cluster] = clusters;
    expect(cluster?.entries).toEqual(['b2', 'b3', 'b4']);
    expect(cluster?.start).toBe(Date.UTC(2011, 4, 1));
    expect(cluster?.period).toEqual({ start: Date.UTC(2011, 3, 1), end: Date.UTC(2011, 6, 1) });
    expect(cluster?.label).toBe('3 more · Apr–Jun 2011');
    expect(cluster?.description).toBe('April–June 2011: 3 more entries in Row b (1 event, 1 statement, 1 count)');
    expect(cluster?.x).toBeCloseTo((Date.UTC(2011, 4, 1) - year2011.start) / (year2011.end - year2011.start), 12);
    // With one entry a bucket, a fuller bucket is all cluster.
    const single = layoutTimeline(rows, year2011, { ...wide, perBucket: 1 }).boxes.filter((box): box is ClusterBox => box.type === 'cluster');
    expect(single.find((box) => box.row === 'b')?.label).toBe('4 entries · Apr–Jun 2011');
  });

  it('places boxes by their fraction of the window, a range entry reserving up to its end', () => {
    const range = entry('r', '2011-01-01', { isRange: true, endExclusive: Date.UTC(2011, 9, 1) });
    const layout = layoutTimeline([row('a', [range])], year2011, wide);
    const [box] = layout.boxes as ItemBox[];
    expect(box?.x).toBe(0);
    expect(box?.bar).toBeCloseTo(273 / 365, 12);
    expect(box?.width).toBeCloseTo(273 / 365, 12);
    const short = entry('s', '2011-01-01', { isRange: true, endExclusive: Date.UTC(2011, 0, 20) });
    const [shortBox] = layoutTimeline([row('a', [short])], year2011, wide).boxes as ItemBox[];
    // A short range still reserves room for its label, so its title is never cut to "Op".
    expect(shortBox?.width).toBeCloseTo(wide.labelWidth, 12);
  });

  it('gives overlapping boxes separate lanes, rows their lanes in order, and keeps only what is in the window', () => {
    const rows = [
      row('a', [entry('a1', '2011-01-05'), entry('a2', '2011-01-20'), entry('a3', '2011-05-01')]),
      row('b', [entry('b1', '2010-01-01'), entry('b2', '2011-08-01')]),
    ];
    const layout = layoutTimeline(rows, year2011, wide);
    expect(layout.rows.map((r) => [r.id, r.lanes, r.firstLane])).toEqual([
      ['a', 2, 0],
      ['b', 1, 2],
    ]);
    expect(layout.lanes).toBe(3);
    expect(layoutHeight(layout)).toBe(28 + 3 * 42);
    const lanes = Object.fromEntries(layout.boxes.map((box) => [box.id, [box.lane, box.globalLane]]));
    expect(lanes).toEqual({ 'a1::a': [0, 0], 'a2::a': [1, 1], 'a3::a': [0, 0], 'b2::b': [0, 2] });
    // With a margin of a window either side, the 2010 entry is laid out too.
    expect(layoutTimeline(rows, year2011, wide, { margin: 1 }).boxes.map((box) => box.id)).toContain('b1::b');
  });

  it('leaves out rows without a box starting in the window only when asked', () => {
    const rows = [row('a', [entry('a1', '2011-01-05')]), row('b', [entry('b1', '2005-01-01')]), row('c', [entry('c1', '2010-12-20')])];
    expect(layoutTimeline(rows, year2011, wide).rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(layoutTimeline(rows, year2011, wide, { hideEmptyRows: true }).rows.map((r) => r.id)).toEqual(['a']);
  });

  it('keeps each box in its lane while the window pans', () => {
    const entries = Array.from({ length: 60 }, (_, index) => entry(`e${index}`, new Date(Date.UTC(2011, 0, 1) + index * 45 * DAY).toISOString().slice(0, 10)));
    const rows = [row('a', entries)];
    const before = layoutTimeline(rows, year2011, wide);
    const shift = 40 * DAY;
    const after = layoutTimeline(rows, { start: year2011.start + shift, end: year2011.end + shift }, wide);
    const lanesBefore = new Map(before.boxes.map((box) => [box.id, box.lane]));
    const common = after.boxes.filter((box) => lanesBefore.has(box.id));
    expect(common.length).toBeGreaterThan(5);
    for (const box of common) expect(box.lane).toBe(lanesBefore.get(box.id));
  });

  it('never needs more than 2 × perBucket lanes for point entries, and exactly as many as the deepest overlap', () => {
    const instants = fc.array(fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2015, 0, 1) }), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom(wide, narrow),
        fc.integer({ min: 30, max: 3000 }),
        fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2014, 0, 1) }),
        (starts, profile, days, windowStart) => {
          const entries = starts.map((start, index) => ({ ...entry(`e${index}`, '2011-01-01'), start, endExclusive: start + DAY }));
          const window = { start: windowStart, end: windowStart + days * DAY };
          const layout = layoutTimeline([row('a', entries)], window, profile, { margin: 2 });
          const boxes = layout.boxes;
          const span = window.end - window.start;
          const intervals = boxes.map((box) => ({ start: box.start, end: box.start + box.width * span }));
          // The deepest overlap, at some box's start.
          const depth = Math.max(0, ...intervals.map((a) => intervals.filter((b) => b.start <= a.start && b.end > a.start).length));
          const lanes = Math.max(0, ...boxes.map((box) => box.lane + 1));
          expect(lanes).toBeLessThanOrEqual(2 * profile.perBucket);
          expect(lanes).toBe(depth);
          // No two boxes of one lane overlap.
          for (const a of boxes)
            for (const b of boxes) {
              if (a === b || a.lane !== b.lane) continue;
              const [first, second] = a.start <= b.start ? [a, b] : [b, a];
              expect(second.start).toBeGreaterThanOrEqual(first.start + first.width * span - 1e-3);
            }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a row lanes enough for its label', () => {
    expect(labelLines('U.S. agents in Mexico', 17)).toBe(2);
    expect(labelLines('The congressional investigation of Fast and Furious', 17)).toBe(3);
    expect(labelLines('Extraordinarilylongword', 10)).toBe(3);
    const rows = [row('The congressional investigation of Fast and Furious', [entry('a1', '2011-01-05')])];
    expect(layoutTimeline(rows, year2011, wide).rows[0]?.lanes).toBe(2);
    expect(layoutTimeline(rows, year2011, narrow).rows[0]?.lanes).toBe(2);
  });

  it('assigns lanes greedily by start', () => {
    expect(
      assignLanes([
        { start: 0, reservedEnd: 10 },
        { start: 2, reservedEnd: 4 },
        { start: 5, reservedEnd: 12 },
        { start: 10, reservedEnd: 11 },
      ]),
    ).toEqual([0, 1, 1, 0]);
  });

  it('lists every box once in time order for the keyboard, an entry of two rows at its first row', () => {
    const shared = entry('shared', '2011-03-01');
    const rows = [row('a', [entry('a1', '2011-01-05'), shared]), row('b', [shared, entry('b1', '2003-01-01')])];
    const sequence = boxSequence(rows, year2011, wide);
    expect(sequence.map((box) => box.id)).toEqual(['b1::b', 'a1::a', 'shared::a']);
  });
});

describe('axisFor', () => {
  it('ticks inside the window at the smallest scale with room for a label', () => {
    const axis = axisFor(year2011, wide);
    expect(axis.scale).toEqual({ scale: 'month', step: 1 });
    expect(axis.ticks.map((tick) => tick.label)).toEqual(['2011', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(axis.ticks[0]?.major).toBe(true);
    expect(axis.ticks[1]?.x).toBeCloseTo(31 / 365, 12);
    const narrowAxis = axisFor(year2011, narrow);
    expect(narrowAxis.scale).toEqual({ scale: 'month', step: 3 });
    expect(narrowAxis.ticks.map((tick) => tick.label)).toEqual(['2011', 'Apr', 'Jul', 'Oct']);
    const long = axisFor({ start: Date.UTC(1938, 5, 1), end: Date.UTC(2026, 0, 1) }, wide);
    expect(long.scale).toEqual({ scale: 'year', step: 10 });
    expect(long.ticks[0]?.label).toBe('1940');
    for (const tick of long.ticks) expect(tick.x).toBeGreaterThanOrEqual(0);
  });
});

describe('firstWindow', () => {
  const monthly = Array.from({ length: 24 }, (_, index) =>
    entry(`m${index}`, `${2010 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15`),
  );
  const burst = Array.from({ length: 30 }, (_, index) => entry(`b${index}`, `2011-01-${String(index + 1).padStart(2, '0')}`, { kind: 'statement' }));
  const early = [entry('e1', '1990-01-01'), entry('e2', '2000-06-01')];
  const rows = [row('a', [...monthly, ...early]), row('b', burst)];

  it('keeps the heart of the story in view and draws more entries one by one than clusters', () => {
    const window = firstWindow(rows, wide);
    if (!window) throw new Error('no window');
    const length = window.end - window.start;
    expect(length).toBeGreaterThanOrEqual(wide.firstViewMin - DAY);
    expect(length).toBeLessThanOrEqual(wide.firstViewMax + DAY);
    // The burst of January 2011 is where the entries are densest: it is in view.
    const x = (Date.UTC(2011, 0, 15) - window.start) / length;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(1 - wide.labelWidth);
    const layout = layoutTimeline(rows, window, wide);
    const shown = layout.boxes.filter(inWindow);
    const items = shown.filter((box) => box.type === 'item').length;
    expect(items).toBeGreaterThan(shown.length - items);
    expect(new Date(window.start).getUTCDate()).toBe(1);
  });

  it('shows entries in its first window: the benchmark’s 5,000 synthetic entries, a third of them dated by year only', () => {
    // The dates of scripts/bench/lib/synthetic.ts: where the search once settled on months with no entry.
    const pad = (n: number) => String(n).padStart(2, '0');
    const dated = Array.from({ length: 5000 }, (_, e) => {
      const year = 2000 + ((e * 5) % 12);
      const month = 1 + ((e * 7) % 12);
      const day = 1 + ((e * 11) % 28);
      const date = e % 3 === 2 ? `${year}-01-01` : e % 3 === 1 ? `${year}-${pad(month)}-01` : `${year}-${pad(month)}-${pad(day)}`;
      return { e, item: entry(`s${e}`, date) };
    });
    const rows = Array.from({ length: 10 }, (_, t) =>
      row(
        `t${t}`,
        dated.filter(({ e }) => e % 10 === t || (e * 3) % 10 === t).map(({ item }) => item),
      ),
    );
    for (const profile of [wide, narrow]) {
      const window = firstWindow(rows, profile);
      if (!window) throw new Error('no window');
      const shown = layoutTimeline(rows, window, profile, { hideEmptyRows: true }).boxes.filter(inWindow);
      expect(shown.length, profile.name).toBeGreaterThan(0);
    }
  });

  it('never runs past the last entry’s label', () => {
    const late = [
      row('a', [...Array.from({ length: 10 }, (_, index) => entry(`l${index}`, `2012-${String(index + 1).padStart(2, '0')}-01`)), entry('x', '1990-01-01')]),
    ];
    const window = firstWindow(late, wide);
    if (!window) throw new Error('no window');
    const last = Date.UTC(2012, 9, 2);
    expect(window.end).toBeLessThanOrEqual(last + (window.end - window.start) * wide.labelWidth + DAY);
  });

  it('is at least the profile’s shortest window', () => {
    const window = firstWindow([row('a', [entry('a', '2011-01-01'), entry('b', '2011-01-02')])], narrow);
    expect((window?.end ?? 0) - (window?.start ?? 0)).toBeGreaterThanOrEqual(narrow.firstViewMin - DAY);
    expect(firstWindow([], wide)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('counts kinds in words', () => {
    expect(kindCountsLabel({ event: 3, statement: 1, count: 0 })).toBe('3 events, 1 statement');
  });

  it('zooms a cluster to its period, its label inside', () => {
    const period = { start: Date.UTC(2011, 0, 1), end: Date.UTC(2011, 3, 1) };
    const window = clusterWindow(period, wide);
    expect(window.start).toBeLessThan(period.start);
    expect((period.end - window.start) / (window.end - window.start)).toBeLessThanOrEqual(1 - wide.labelWidth + 0.01);
    // The new window's buckets are smaller than the cluster's.
    expect(bucketSizeFor(window, wide)).toEqual({ unit: 'month', step: 1 });
  });

  it('counts entries per year for the overview, every year in between', () => {
    expect(yearDensity([entry('a', '2009-05-01'), entry('b', '2011-01-01'), entry('c', '2011-12-31')])).toEqual({
      first: 2009,
      last: 2011,
      counts: [1, 0, 2],
      max: 2,
    });
  });

  it('moves the window to a year, keeping its length', () => {
    const window = windowAtYear(2005, year2011);
    expect(window.end - window.start).toBe(365 * DAY);
    expect(window.start).toBeLessThanOrEqual(Date.UTC(2005, 0, 1));
    expect(window.end).toBeGreaterThanOrEqual(Date.UTC(2005, 11, 31));
  });
});
