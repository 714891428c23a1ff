/** Everything the data endpoints publish, built once per build from the site model. */
import { getCollection } from 'astro:content';
import { z } from 'astro/zod';
import { LOCAL_SITE_URL } from '../address.ts';
import { timedAsync } from '../build-timing.ts';
import { loadSiteModel } from '../load.ts';
import { actorRecords, conflictRecords, dataFile, entryRecords, placeRecords, sourceRecords, type SiteAddress } from './records.ts';
import { DATA_FILES, type DataFileName } from './schemas.ts';

export function siteAddress(site: URL | undefined): SiteAddress {
  return { site: site?.origin ?? LOCAL_SITE_URL, base: import.meta.env.BASE_URL };
}

let files: Promise<Record<DataFileName, unknown>> | undefined;

/** The JSON data files, each checked against its published schema before it is written. */
export function loadDataFiles(address: SiteAddress): Promise<Record<DataFileName, unknown>> {
  if (import.meta.env.DEV) files = undefined;
  files ??= timedAsync('data-files', async () => {
    const model = await loadSiteModel();
    const bodies = new Map((await getCollection('sources')).map((source) => [source.id, source.body ?? '']));
    const built = {
      entries: dataFile('entries', entryRecords(model, address), address),
      sources: dataFile(
        'sources',
        sourceRecords(model, address, (id) => bodies.get(id) ?? ''),
        address,
      ),
      actors: dataFile('actors', actorRecords(model, address), address),
      conflicts: dataFile('conflicts', conflictRecords(model), address),
      places: dataFile('places', placeRecords(model, address), address),
    };
    for (const name of Object.keys(built) as DataFileName[]) {
      const checked = DATA_FILES[name].safeParse(built[name]);
      if (!checked.success) throw new Error(`data/${name}.json does not match its schema: ${z.prettifyError(checked.error)}`);
    }
    return built;
  });
  return files;
}

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
