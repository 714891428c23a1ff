import type { APIRoute } from 'astro';
import { loadSiteModel } from '../lib/site/load.ts';
import { buildTimelineFiles } from '../lib/site/timeline-data.ts';

/** What the timeline's first render needs; the details panel's text is in `/timeline-details.json`. */
export const GET: APIRoute = async () => {
  const { index } = buildTimelineFiles(await loadSiteModel());
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
