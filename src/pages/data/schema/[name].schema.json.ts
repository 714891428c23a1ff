import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, siteAddress } from '../../../lib/data/build.ts';
import { dataJsonSchema } from '../../../lib/data/json-schema.ts';
import { DATA_FILES, type DataFileName } from '../../../lib/data/schemas.ts';

export const getStaticPaths = (() => Object.keys(DATA_FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => jsonResponse(dataJsonSchema(params.name as DataFileName, siteAddress(site)));
