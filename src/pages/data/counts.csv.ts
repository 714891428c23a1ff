import type { APIRoute } from 'astro';
import { loadDataFiles, siteAddress } from '../../lib/data/build.ts';
import { COUNT_COLUMNS, countRows, toCsv } from '../../lib/data/csv.ts';
import type { EntryRecord } from '../../lib/data/schemas.ts';

export const GET: APIRoute = async ({ site }) => {
  const { entries } = (await loadDataFiles(siteAddress(site))).entries as { entries: EntryRecord[] };
  return new Response(toCsv(COUNT_COLUMNS, countRows(entries)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
