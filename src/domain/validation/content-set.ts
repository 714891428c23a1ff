/** What the validator hands on: every document that passed its schema, by collection. */
import type { z } from 'astro/zod';
import type { collectionSchemas, CollectionName } from '../schema/index.ts';
import type { ParsedFile } from './parse-file.ts';

export type CollectionData = { [C in CollectionName]: z.output<(typeof collectionSchemas)[C]> };

export interface ContentDocument<C extends CollectionName = CollectionName> {
  readonly collection: C;
  readonly id: string;
  readonly file: string;
  readonly data: CollectionData[C];
  readonly body: string;
  readonly parsed: ParsedFile;
}

export type ContentSet = { [C in CollectionName]: ContentDocument<C>[] };
