/** Loads the collections once per build and builds the site model from them. */
import { getCollection } from 'astro:content';
import { buildSiteModel, type SiteModel } from './model.ts';

let model: Promise<SiteModel> | undefined;

export function loadSiteModel(): Promise<SiteModel> {
  // In development content changes while the server runs: build the model afresh per request.
  if (import.meta.env.DEV) model = undefined;
  model ??= (async () => {
    const [entries, sources, actors, topics] = await Promise.all([
      getCollection('entries'),
      getCollection('sources'),
      getCollection('actors'),
      getCollection('topics'),
    ]);
    return buildSiteModel({ entries, sources, actors, topics });
  })();
  return model;
}
