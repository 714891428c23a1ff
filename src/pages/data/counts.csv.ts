import type { APIRoute } from 'astro';
import { loadDataFiles, siteAddress } from '../../site/data/build.ts';
import { COUNT_COLUMNS, countRows, toCsv } from '../../site/data/csv.ts';
import type { EntryRecord } from '../../site/data/schemas.ts';

export const GET: APIRoute = async ({ site }) => {
  const { entries } = (await loadDataFiles(siteAddress(site))).entries as { entries: EntryRecord[] };
  return new Response(toCsv(COUNT_COLUMNS, countRows(entries)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
