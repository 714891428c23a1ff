import type { APIRoute } from 'astro';
import { loadSiteModel } from '../lib/site/load.ts';
import { buildTimelineData } from '../lib/site/timeline-data.ts';

export const GET: APIRoute = async () => {
  const data = buildTimelineData(await loadSiteModel(), import.meta.env.BASE_URL);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
