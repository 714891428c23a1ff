/**
 * The content model: one schema per collection, the single source of truth for
 * Astro's content layer (`src/content.config.ts`), the validator and the JSON Schemas.
 */
import { actorSchema } from './actor.ts';
import { entrySchema } from './entry.ts';
import { placeSchema } from './place.ts';
import { sourceSchema } from './source.ts';
import { topicSchema } from './topic.ts';

export * from './actor.ts';
export * from './common.ts';
export * from './entry.ts';
export * from './place.ts';
export * from './source.ts';
export * from './topic.ts';

/** Every collection, by the name of its folder under `content/`. */
export const collectionSchemas = {
  entries: entrySchema,
  sources: sourceSchema,
  actors: actorSchema,
  topics: topicSchema,
  places: placeSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const COLLECTION_NAMES = Object.keys(collectionSchemas) as CollectionName[];
