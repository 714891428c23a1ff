import { describe, expect, it } from 'vitest';
import type { Entry, Place } from '../../../../src/domain/schema/index.ts';
import { buildSiteModel, type Item } from '../../../../src/site/model.ts';
import { ancestors, basisWords, formatCoordinates, locatorFrame, mapPlaces, precisionWords } from '../../../../src/site/map/places.ts';

const placeItem = (id: string, data: Partial<Place>): Item<Place> => ({
  id,
  data: {
    id,
    name: id,
    aliases: [],
    kind: 'city',
    country: 'US',
    coordinates: { latitude: 33.44838, longitude: -112.07404, precision: 'place' },
    basis: { dataset: 'geonames-cities1000', ids: ['5308655'], method: 'point' },
    ...data,
  } as Place,
});

const entry = (id: string, places: string[]): Item<Entry> => ({
  id,
  data: {
    id,
    kind: 'event',
    title: id,
    summary: id,
    date: '2011',
    circa: false,
    actors: [],
    topics: ['t'],
    places,
    related: [],
    attribution: { by: { description: 'someone' }, via: [] },
    evidence: [{ source: 's', quote: 'q' }],
    corrections: [],
  } as Entry,
});

const model = buildSiteModel({
  entries: [entry('one', ['phoenix']), entry('two', ['phoenix', 'arizona'])],
  sources: [],
  actors: [],
  topics: [],
  places: [
    placeItem('phoenix', { name: 'Phoenix', parent: 'arizona' }),
    placeItem('arizona', {
      name: 'Arizona',
      kind: 'state',
      parent: 'united-states',
      coordinates: { latitude: 34.27, longitude: -111.66, precision: 'state' },
      basis: { dataset: 'us-atlas-states-10m', ids: ['04'], method: 'centroid' },
    }),
    placeItem('united-states', { name: 'United States', kind: 'country', coordinates: { latitude: 39.89, longitude: -98.82, precision: 'country' } }),
  ],
});

describe('place words', () => {
  it('writes coordinates with hemispheres', () => {
    expect(formatCoordinates(33.44838, -112.07404)).toBe('33.44838° N, 112.07404° W');
    expect(formatCoordinates(-1.5, 2)).toBe('1.5° S, 2° E');
  });

  it('says when a point stands only for an area', () => {
    expect(precisionWords('state')).toMatch(/not of any place in it/);
    expect(precisionWords('place')).toBe('the point of the place itself');
  });

  it('names the record, linking GeoNames records', () => {
    expect(basisWords({ dataset: 'geonames-cities1000', ids: ['5308655'], method: 'point' }).records).toEqual([
      { label: 'GeoNames 5308655', url: 'https://www.geonames.org/5308655' },
    ]);
    expect(basisWords({ dataset: 'us-atlas-states-10m', ids: ['04'], method: 'centroid' })).toEqual({
      text: expect.stringContaining('centroid of its largest polygon'),
      records: [{ label: 'FIPS 04' }],
    });
  });
});

describe('places in the model', () => {
  it('counts the entries naming each place', () => {
    const byId = new Map(mapPlaces(model, '/').map((place) => [place.id, place]));
    expect(byId.get('phoenix')).toMatchObject({ entryCount: 2, url: '/places/phoenix/' });
    expect(byId.get('united-states')?.entryCount).toBe(0);
    expect(model.childrenByPlace.get('arizona')?.map((place) => place.id)).toEqual(['phoenix']);
  });

  it('walks up the containing places', () => {
    const phoenix = model.placeById.get('phoenix');
    expect(phoenix && ancestors(phoenix, model).map((place) => place.id)).toEqual(['arizona', 'united-states']);
  });

  it('frames a U.S. state by its outline and a town by a span around it', () => {
    const arizona = locatorFrame(model.placeById.get('arizona')!.data, model, '/');
    // Arizona's outline reaches 114.8° W and 37° N.
    expect(arizona[0]).toBeLessThan(-114.8);
    expect(arizona[3]).toBeGreaterThan(37);
    const phoenix = locatorFrame(model.placeById.get('phoenix')!.data, model, '/');
    expect(phoenix[0]).toBeLessThan(-112.07404);
    expect(phoenix[2]).toBeGreaterThan(-112.07404);
  });
});
