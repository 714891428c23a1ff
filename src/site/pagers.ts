/**
 * The previous/next links of an entry's page: in the whole chronology and in each of its topics,
 * each pair of neighbours shown once. A topic whose neighbours are the chronology's own (often
 * the case) is named with it rather than repeated.
 */
import { neighbours, type EntryItem, type SiteModel } from './model.ts';

export interface Pager {
  readonly label: string;
  readonly previous?: EntryItem;
  readonly next?: EntryItem;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function entryPagers(model: SiteModel, entry: EntryItem): Pager[] {
  const groups: { chronology: boolean; topics: string[]; previous?: EntryItem; next?: EntryItem }[] = [];
  const add = (chronology: boolean, topic: string | undefined, around: { previous?: EntryItem; next?: EntryItem }) => {
    if (!around.previous && !around.next) return;
    const same = groups.find((group) => group.previous?.id === around.previous?.id && group.next?.id === around.next?.id);
    if (same) {
      if (topic) same.topics.push(topic);
      return;
    }
    groups.push({ chronology, topics: topic ? [topic] : [], ...around });
  };
  add(true, undefined, neighbours(model.entries, entry.id));
  for (const topicId of entry.data.topics) {
    add(false, model.topicById.get(topicId)?.data.title ?? topicId, neighbours(model.entriesByTopic.get(topicId) ?? [], entry.id));
  }
  return groups.map((group) => {
    const topics = group.topics.length === 0 ? '' : `${group.topics.length === 1 ? 'the topic' : 'the topics'} ${joinNames(group.topics)}`;
    const label = group.chronology ? `In the whole chronology${topics ? ` and in ${topics}` : ''}` : `In ${topics}`;
    return { label, ...(group.previous ? { previous: group.previous } : {}), ...(group.next ? { next: group.next } : {}) };
  });
}
