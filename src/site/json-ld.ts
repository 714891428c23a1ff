/** schema.org `Claim` markup for an entry page, with each quoted source as an `appearance`. */
import type { Speaker } from '../domain/schema/index.ts';
import type { EntryItem, SiteModel } from './model.ts';

function agent(model: SiteModel, speaker: Speaker): Record<string, string> {
  const actor = speaker.actor ? model.actorById.get(speaker.actor) : undefined;
  return {
    '@type': actor?.data.kind === 'person' ? 'Person' : 'Organization',
    name: speaker.description ?? actor?.data.name ?? speaker.actor ?? 'Unknown',
  };
}

export function claimJsonLd(model: SiteModel, entry: EntryItem, pageUrl: string): Record<string, unknown> {
  const { data } = entry;
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': pageUrl,
    url: pageUrl,
    name: data.title,
    text: data.summary,
    author: agent(model, data.attribution.by),
    appearance: data.evidence.map((evidence) => {
      const source = model.sourceById.get(evidence.source)?.data;
      return {
        '@type': 'CreativeWork',
        name: source?.title ?? evidence.source,
        ...(source?.url ? { url: source.url } : {}),
        ...(source?.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
        ...(source?.issued ? { datePublished: source.issued } : {}),
        text: evidence.quote,
      };
    }),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so content can never close the script. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
