/**
 * Link policy for Markdown bodies, shared by the validator (which reports) and the
 * renderer's remark plugins (which rewrite or drop): http(s), mailto, relative paths,
 * fragments and cross-links (`entry:id`, `actor:id`, `source:id`, `topic:id`) only.
 */

/** Cross-link schemes and the collection each points into. */
export const CROSS_LINK_COLLECTIONS = {
  entry: 'entries',
  actor: 'actors',
  source: 'sources',
  topic: 'topics',
} as const;

export type CrossLinkScheme = keyof typeof CROSS_LINK_COLLECTIONS;
export type CrossLinkCollection = (typeof CROSS_LINK_COLLECTIONS)[CrossLinkScheme];

export type LinkKind =
  | { kind: 'cross'; collection: CrossLinkCollection; id: string; fragment: string }
  | { kind: 'external' }
  | { kind: 'relative' }
  | { kind: 'unsafe'; reason: string };

// Browsers ignore ASCII control characters and whitespace inside a scheme (`java\tscript:`).
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007F]+/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;

export function classifyLink(url: string): LinkKind {
  const compact = url.replace(IGNORED_IN_SCHEME, '').toLowerCase();
  // Browsers read `\` as `/` in http(s) addresses, so `\\host`, `/\host` and `\/host` are protocol-relative too.
  if (/^[\\/]{2}/.test(compact)) {
    return { kind: 'unsafe', reason: 'protocol-relative address' };
  }
  const scheme = SCHEME.exec(compact)?.[1];
  if (scheme === undefined) return { kind: 'relative' };
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return { kind: 'external' };
  // An own property only: `constructor:` must not reach Object.prototype.
  if (Object.hasOwn(CROSS_LINK_COLLECTIONS, scheme)) {
    // After the first `:` of the address as written: characters dropped from `compact` can precede it.
    const rest = url.slice(url.indexOf(':') + 1).trim();
    const hash = rest.indexOf('#');
    return {
      kind: 'cross',
      collection: CROSS_LINK_COLLECTIONS[scheme as CrossLinkScheme],
      id: hash === -1 ? rest : rest.slice(0, hash),
      fragment: hash === -1 ? '' : rest.slice(hash),
    };
  }
  return { kind: 'unsafe', reason: `\`${scheme}:\` address` };
}

/** The site path of a cross-link target, under the site's base path. */
export function crossLinkPath(base: string, collection: CrossLinkCollection, id: string, fragment = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${collection}/${id}/${fragment}`;
}
