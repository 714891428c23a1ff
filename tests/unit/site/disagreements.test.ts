import { describe, expect, it } from 'vitest';
import type { Actor, Entry, Quantity, Source, Topic } from '../../../src/domain/schema/index.ts';
import { disagreementLine } from '../../../src/site/disagreements.ts';
import { buildSiteModel, type Item } from '../../../src/site/model.ts';

function entry(id: string, by: string, extra: Partial<Entry>): Item<Entry> {
  return {
    id,
    data: {
      id,
      kind: 'statement',
      title: `Title ${id}`,
      summary: 'Summary.',
      date: '2011',
      circa: false,
      actors: [],
      topics: ['example-topic'],
      places: [],
      related: [],
      corrections: [],
      attribution: { by: { actor: by }, via: [] },
      evidence: [{ source: `source-of-${id}`, quote: 'Quote.' }],
      ...extra,
    } as Entry,
  };
}
const count = (quantity: Partial<Quantity>): Partial<Entry> =>
  ({
    kind: 'count',
    quantity: {
      measure: 'agents-in-mexico',
      subject: 'example-ice',
      unit: 'agents',
      asOf: '2011',
      planned: false,
      qualifier: 'exact',
      stated: 's',
      ...quantity,
    },
  }) as Partial<Entry>;

const actor = (id: string, name: string, shortName?: string): Item<Actor> => ({
  id,
  data: { id, name, aliases: [], kind: 'agency', summary: 'x', ...(shortName ? { shortName } : {}) } as Actor,
});
const actors = [
  actor('example-ice', 'Example Immigration Agency', 'EIA'),
  actor('fixture-wire', 'Fixture Wire', 'FW'),
  actor('example-director', 'Example Director'),
];
const sources: Item<Source>[] = [];
const topics: Item<Topic>[] = [{ id: 'example-topic', data: { id: 'example-topic', title: 'Topic', summary: 'x', order: 1, milestones: [] } }];

describe('disagreementLine', () => {
  it('says what each side counts, by whom and as of when, from the quantities', () => {
    const model = buildSiteModel({
      entries: [
        entry('now-20', 'example-director', count({ value: 20, unit: 'people' })),
        entry('wire-40', 'fixture-wire', count({ value: 40, asOf: '2011-03-20' })),
        entry('wire-several', 'fixture-wire', count({ qualifier: 'several', lower: 200, upper: 999, asOf: '2011-03-20' })),
      ],
      sources,
      actors,
      topics,
    });
    const lines = model.disagreements.map((disagreement) => disagreementLine(model, disagreement));
    expect(lines).toContain('U.S. agents in Mexico, EIA: Example Director: 20 people (2011), against FW: 40 agents (20 March 2011).');
    expect(lines).toContain(
      'U.S. agents in Mexico, EIA: Example Director: 20 people (2011), against FW: several hundred agents (read as 200 to 999) (20 March 2011).',
    );
  });

  it('gives an editor’s note for a marked pair, and the two headlines when there is none', () => {
    const model = buildSiteModel({
      entries: [
        entry('a', 'fixture-wire', { related: [{ entry: 'b', relation: 'contradicts', note: 'They give different days.' }] }),
        entry('b', 'example-director', {}),
        entry('c', 'fixture-wire', { related: [{ entry: 'd', relation: 'contradicts' }], title: 'The wire says it happened.' }),
        entry('d', 'example-director', { title: 'The director says it never happened' }),
      ],
      sources,
      actors,
      topics,
    });
    expect(model.disagreements.map((disagreement) => disagreementLine(model, disagreement))).toEqual([
      'They give different days.',
      'The wire says it happened; against this: The director says it never happened.',
    ]);
  });
});
