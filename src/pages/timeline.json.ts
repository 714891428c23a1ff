import type { APIRoute } from 'astro';
import { timelineFiles } from '../site/load.ts';

/** What the timeline's first render needs; the details panel's text is in `/timeline-details.json`. */
export const GET: APIRoute = async () => {
  const { index } = await timelineFiles();
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
