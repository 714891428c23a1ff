import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { placesGeoJson } from '../../../../src/site/data/geojson.ts';
import type { PlaceRecord } from '../../../../src/site/data/schemas.ts';

/** The GeoJSON project's own JSON Schema of a FeatureCollection (RFC 7946), as the npm package geojson-schema ships it. */
function featureCollectionValidator() {
  const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('geojson-schema/FeatureCollection.json'), 'utf8')) as object;
  return new Ajv({ strict: false }).compile(schema);
}

const phoenix: PlaceRecord = {
  id: 'phoenix',
  url: 'https://example.org/places/phoenix/',
  name: 'Phoenix',
  aliases: [],
  kind: 'city',
  country: 'US',
  parent: 'arizona',
  latitude: 33.44838,
  longitude: -112.07404,
  precision: 'place',
  basis: { dataset: 'geonames-cities1000', ids: ['5308655'], method: 'point', source: null },
  note: null,
  entries: ['a', 'b'],
};

describe('placesGeoJson', () => {
  const collection = placesGeoJson([phoenix]);

  it('is a FeatureCollection the GeoJSON schema accepts', () => {
    const validate = featureCollectionValidator();
    expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
  });

  it('puts longitude first, as RFC 7946 requires, and carries no crs', () => {
    expect(collection.features[0]?.geometry.coordinates).toEqual([-112.07404, 33.44838]);
    expect(collection).not.toHaveProperty('crs');
    expect(collection.features[0]?.properties).toMatchObject({ id: 'phoenix', entryCount: 2, precision: 'place' });
  });

  it('is refused by the schema when a feature lacks its geometry', () => {
    const validate = featureCollectionValidator();
    expect(validate({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {} }] })).toBe(false);
  });
});
