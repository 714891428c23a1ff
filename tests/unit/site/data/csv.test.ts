import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COUNT_COLUMNS, ENTRY_COLUMNS, countRows, entryRows, toCsv } from '../../../../src/site/data/csv.ts';
import type { EntryRecord, PlaceRecord } from '../../../../src/site/data/schemas.ts';

const record: EntryRecord = {
  id: 'x',
  url: 'https://site.example/entries/x/',
  title: 'Title, with "quotes"; and a semicolon',
  kind: 'count',
  date: '2011',
  datePrecision: 'year',
  end: null,
  circa: true,
  dateBasis: null,
  summary: 'Line one\nline two',
  actors: ['dea', 'ap'],
  topics: ['t'],
  places: [],
  quantity: {
    measure: 'm',
    subject: 'dea',
    value: 60,
    lower: null,
    upper: null,
    qualifier: 'more-than',
    unit: 'agents',
    asOf: '2011',
    asOfEnd: null,
    stated: 'more than 60',
    planned: false,
  },
  attribution: { by: { actor: 'ap' }, via: [{ description: 'A blog' }] },
  evidence: [{ source: 's', quote: 'quote; with “curly” quotes', lang: null, translation: null, locator: null, link: 'https://site.example/sources/s/' }],
  related: [{ entry: 'y', relation: 'follows', note: null }],
  conflicts: ['x--y'],
  status: null,
};

describe('CSV exports', () => {
  it('quote every cell so commas, quotes, semicolons and line breaks survive a round trip', () => {
    const csv = toCsv(ENTRY_COLUMNS, entryRows([record]));
    const rows = parse(csv) as string[][];
    expect(rows).toEqual([[...ENTRY_COLUMNS], ...entryRows([record])]);
    const row = rows[1] as string[];
    expect(row[ENTRY_COLUMNS.indexOf('title')]).toBe('Title, with "quotes"; and a semicolon');
    expect(row[ENTRY_COLUMNS.indexOf('actors')]).toBe('dea;ap');
    expect(row[ENTRY_COLUMNS.indexOf('via')]).toBe('A blog');
    expect(row[ENTRY_COLUMNS.indexOf('related')]).toBe('follows:y');
  });

  it('writes one counts row per count, with empty cells for missing numbers', () => {
    const rows = countRows([record, { ...record, id: 'e', kind: 'event', quantity: null }]);
    expect(rows).toHaveLength(1);
    const row = rows[0] as string[];
    expect(row[COUNT_COLUMNS.indexOf('value')]).toBe('60');
    expect(row[COUNT_COLUMNS.indexOf('lower')]).toBe('');
    expect(row[COUNT_COLUMNS.indexOf('stated')]).toBe('more than 60');
    expect(row[COUNT_COLUMNS.indexOf('planned')]).toBe('false');
  });

  it('gives each place of an entry its name and point, in the order of the ids', () => {
    const place = (id: string, name: string, latitude: number, longitude: number): PlaceRecord => ({
      id,
      url: `https://site.example/places/${id}/`,
      name,
      aliases: [],
      kind: 'city',
      country: 'US',
      parent: null,
      latitude,
      longitude,
      precision: 'place',
      basis: { dataset: 'geonames-cities1000', ids: ['1'], method: 'point', source: null },
      note: null,
      entries: ['x'],
    });
    const places = [place('tucson', 'Tucson', 32.22174, -110.92648), place('phoenix', 'Phoenix', 33.44838, -112.07404)];
    const row = entryRows([{ ...record, places: ['phoenix', 'tucson'] }], places)[0] as string[];
    expect(row[ENTRY_COLUMNS.indexOf('places')]).toBe('phoenix;tucson');
    expect(row[ENTRY_COLUMNS.indexOf('place_names')]).toBe('Phoenix;Tucson');
    expect(row[ENTRY_COLUMNS.indexOf('place_latitudes')]).toBe('33.44838;32.22174');
    expect(row[ENTRY_COLUMNS.indexOf('place_longitudes')]).toBe('-112.07404;-110.92648');
    expect(row[ENTRY_COLUMNS.indexOf('place_precisions')]).toBe('place;place');
  });
});
