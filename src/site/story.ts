/**
 * A topic read as a story: its milestones in the order the topic declares (`milestones`), or,
 * without them, all its entries in date order. Each step is a page of its own
 * (`/topics/<topic>/story/<entry>/`), so a step can be shared, bookmarked and read without JavaScript.
 */
import { periodEnd, periodStart, partialDate } from '../domain/dates.ts';
import type { EntryItem, SiteModel, TopicItem } from './model.ts';
import { withBase } from './urls.ts';

export interface StoryStep {
  readonly topic: TopicItem;
  readonly entry: EntryItem;
  /** 1-based position: "step 4 of 18". */
  readonly number: number;
  readonly total: number;
  readonly previous?: EntryItem;
  readonly next?: EntryItem;
}

/** The entries of a topic's story, in reading order. */
export function storyEntries(model: SiteModel, topic: TopicItem): EntryItem[] {
  if (topic.data.milestones.length === 0) return [...(model.entriesByTopic.get(topic.id) ?? [])];
  // The validator has checked every id; an unknown one (only in a model built by hand) is left out.
  return topic.data.milestones.flatMap((id) => model.entryById.get(id) ?? []);
}

/** Every step of every topic's story, for the step pages. */
export function storySteps(model: SiteModel): StoryStep[] {
  return model.topics.flatMap((topic) => {
    const entries = storyEntries(model, topic);
    return entries.map((entry, index) => {
      const previous = entries[index - 1];
      const next = entries[index + 1];
      return { topic, entry, number: index + 1, total: entries.length, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
    });
  });
}

/** The list of a story's steps. */
export function storyIndexPath(base: string, topicId: string): string {
  return withBase(base, `topics/${topicId}/story/`);
}

export function storyStepPath(base: string, topicId: string, entryId: string): string {
  return withBase(base, `topics/${topicId}/story/${entryId}/`);
}

export interface LocatorMark {
  readonly entryId: string;
  /** Position along the locator, 0 to 1, at the middle of the entry's period. */
  readonly at: number;
  readonly current: boolean;
}

export interface Locator {
  readonly marks: readonly LocatorMark[];
  /** First and last year shown at the ends of the locator. */
  readonly startYear: number;
  readonly endYear: number;
}

/** Where each step of a story sits in time, for the small timeline drawn on each step. */
export function storyLocator(entries: readonly EntryItem[], currentId: string): Locator {
  const periods = entries.map((entry) => {
    const start = periodStart(partialDate(entry.data.date));
    const end = periodEnd(partialDate(entry.data.end ?? entry.data.date));
    return { entryId: entry.id, start, end };
  });
  const startYear = new Date(Math.min(...periods.map((p) => p.start))).getUTCFullYear();
  const endYear = new Date(Math.max(...periods.map((p) => p.end)) - 1).getUTCFullYear();
  const from = Date.UTC(startYear, 0, 1);
  const to = Date.UTC(endYear + 1, 0, 1);
  return {
    startYear,
    endYear,
    marks: periods.map((period) => ({
      entryId: period.entryId,
      at: (Math.min(period.start + (period.end - period.start) / 2, to) - from) / (to - from),
      current: period.entryId === currentId,
    })),
  };
}
