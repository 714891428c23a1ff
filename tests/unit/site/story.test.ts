import { describe, expect, it } from 'vitest';
import type { Actor, Entry, Source, Topic } from '../../../src/domain/schema/index.ts';
import { buildSiteModel, type Item } from '../../../src/site/model.ts';
import { entryPagers } from '../../../src/site/pagers.ts';
import { storyEntries, storyLocator, storySteps, storyStepPath } from '../../../src/site/story.ts';

function entry(id: string, date: string, topics: string[]): Item<Entry> {
  return {
    id,
    data: {
      id,
      kind: 'event',
      title: `Title ${id}`,
      summary: 'Summary.',
      date,
      circa: false,
      actors: [],
      topics,
      places: [],
      related: [],
      corrections: [],
      attribution: { by: { actor: 'example-agency' }, via: [] },
      evidence: [{ source: 'example-source', quote: 'Quote.' }],
    } as Entry,
  };
}
const topic = (id: string, milestones: string[] = [], order = 1): Item<Topic> => ({ id, data: { id, title: `Topic ${id}`, summary: 'x', order, milestones } });
const actors: Item<Actor>[] = [];
const sources: Item<Source>[] = [];
const entries = [
  entry('a', '2009', ['story']),
  entry('b', '2010-05', ['story', 'other']),
  entry('c', '2011-03-20', ['story', 'other']),
  entry('d', '2012', ['story']),
];

describe('stories', () => {
  it('follows the declared milestones in their order, or every entry in date order without them', () => {
    const model = buildSiteModel({ entries, sources, actors, topics: [topic('story', ['c', 'a']), topic('other', [], 2)] });
    expect(storyEntries(model, model.topicById.get('story')!).map((e) => e.id)).toEqual(['c', 'a']);
    expect(storyEntries(model, model.topicById.get('other')!).map((e) => e.id)).toEqual(['b', 'c']);
  });

  it('gives each step its position, neighbours and address', () => {
    const model = buildSiteModel({ entries, sources, actors, topics: [topic('story', ['a', 'c', 'd'])] });
    const steps = storySteps(model);
    expect(steps.map((step) => [step.entry.id, step.number, step.total, step.previous?.id, step.next?.id])).toEqual([
      ['a', 1, 3, undefined, 'c'],
      ['c', 2, 3, 'a', 'd'],
      ['d', 3, 3, 'c', undefined],
    ]);
    expect(storyStepPath('/', 'story', 'c')).toBe('/topics/story/story/c/');
    expect(storyStepPath('/base/', 'story', 'c')).toBe('/base/topics/story/story/c/');
  });

  it('places each step in time between the story’s first and last years', () => {
    const model = buildSiteModel({ entries, sources, actors, topics: [topic('story')] });
    const locator = storyLocator(model.entries, 'c');
    expect([locator.startYear, locator.endYear]).toEqual([2009, 2012]);
    const at = Object.fromEntries(locator.marks.map((mark) => [mark.entryId, mark.at]));
    // A year is placed at its middle: 2009 is the first eighth of 2009–2012.
    expect(at['a']).toBeCloseTo(0.125, 2);
    expect(at['d']).toBeCloseTo(0.875, 2);
    expect(at['c']).toBeGreaterThan(at['b']!);
    expect(locator.marks.filter((mark) => mark.current).map((mark) => mark.entryId)).toEqual(['c']);
  });
});

describe('entryPagers', () => {
  it('shows neighbours once when a topic’s are the chronology’s own, and apart when they differ', () => {
    const model = buildSiteModel({ entries, sources, actors, topics: [topic('story'), topic('other', [], 2)] });
    const pagers = (id: string) => entryPagers(model, model.entryById.get(id)!).map((p) => [p.label, p.previous?.id, p.next?.id]);
    expect(pagers('b')).toEqual([
      ['In the whole chronology and in the topic Topic story', 'a', 'c'],
      ['In the topic Topic other', undefined, 'c'],
    ]);
    expect(pagers('a')).toEqual([['In the whole chronology and in the topic Topic story', undefined, 'b']]);
  });
});
