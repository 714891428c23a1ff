import { describe, expect, it } from 'vitest';
import type { Actor, Entry, Source, Topic } from '../../../src/domain/schema/index.ts';
import { actorsOfEntry, buildSiteModel, groupByYear, neighbours, type Item } from '../../../src/site/model.ts';

function entry(id: string, date: string, extra: Partial<Entry> = {}): Item<Entry> {
  return {
    id,
    data: {
      id,
      kind: 'event',
      title: `Title ${id}`,
      summary: 'Summary.',
      date,
      circa: false,
      actors: ['example-agency'],
      topics: ['example-topic'],
      places: [],
      related: [],
      attribution: { by: { actor: 'example-agency' }, via: [{ actor: 'fixture-gazette' }] },
      evidence: [{ source: 'example-source', quote: 'Quote.' }],
      ...extra,
    } as Entry,
  };
}

const actors: Item<Actor>[] = [
  { id: 'example-agency', data: { id: 'example-agency', name: 'Example Agency', aliases: [], kind: 'agency', summary: 'x', parent: 'example-department' } },
  { id: 'example-department', data: { id: 'example-department', name: 'Example Department', aliases: [], kind: 'department', summary: 'x' } },
  { id: 'fixture-gazette', data: { id: 'fixture-gazette', name: 'Fixture Gazette', aliases: [], kind: 'news-organisation', summary: 'x' } },
];
const sources: Item<Source>[] = [
  {
    id: 'example-source',
    data: { id: 'example-source', type: 'report', title: 'Report', issued: '2011', issuedCirca: false, authors: [], archives: [], copies: [], language: 'en' },
  },
];
const topics: Item<Topic>[] = [{ id: 'example-topic', data: { id: 'example-topic', title: 'Topic', summary: 'x', order: 1, milestones: [] } }];

describe('buildSiteModel', () => {
  const entries = [entry('c', '2011-03-20'), entry('a', '2005'), entry('b', '2011', { related: [{ entry: 'a', relation: 'follows' }] }), entry('d', '2011-03')];
  const model = buildSiteModel({ entries, sources, actors, topics });

  it('orders entries in time, the less precise period first at the same start', () => {
    expect(model.entries.map((e) => e.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('indexes entries by actor in every role, by source and by topic', () => {
    expect(model.entriesByActor.get('fixture-gazette')?.map((e) => e.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(model.entriesBySource.get('example-source')).toHaveLength(4);
    expect(model.entriesByTopic.get('example-topic')).toHaveLength(4);
  });

  it("knows relations both ways and actors' children", () => {
    expect(model.incomingRelations.get('a')).toEqual([{ from: 'b', relation: 'follows' }]);
    expect(model.childrenByActor.get('example-department')?.map((a) => a.id)).toEqual(['example-agency']);
  });

  it('finds neighbours in a list and groups by year', () => {
    expect(neighbours(model.entries, 'b')).toMatchObject({ previous: { id: 'a' }, next: { id: 'd' } });
    expect(neighbours(model.entries, 'a').previous).toBeUndefined();
    expect(groupByYear(model.entries).map((g) => [g.year, g.entries.length])).toEqual([
      [2005, 1],
      [2011, 3],
    ]);
  });

  it('finds conflicts between count claims', () => {
    const quantity = (value: number) => ({
      measure: 'agents-in-mexico' as const,
      subject: 'example-agency',
      qualifier: 'exact' as const,
      value,
      unit: 'agents',
      asOf: '2011',
      stated: String(value),
      planned: false,
    });
    const counted = buildSiteModel({
      entries: [
        entry('x', '2011', { kind: 'count', quantity: quantity(40), attribution: { by: { actor: 'example-agency' }, via: [] } } as Partial<Entry>),
        entry('y', '2011', { kind: 'count', quantity: quantity(20), attribution: { by: { actor: 'fixture-gazette' }, via: [] } } as Partial<Entry>),
      ],
      sources,
      actors,
      topics,
    });
    expect(counted.conflicts.map((c) => [c.id, c.severity])).toEqual([['x--y', 'incompatible']]);
    expect(counted.conflictsByEntry.get('x')).toHaveLength(1);
  });

  it('lists every actor an entry involves once', () => {
    expect(actorsOfEntry(entry('z', '2011').data)).toEqual(['example-agency', 'fixture-gazette']);
  });
});
