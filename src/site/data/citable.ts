/** Sources as citable items with absolute page addresses. */
import { citableAddress } from '../address.ts';
import { loadSiteModel } from '../load.ts';
import { pagePath } from '../urls.ts';
import type { CitableSource } from './citations.ts';
import type { SiteAddress } from './records.ts';

export const CITATION_FORMATS = {
  'csl.json': { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON' },
  bib: { contentType: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** Per site model and address: every source's citation page calls this, so it is built once. */
const built = new WeakMap<object, Map<string, CitableSource[]>>();

export async function citableSources(address: SiteAddress): Promise<CitableSource[]> {
  const model = await loadSiteModel();
  let byAddress = built.get(model);
  if (!byAddress) {
    byAddress = new Map();
    built.set(model, byAddress);
  }
  const key = `${address.site}\n${address.base}`;
  const cached = byAddress.get(key);
  if (cached) return cached;
  const sources = model.sources.map((source) => ({
    id: source.id,
    data: source.data,
    pageUrl: citableAddress(new URL(pagePath(address.base, 'sources', source.id), address.site).href),
  }));
  byAddress.set(key, sources);
  return sources;
}
