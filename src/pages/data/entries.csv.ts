import type { APIRoute } from 'astro';
import { loadDataFiles, siteAddress } from '../../site/data/build.ts';
import { ENTRY_COLUMNS, entryRows, toCsv } from '../../site/data/csv.ts';
import type { EntryRecord } from '../../site/data/schemas.ts';

export const GET: APIRoute = async ({ site }) => {
  const { entries } = (await loadDataFiles(siteAddress(site))).entries as { entries: EntryRecord[] };
  return new Response(toCsv(ENTRY_COLUMNS, entryRows(entries)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
