/**
 * `places.geojson`: the places as an RFC 7946 FeatureCollection of points, for researchers' GIS
 * tools. Positions are `[longitude, latitude]` in WGS 84, as RFC 7946 requires (no `crs` member);
 * the licence and version travel as foreign members, which RFC 7946 §6.1 allows.
 */
import type { FeatureCollection, Point } from 'geojson';
import { LICENCE, SCHEMA_VERSION, type PlaceRecord } from './schemas.ts';

/** What each feature's `properties` hold, documented for the data page. */
export const PLACE_FEATURE_PROPERTY_DOCS = {
  id: 'Stable id of the place (as in places.json and the entries’ `places`)',
  name: 'Name as the sources spell it',
  kind: '`city`, `state`, `country`, `region`, `site` or `facility`',
  country: 'ISO 3166-1 alpha-2 code, or null for a region across countries',
  precision: 'What the point stands for: the place itself (`place`), its locality, or a representative point of its state, country or region',
  url: 'Address of the place’s page',
  entryCount: 'Number of entries naming it',
  entries: 'Ids of those entries, earliest first',
} as const;

export type PlaceFeatureProperties = {
  [K in keyof typeof PLACE_FEATURE_PROPERTY_DOCS]: K extends 'entryCount'
    ? number
    : K extends 'entries'
      ? string[]
      : K extends 'country'
        ? string | null
        : string;
};

export type PlacesGeoJson = FeatureCollection<Point, PlaceFeatureProperties> & { schemaVersion: string; licence: typeof LICENCE };

export function placesGeoJson(places: readonly PlaceRecord[]): PlacesGeoJson {
  return {
    type: 'FeatureCollection',
    schemaVersion: SCHEMA_VERSION,
    licence: LICENCE,
    features: places.map((place) => ({
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
      properties: {
        id: place.id,
        name: place.name,
        kind: place.kind,
        country: place.country,
        precision: place.precision,
        url: place.url,
        entryCount: place.entries.length,
        entries: [...place.entries],
      },
    })),
  };
}
