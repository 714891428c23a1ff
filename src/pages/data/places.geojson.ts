import type { APIRoute } from 'astro';
import { loadDataFiles, siteAddress } from '../../site/data/build.ts';
import { placesGeoJson } from '../../site/data/geojson.ts';
import type { PlaceRecord } from '../../site/data/schemas.ts';

export const GET: APIRoute = async ({ site }) => {
  const { places } = (await loadDataFiles(siteAddress(site))).places as { places: PlaceRecord[] };
  return new Response(`${JSON.stringify(placesGeoJson(places), null, 2)}\n`, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
