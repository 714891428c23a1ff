import { describe, expect, it } from 'vitest';
import type { TimelineData, TimelineEntry } from '../../../../src/site/timeline/data.ts';
import {
  announcement,
  dateFilterBounds,
  dateFilterError,
  DEFAULT_STATE,
  extentOf,
  filterEntries,
  formatInstant,
  hasFilters,
  knownIds,
  NO_GROUP,
  paddedWindow,
  parseInstant,
  parseState,
  roundToDay,
  serialiseState,
  stepEntry,
  timelineRows,
  type TimelineState,
} from '../../../../src/site/timeline/state.ts';

function entry(id: string, fields: Partial<TimelineEntry> & Pick<TimelineEntry, 'date'>): TimelineEntry {
  const [year = 2000, month, day] = fields.date.split('-').map(Number);
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const end = day ? Date.UTC(year, (month ?? 1) - 1, day + 1) : month ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
  return {
    id,
    url: `/entries/${id}/`,
    title: `Title of ${id}`,
    kind: 'event',
    dateLabel: fields.date,
    start,
    endExclusive: end,
    isRange: false,
    actors: [],
    topics: [],
    conflicts: [],
    ...fields,
  };
}

const entries: TimelineEntry[] = [
  entry('pgr-2005', { date: '2005', kind: 'count', actors: ['pgr', 'borderland-beat'], topics: ['agents'] }),
  entry('gunwalking-range', {
    date: '2009-10',
    end: '2011-01',
    isRange: true,
    endExclusive: Date.UTC(2011, 1, 1),
    kind: 'event',
    actors: ['atf'],
    topics: ['fast-and-furious'],
  }),
  entry('dodson-2011', { date: '2011-03', kind: 'statement', actors: ['john-dodson', 'atf', 'cbs'], topics: ['fast-and-furious', 'agents'] }),
  entry('ap-count', { date: '2011-04-19', kind: 'count', actors: ['associated-press', 'dea'], topics: ['agents'] }),
  entry('orphan', { date: '2012', kind: 'statement', actors: [], topics: [] }),
];

const data: TimelineData = {
  entries,
  actors: [
    { id: 'associated-press', name: 'Associated Press', shortName: 'AP' },
    { id: 'atf', name: 'Bureau of Alcohol, Tobacco, Firearms and Explosives', shortName: 'ATF' },
    { id: 'borderland-beat', name: 'Borderland Beat' },
    { id: 'cbs', name: 'CBS News' },
    { id: 'dea', name: 'Drug Enforcement Administration', shortName: 'DEA' },
    { id: 'john-dodson', name: 'John Dodson' },
    { id: 'pgr', name: 'Procuraduría General de la República', shortName: 'PGR' },
    { id: 'unused', name: 'Unused actor' },
  ],
  topics: [
    { id: 'agents', title: 'U.S. agents in Mexico' },
    { id: 'fast-and-furious', title: 'Operation Fast and Furious' },
  ],
  kinds: ['event', 'statement', 'count'],
};

describe('parseInstant and formatInstant', () => {
  it('reads partial dates as the start of their period, in UTC', () => {
    expect(parseInstant('2010')).toBe(Date.UTC(2010, 0, 1));
    expect(parseInstant('2010-03')).toBe(Date.UTC(2010, 2, 1));
    expect(parseInstant('2010-03-15')).toBe(Date.UTC(2010, 2, 15));
  });

  it('reads UTC instants and refuses anything else', () => {
    expect(parseInstant('2010-03-15T12:30Z')).toBe(Date.UTC(2010, 2, 15, 12, 30));
    expect(parseInstant('2010-03-15T12:30:05.250Z')).toBe(Date.UTC(2010, 2, 15, 12, 30, 5));
    for (const bad of ['', null, undefined, 'yesterday', '2010-13', '2010-02-30', '2010-03-15T25:00Z', '2010-03-15T12:30+02:00', '99']) {
      expect(parseInstant(bad)).toBeUndefined();
    }
  });

  it('writes days when it can, minutes or seconds when it must', () => {
    expect(formatInstant(Date.UTC(2010, 0, 1))).toBe('2010-01-01');
    expect(formatInstant(Date.UTC(2010, 0, 1, 6, 30))).toBe('2010-01-01T06:30Z');
    expect(formatInstant(Date.UTC(2010, 0, 1, 6, 30, 9))).toBe('2010-01-01T06:30:09Z');
    for (const ms of [Date.UTC(2010, 0, 1), Date.UTC(2010, 0, 1, 6, 30), Date.UTC(1999, 11, 31, 23, 59, 59)]) {
      expect(parseInstant(formatInstant(ms))).toBe(ms);
    }
  });

  it('rounds to the nearest midnight UTC', () => {
    expect(roundToDay(Date.UTC(2010, 0, 1, 11, 59))).toBe(Date.UTC(2010, 0, 1));
    expect(roundToDay(Date.UTC(2010, 0, 1, 12, 1))).toBe(Date.UTC(2010, 0, 2));
  });
});

describe('parseState and serialiseState', () => {
  const full = '?actor=atf&topic=fast-and-furious&kind=count&from=2005&to=2012&group=actor&start=2010-01-01&end=2012-01-01&selected=dodson-2011';

  it('reads every part of the issue’s example', () => {
    expect(parseState(full, knownIds(data))).toEqual({
      actor: 'atf',
      topic: 'fast-and-furious',
      kind: 'count',
      from: '2005',
      to: '2012',
      group: 'actor',
      start: Date.UTC(2010, 0, 1),
      end: Date.UTC(2012, 0, 1),
      selected: 'dodson-2011',
    });
  });

  it('round-trips', () => {
    expect(serialiseState(parseState(full))).toBe(full);
    const state: TimelineState = { group: 'topic', kind: 'event', from: '2009-10', start: Date.UTC(2009, 0, 1, 6), end: Date.UTC(2012, 5, 1) };
    expect(parseState(serialiseState(state))).toEqual(state);
  });

  it('defaults to grouping by topic with nothing else, and writes nothing for the default', () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
    expect(serialiseState(DEFAULT_STATE)).toBe('');
    expect(serialiseState({ group: 'topic', kind: 'event' })).toBe('?kind=event');
  });

  it('accepts URLSearchParams and trims values', () => {
    expect(parseState(new URLSearchParams({ kind: ' statement ', actor: '' }))).toEqual({ group: 'topic', kind: 'statement' });
  });

  it('drops malformed values and, given the data, unknown ids', () => {
    const state = parseState(
      '?actor=nobody&topic=nothing&kind=rumour&from=last-year&to=2011-02-30&group=colour&selected=missing&start=2012&end=2010',
      knownIds(data),
    );
    expect(state).toEqual(DEFAULT_STATE);
    // Without the data, ids cannot be checked and are kept.
    expect(parseState('?actor=nobody&selected=missing')).toEqual({ group: 'topic', actor: 'nobody', selected: 'missing' });
  });

  it('needs both ends of the window', () => {
    expect(parseState('?start=2010-01-01')).toEqual(DEFAULT_STATE);
    expect(parseState('?end=2010-01-01')).toEqual(DEFAULT_STATE);
    expect(parseState('?start=2010&end=2010')).toEqual(DEFAULT_STATE);
  });

  it('escapes what it writes', () => {
    expect(serialiseState({ group: 'topic', actor: 'a&b=c' })).toBe('?actor=a%26b%3Dc');
    expect(parseState(serialiseState({ group: 'topic', actor: 'a&b=c' })).actor).toBe('a&b=c');
  });
});

describe('filters', () => {
  const ids = (list: readonly TimelineEntry[]) => list.map((item) => item.id);

  it('keeps everything, in order, without filters', () => {
    expect(ids(filterEntries(entries, {}))).toEqual(ids(entries));
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ kind: 'count' })).toBe(true);
  });

  it('filters by actor in any role, topic and kind, all at once', () => {
    expect(ids(filterEntries(entries, { actor: 'atf' }))).toEqual(['gunwalking-range', 'dodson-2011']);
    expect(ids(filterEntries(entries, { topic: 'agents' }))).toEqual(['pgr-2005', 'dodson-2011', 'ap-count']);
    expect(ids(filterEntries(entries, { kind: 'count' }))).toEqual(['pgr-2005', 'ap-count']);
    expect(ids(filterEntries(entries, { actor: 'atf', topic: 'agents', kind: 'statement' }))).toEqual(['dodson-2011']);
    expect(ids(filterEntries(entries, { actor: 'atf', kind: 'count' }))).toEqual([]);
  });

  it('keeps entries whose period overlaps the date range, both ends inclusive', () => {
    // "to 2010" reaches the end of 2010, so the 2009–2011 range overlaps; "from 2011-04" excludes March 2011.
    expect(ids(filterEntries(entries, { from: '2006', to: '2010' }))).toEqual(['gunwalking-range']);
    expect(ids(filterEntries(entries, { from: '2011-04' }))).toEqual(['ap-count', 'orphan']);
    expect(ids(filterEntries(entries, { to: '2005' }))).toEqual(['pgr-2005']);
    expect(ids(filterEntries(entries, { from: '2011-04-19', to: '2011-04-19' }))).toEqual(['ap-count']);
    // A year-precision entry overlaps any day of its year.
    expect(ids(filterEntries(entries, { from: '2005-06-01', to: '2005-06-30' }))).toEqual(['pgr-2005']);
  });

  it('gives the instants of the date filter and flags an inverted one', () => {
    expect(dateFilterBounds({ from: '2005', to: '2012' })).toEqual({ from: Date.UTC(2005, 0, 1), to: Date.UTC(2013, 0, 1) });
    expect(dateFilterBounds({ from: 'nonsense' })).toEqual({});
    expect(dateFilterError({ from: '2012', to: '2005' })).toMatch(/after/);
    expect(dateFilterError({ from: '2005', to: '2005' })).toBeUndefined();
  });
});

describe('timelineRows', () => {
  it('puts an entry in every row of its actors, rows by actor in the order of their first entry, labelled with the name readers know', () => {
    const rows = timelineRows(data, entries, 'actor');
    expect(rows.filter((row) => row.entries.some((item) => item.id === 'dodson-2011')).map((row) => row.id)).toEqual(['atf', 'cbs', 'john-dodson']);
    // PGR and Borderland Beat both first appear in 2005: by label, then ATF (2009), CBS and Dodson (2011), AP and DEA (April 2011).
    expect(rows.map((row) => row.id)).toEqual(['borderland-beat', 'pgr', 'atf', 'cbs', 'john-dodson', 'associated-press', 'dea', NO_GROUP]);
    expect(rows.find((row) => row.id === 'atf')).toMatchObject({ label: 'ATF', title: 'Bureau of Alcohol, Tobacco, Firearms and Explosives' });
    expect(rows.at(-1)).toMatchObject({ label: 'No actor', entries: [entries[4]] });
  });

  it('by topic: topics in their order, every entry in its topics’ rows in time order, no empty rows', () => {
    const rows = timelineRows(data, entries, 'topic');
    expect(rows.map((row) => row.label)).toEqual(['U.S. agents in Mexico', 'Operation Fast and Furious', 'No topic']);
    expect(rows[0]?.entries.map((item) => item.id)).toEqual(['pgr-2005', 'dodson-2011', 'ap-count']);
    expect(timelineRows(data, filterEntries(entries, { kind: 'count' }), 'topic').map((row) => row.id)).toEqual(['agents']);
    expect(timelineRows(data, [], 'actor')).toEqual([]);
  });
});

describe('stepEntry', () => {
  const window = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2011, 11, 31) };

  it('moves entry by entry and stays put at either end', () => {
    expect(stepEntry(entries, 'pgr-2005', 'next')?.id).toBe('gunwalking-range');
    expect(stepEntry(entries, 'gunwalking-range', 'previous')?.id).toBe('pgr-2005');
    expect(stepEntry(entries, 'pgr-2005', 'previous')?.id).toBe('pgr-2005');
    expect(stepEntry(entries, 'orphan', 'next')?.id).toBe('orphan');
    expect(stepEntry(entries, 'dodson-2011', 'first')?.id).toBe('pgr-2005');
    expect(stepEntry(entries, undefined, 'last')?.id).toBe('orphan');
  });

  it('starts from the visible window when nothing (or something filtered out) is selected', () => {
    // The range overlaps the window though it starts before it.
    expect(stepEntry(entries, undefined, 'next', window)?.id).toBe('gunwalking-range');
    expect(stepEntry(entries, 'not-shown', 'previous', window)?.id).toBe('ap-count');
    expect(stepEntry(entries, undefined, 'next')?.id).toBe('pgr-2005');
    expect(stepEntry(entries, undefined, 'next', { start: Date.UTC(2030, 0, 1), end: Date.UTC(2031, 0, 1) })?.id).toBe('pgr-2005');
    expect(stepEntry([], undefined, 'next')).toBeUndefined();
  });
});

describe('helpers', () => {
  it('measures and pads the period covered', () => {
    expect(extentOf(entries)).toEqual({ start: Date.UTC(2005, 0, 1), end: Date.UTC(2013, 0, 1) });
    expect(extentOf([])).toBeUndefined();
    const day = 24 * 60 * 60 * 1000;
    expect(paddedWindow(0, 1000 * day)).toEqual({ start: -100 * day, end: 1100 * day });
    expect(paddedWindow(0, day)).toEqual({ start: -30 * day, end: 31 * day });
  });

  it('announces position, date, kind and title', () => {
    const ap = entries[3];
    expect(ap && announcement(ap, 4, 5)).toBe('4 of 5: 2011-04-19, count. Title of ap-count. Press Enter to open.');
  });
});
