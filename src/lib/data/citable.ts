/** Sources as citable items with absolute page addresses. */
import { loadSiteModel } from '../site/load.ts';
import { pagePath } from '../site/urls.ts';
import type { CitableSource } from './citations.ts';
import type { SiteAddress } from './records.ts';

export const CITATION_FORMATS = {
  'csl.json': { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON' },
  bib: { contentType: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

export async function citableSources(address: SiteAddress): Promise<CitableSource[]> {
  const model = await loadSiteModel();
  return model.sources.map((source) => ({ id: source.id, data: source.data, pageUrl: new URL(pagePath(address.base, 'sources', source.id), address.site).href }));
}
