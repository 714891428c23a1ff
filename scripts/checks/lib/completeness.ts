/**
 * Completeness of the built site: every entry, actor, source and topic has its page and is in
 * the timeline data, the search index, the data exports and the sitemap. Nothing is dropped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import type { ContentSet } from '../../../src/domain/validation/index.ts';

/** Page paths in Pagefind's index, read from its fragments (gzip, behind a `pagefind_dcd` signature). */
export function searchIndexUrls(dist: string): Set<string> {
  const dir = join(dist, 'pagefind', 'fragment');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    }),
  );
}

export interface CompletenessProblem {
  readonly item: string;
  readonly missingFrom: string;
}

const readJson = <T>(dist: string, path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

export function checkCompleteness(dist: string, content: ContentSet, base = '/'): { problems: CompletenessProblem[]; items: number } {
  const problems: CompletenessProblem[] = [];
  const indexed = searchIndexUrls(dist);
  const sitemap = readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(join(dist, name), 'utf8'))
    .join('\n');
  const timeline = readJson<{ entries: { id: string }[]; actors: { id: string }[]; topics: { id: string }[] }>(dist, 'timeline.json');
  const timelineDetails = readJson<{ entries: Record<string, unknown> }>(dist, 'timeline-details.json');
  const exported = {
    entries: new Set(readJson<{ entries: { id: string }[] }>(dist, 'data/entries.json').entries.map((item) => item.id)),
    sources: new Set(readJson<{ sources: { id: string }[] }>(dist, 'data/sources.json').sources.map((item) => item.id)),
    actors: new Set(readJson<{ actors: { id: string }[] }>(dist, 'data/actors.json').actors.map((item) => item.id)),
  };
  const csvIds = new Set((parseCsv(readFileSync(join(dist, 'data/entries.csv'), 'utf8'), { columns: true }) as { id: string }[]).map((row) => row.id));
  const inTimeline = {
    entries: new Set(timeline.entries.map((item) => item.id)),
    topics: new Set(timeline.topics.map((item) => item.id)),
  };
  const usedActors = new Set(timeline.actors.map((item) => item.id));

  let items = 0;
  for (const collection of ['entries', 'actors', 'sources', 'topics'] as const) {
    for (const { id } of content[collection]) {
      items++;
      const item = `${collection}/${id}`;
      const path = `${base}${collection}/${id}/`;
      const missing = (where: string) => problems.push({ item, missingFrom: where });
      if (!existsSync(join(dist, collection, id, 'index.html'))) missing('its page');
      if (!indexed.has(path)) missing('the search index');
      if (!sitemap.includes(`${path}</loc>`)) missing('the sitemap');
      if (collection === 'entries') {
        if (!inTimeline.entries.has(id)) missing('timeline.json');
        if (!Object.hasOwn(timelineDetails.entries, id)) missing('timeline-details.json');
        if (!exported.entries.has(id)) missing('data/entries.json');
        if (!csvIds.has(id)) missing('data/entries.csv');
      }
      if (collection === 'topics' && !inTimeline.topics.has(id)) missing('timeline.json topics');
      if (collection === 'sources' && !exported.sources.has(id)) missing('data/sources.json');
      if (collection === 'actors' && !exported.actors.has(id)) missing('data/actors.json');
    }
  }
  // Actors involved in entries are timeline groups; an actor named by no entry has nothing to group.
  for (const actor of content.actors) {
    const involved = content.entries.some((entry) => entry.data.actors.includes(actor.id) || entry.data.attribution.by.actor === actor.id);
    if (involved && !usedActors.has(actor.id)) problems.push({ item: `actors/${actor.id}`, missingFrom: 'timeline.json actors' });
  }
  return { problems, items };
}
