import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, loadDataFiles, siteAddress } from '../../lib/data/build.ts';
import { DATA_FILES, type DataFileName } from '../../lib/data/schemas.ts';

export const getStaticPaths = (() => Object.keys(DATA_FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const files = await loadDataFiles(siteAddress(site));
  return jsonResponse(files[params.name as DataFileName]);
};
