import type { APIRoute, GetStaticPaths } from 'astro';
import { siteAddress } from '../../../site/data/build.ts';
import { CITATION_FORMATS, citableSources, type CitationFormat } from '../../../site/data/citable.ts';
import { sourceToBibtex, sourceToCsl, sourceToRis } from '../../../site/data/citations.ts';
import { loadSiteModel } from '../../../site/load.ts';

export const getStaticPaths = (async () => {
  const model = await loadSiteModel();
  return model.sources.flatMap((source) => Object.keys(CITATION_FORMATS).map((format) => ({ params: { id: source.id, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const source = (await citableSources(siteAddress(site))).find((item) => item.id === params.id);
  if (!source) return new Response('not found', { status: 404 });
  const format = params.format as CitationFormat;
  const body = format === 'bib' ? sourceToBibtex(source) : format === 'ris' ? sourceToRis(source) : `${JSON.stringify([sourceToCsl(source)], null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': CITATION_FORMATS[format].contentType } });
};
