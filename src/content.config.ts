import { defineCollection } from 'astro:content';
import { contentLoader } from './site/content-loader.ts';
import { collectionSchemas } from './domain/schema/index.ts';

export const collections = {
  entries: defineCollection({ loader: contentLoader('entries'), schema: collectionSchemas.entries }),
  sources: defineCollection({ loader: contentLoader('sources'), schema: collectionSchemas.sources }),
  actors: defineCollection({ loader: contentLoader('actors'), schema: collectionSchemas.actors }),
  topics: defineCollection({ loader: contentLoader('topics'), schema: collectionSchemas.topics }),
  places: defineCollection({ loader: contentLoader('places'), schema: collectionSchemas.places }),
};
