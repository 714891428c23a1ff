/** Site paths, always under the configured base path, always with a trailing slash. */

export type PageCollection = 'entries' | 'actors' | 'sources' | 'topics' | 'places';

export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

export function pagePath(base: string, collection: PageCollection, id: string): string {
  return withBase(base, `${collection}/${id}/`);
}
