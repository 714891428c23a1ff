import type { APIRoute } from 'astro';
import { timelineFiles } from '../site/load.ts';

/** The timeline details panel's text (summary, first quote, its source), fetched after the first render. */
export const GET: APIRoute = async () => {
  const { details } = await timelineFiles();
  return new Response(JSON.stringify(details), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
