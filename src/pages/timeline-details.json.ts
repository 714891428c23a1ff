import type { APIRoute } from 'astro';
import { loadSiteModel } from '../lib/site/load.ts';
import { buildTimelineFiles } from '../lib/site/timeline-data.ts';

/** The timeline details panel's text (summary, first quote, its source), fetched after the first render. */
export const GET: APIRoute = async () => {
  const { details } = buildTimelineFiles(await loadSiteModel());
  return new Response(JSON.stringify(details), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
