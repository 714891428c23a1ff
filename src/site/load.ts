/** Loads the collections once per build, builds the site model from them, and gives each page its item. */
import { getCollection, getEntry } from 'astro:content';
import { timed, timedAsync } from './build-timing.ts';
import { buildSiteModel, type ActorItem, type EntryItem, type PlaceItem, type SiteModel, type SourceItem, type TopicItem } from './model.ts';
import { buildTimelineFiles, type TimelineFiles } from './timeline/data.ts';
import type { PageCollection } from './urls.ts';

let model: Promise<SiteModel> | undefined;

export function loadSiteModel(): Promise<SiteModel> {
  // In development content changes while the server runs: build the model afresh per request.
  if (import.meta.env.DEV) model = undefined;
  model ??= timedAsync('site-model', async () => {
    const [entries, sources, actors, topics, places] = await Promise.all([
      getCollection('entries'),
      getCollection('sources'),
      getCollection('actors'),
      getCollection('topics'),
      getCollection('places'),
    ]);
    return buildSiteModel({ entries, sources, actors, topics, places });
  });
  return model;
}

/** The timeline's two JSON files and the page's list, built once per build from the model. */
export async function timelineFiles(): Promise<TimelineFiles> {
  const site = await loadSiteModel();
  return timed('data-files', () => buildTimelineFiles(site));
}

type ItemOf = { entries: EntryItem; sources: SourceItem; actors: ActorItem; topics: TopicItem; places: PlaceItem };

/** `getStaticPaths` of a page per item of a collection. */
export async function pagePaths(collection: PageCollection): Promise<{ params: { id: string } }[]> {
  const site = await loadSiteModel();
  return site[collection].map((item) => ({ params: { id: item.id } }));
}

/** What a page of one item needs: the model, the item, and its collection entry (for its rendered body). */
export async function loadPage<C extends PageCollection>(collection: C, id: string) {
  const site = await loadSiteModel();
  const byId = { entries: site.entryById, sources: site.sourceById, actors: site.actorById, topics: site.topicById, places: site.placeById }[
    collection
  ] as ReadonlyMap<string, ItemOf[C]>;
  const item = byId.get(id);
  const collectionEntry = await getEntry(collection, id);
  if (!item || !collectionEntry) throw new Error(`${collection}/${id} is missing from the site model`);
  return { model: site, item, collectionEntry };
}
