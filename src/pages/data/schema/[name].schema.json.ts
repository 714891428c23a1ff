import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, siteAddress } from '../../../site/data/build.ts';
import { dataJsonSchema } from '../../../site/data/json-schema.ts';
import { DATA_FILES, type DataFileName } from '../../../site/data/schemas.ts';

export const getStaticPaths = (() => Object.keys(DATA_FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => jsonResponse(dataJsonSchema(params.name as DataFileName, siteAddress(site)));
