import { describe, expect, it } from 'vitest';
import type { Actor, Entry, Source, Topic } from '../../../../src/domain/schema/index.ts';
import { buildSiteModel, type Item } from '../../../../src/site/model.ts';
import { buildTimelineFiles, detailsOf, expandTimelineEntry, expandTimelineIndex } from '../../../../src/site/timeline/data.ts';

function entry(id: string, extra: Partial<Entry>): Item<Entry> {
  return {
    id,
    data: {
      id,
      kind: 'statement',
      title: `Title ${id}`,
      summary: `Summary of ${id}.`,
      date: '2011',
      circa: false,
      actors: ['example-agency'],
      topics: ['example-topic'],
      places: [],
      related: [],
      attribution: { by: { actor: 'example-agency' }, via: [] },
      evidence: [{ source: 'example-source', quote: `Quote of ${id}.` }],
      ...extra,
    } as Entry,
  };
}

const model = buildSiteModel({
  entries: [entry('range', { kind: 'event', date: '2009-10', end: '2011-01', circa: true, evidence: [] }), entry('five-hundred', { date: '2011-04-19' })],
  sources: [
    {
      id: 'example-source',
      data: {
        id: 'example-source',
        type: 'report',
        title: 'A report',
        issued: '2011',
        issuedCirca: false,
        authors: [],
        archives: [],
        copies: [],
        language: 'en',
      },
    } as Item<Source>,
  ],
  actors: [
    { id: 'example-agency', data: { id: 'example-agency', name: 'Example Agency', shortName: 'EA', aliases: [], kind: 'agency', summary: 'x' } } as Item<Actor>,
  ],
  topics: [{ id: 'example-topic', data: { id: 'example-topic', title: 'Topic', summary: 'x', order: 1 } } as Item<Topic>],
});

describe('the timeline files', () => {
  const { index, details } = buildTimelineFiles(model);

  it('keeps the first render’s file to what the canvas and filters need', () => {
    expect(index.entries[0]).toEqual({
      id: 'range',
      title: 'Title range',
      kind: 'event',
      date: '2009-10',
      end: '2011-01',
      circa: true,
      actors: ['example-agency'],
      topics: ['example-topic'],
    });
    expect(Object.keys(index.entries[1] ?? {}).sort()).toEqual(['actors', 'date', 'id', 'kind', 'title', 'topics']);
    expect(index.actors).toEqual([{ id: 'example-agency', name: 'Example Agency', shortName: 'EA' }]);
    expect(index.topics).toEqual([{ id: 'example-topic', title: 'Topic' }]);
  });

  it('derives URLs, instants and date labels the same way on the page and in the browser', () => {
    const range = expandTimelineEntry(index.entries[0]!, '/base/');
    expect(range).toMatchObject({
      url: '/base/entries/range/',
      dateLabel: 'circa October 2009 to January 2011',
      start: Date.UTC(2009, 9, 1),
      endExclusive: Date.UTC(2011, 1, 1),
      isRange: true,
      conflicts: [],
    });
    const point = expandTimelineIndex(index, '/').entries[1];
    expect(point).toMatchObject({ dateLabel: '19 April 2011', start: Date.UTC(2011, 3, 19), endExclusive: Date.UTC(2011, 3, 20), isRange: false });
  });

  it('puts each entry’s summary, first quote and source in the details file', () => {
    expect(detailsOf(details, 'five-hundred', '/')).toEqual({
      summary: 'Summary of five-hundred.',
      quote: 'Quote of five-hundred.',
      source: { id: 'example-source', title: 'A report', url: '/sources/example-source/' },
      places: [],
    });
    expect(detailsOf(details, 'range', '/')).toEqual({ summary: 'Summary of range.', quote: '', places: [] });
    expect(detailsOf(details, 'unknown', '/')).toBeUndefined();
  });

  it('names each entry’s places and links their pages, for the details panel', () => {
    const withPlace = buildSiteModel({
      entries: [entry('in-phoenix', { places: ['phoenix'] })],
      sources: [],
      actors: [],
      topics: [],
      places: [
        {
          id: 'phoenix',
          data: {
            id: 'phoenix',
            name: 'Phoenix',
            aliases: [],
            kind: 'city',
            country: 'US',
            coordinates: { latitude: 33.44838, longitude: -112.07404, precision: 'place' },
            basis: { dataset: 'geonames-cities1000', ids: ['5308655'], method: 'point' },
          },
        },
      ],
    });
    const file = buildTimelineFiles(withPlace).details;
    expect(file.places).toEqual({ phoenix: 'Phoenix' });
    expect(detailsOf(file, 'in-phoenix', '/')?.places).toEqual([{ id: 'phoenix', name: 'Phoenix', url: '/places/phoenix/' }]);
  });
});
