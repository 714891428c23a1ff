import type { CollectionName } from '../schema/index.ts';

/**
 * One file naming another by id, whether or not that file exists. `npm run validate -- --changed`
 * follows these backwards: a changed, renamed or deleted file can break the files that name it.
 * Every check of a reference records one, so a new kind of reference needs nothing more.
 */
export interface ContentReference {
  /** The file that holds the reference. */
  readonly file: string;
  /** Where: a frontmatter field (`evidence[0].source`) or `(body)` for a cross-link. */
  readonly field: string;
  readonly collection: CollectionName;
  readonly id: string;
}
