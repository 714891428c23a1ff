import type { APIRoute, GetStaticPaths } from 'astro';
import { siteAddress } from '../../site/data/build.ts';
import { CITATION_FORMATS, citableSources, type CitationFormat } from '../../site/data/citable.ts';
import { sourceToBibtex, sourceToCsl, sourceToRis } from '../../site/data/citations.ts';

/** Every source in one file per citation format: /data/sources.bib, .ris and .csl.json. */
export const getStaticPaths = (() => Object.keys(CITATION_FORMATS).map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const sources = await citableSources(siteAddress(site));
  const format = params.format as CitationFormat;
  const body =
    format === 'bib'
      ? sources.map(sourceToBibtex).join('\n')
      : format === 'ris'
        ? sources.map(sourceToRis).join('')
        : `${JSON.stringify(sources.map(sourceToCsl), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': CITATION_FORMATS[format].contentType } });
};
