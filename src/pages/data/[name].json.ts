import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, loadDataFiles, siteAddress } from '../../site/data/build.ts';
import { DATA_FILES, type DataFileName } from '../../site/data/schemas.ts';

export const getStaticPaths = (() => Object.keys(DATA_FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const files = await loadDataFiles(siteAddress(site));
  return jsonResponse(files[params.name as DataFileName]);
};
