import type { APIRoute } from 'astro';
import { loadDataFiles, siteAddress } from '../../site/data/build.ts';
import { ENTRY_COLUMNS, entryRows, toCsv } from '../../site/data/csv.ts';
import type { EntryRecord, PlaceRecord } from '../../site/data/schemas.ts';

export const GET: APIRoute = async ({ site }) => {
  const files = await loadDataFiles(siteAddress(site));
  const { entries } = files.entries as { entries: EntryRecord[] };
  const { places } = files.places as { places: PlaceRecord[] };
  return new Response(toCsv(ENTRY_COLUMNS, entryRows(entries, places)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
