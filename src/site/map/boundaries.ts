/**
 * The boundary data sets the map is drawn from and states and countries are located by, as the
 * npm packages ship them: Natural Earth's 1:50m countries (world-atlas, public domain; ids are
 * ISO 3166-1 numeric codes) and the U.S. Census Bureau's 1:10,000,000 states (us-atlas, public
 * domain; ids are FIPS codes). Read at build time only; nothing here reaches the browser.
 */
import { geoArea, geoCentroid, geoDistance, geoInterpolate, geoLength } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from 'world-atlas/countries-50m.json' with { type: 'json' };
import statesTopology from 'us-atlas/states-10m.json' with { type: 'json' };

export type BoundaryDataset = 'natural-earth-countries-50m' | 'us-atlas-states-10m';

type NamedTopology = Topology<{ [key: string]: GeometryCollection<{ name: string }> }>;

const SOURCES: Record<BoundaryDataset, { topology: NamedTopology; object: string }> = {
  'natural-earth-countries-50m': { topology: countriesTopology as unknown as NamedTopology, object: 'countries' },
  'us-atlas-states-10m': { topology: statesTopology as unknown as NamedTopology, object: 'states' },
};

export type BoundaryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

const featureCache = new Map<BoundaryDataset, FeatureCollection<Polygon | MultiPolygon, { name: string }>>();

/** Every feature of a data set as GeoJSON (ids as the data set gives them, e.g. `"04"` for Arizona). */
export function boundaryFeatures(dataset: BoundaryDataset): readonly BoundaryFeature[] {
  let collection = featureCache.get(dataset);
  if (!collection) {
    const { topology, object } = SOURCES[dataset];
    collection = feature(topology, topology.objects[object] as GeometryCollection<{ name: string }>) as FeatureCollection<
      Polygon | MultiPolygon,
      { name: string }
    >;
    featureCache.set(dataset, collection);
  }
  return collection.features as BoundaryFeature[];
}

/** One record by id, or undefined. */
export function boundaryFeature(dataset: BoundaryDataset, id: string): BoundaryFeature | undefined {
  return boundaryFeatures(dataset).find((item) => item.id === id);
}

function geometriesOf(dataset: BoundaryDataset, ids: readonly string[]) {
  const { topology, object } = SOURCES[dataset];
  const all = (topology.objects[object] as GeometryCollection<{ name: string }>).geometries;
  return ids.map((id) => {
    const geometry = all.find((item) => String(item.id) === id);
    if (!geometry) throw new Error(`${dataset} has no record ${id}`);
    return geometry;
  });
}

/** `[longitude, latitude]` rounded to hundredths of a degree (about a kilometre): a representative point, not a survey. */
function rounded([longitude, latitude]: [number, number]): [number, number] {
  return [Math.round(longitude * 100) / 100, Math.round(latitude * 100) / 100];
}

/**
 * The spherical centroid of the largest polygon of the records' union: the conterminous United
 * States rather than a point pulled north by Alaska, mainland Mexico rather than its islands.
 */
export function largestPolygonCentroid(dataset: BoundaryDataset, ids: readonly string[]): [number, number] {
  const { topology } = SOURCES[dataset];
  const union = merge(topology, geometriesOf(dataset, ids) as Parameters<typeof merge>[1]) as MultiPolygon;
  let largest: Polygon | undefined;
  let largestArea = -1;
  for (const rings of union.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    const area = geoArea(polygon);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  if (!largest) throw new Error(`${dataset} records ${ids.join(', ')} have no polygon`);
  return rounded(geoCentroid(largest));
}

/**
 * The point halfway along the line two records' boundaries share, e.g. the U.S.–Mexico border: on
 * the line itself, where a centroid of a curved border would fall off it.
 */
export function sharedBorderMidpoint(dataset: BoundaryDataset, ids: readonly [string, string]): [number, number] {
  const lines = sharedBorder(dataset, ids).coordinates;
  const longest = lines.reduce<[number, number][]>(
    (best, line) =>
      geoLength({ type: 'LineString', coordinates: line }) > geoLength({ type: 'LineString', coordinates: best }) ? (line as [number, number][]) : best,
    [],
  );
  if (longest.length < 2) throw new Error(`${dataset} records ${ids.join(' and ')} share no border`);
  let remaining = geoLength({ type: 'LineString', coordinates: longest }) / 2;
  for (let i = 1; i < longest.length; i++) {
    const from = longest[i - 1] as [number, number];
    const to = longest[i] as [number, number];
    const step = geoDistance(from, to);
    if (step >= remaining) return rounded(geoInterpolate(from, to)(step === 0 ? 0 : remaining / step));
    remaining -= step;
  }
  return rounded(longest[longest.length - 1] as [number, number]);
}

/** The outline shared by two records, for drawing it. */
export function sharedBorder(dataset: BoundaryDataset, [first, second]: readonly [string, string]): MultiLineString {
  const { topology, object } = SOURCES[dataset];
  return mesh(topology, topology.objects[object] as GeometryCollection, (a, b) => {
    const pair = [String(a.id), String(b.id)];
    return a !== b && pair.includes(first) && pair.includes(second);
  }) as MultiLineString;
}

/** Internal boundaries between a data set's records (state lines), without the outer coast. */
export function innerBorders(dataset: BoundaryDataset): MultiLineString {
  const { topology, object } = SOURCES[dataset];
  return mesh(topology, topology.objects[object] as GeometryCollection, (a, b) => a !== b) as MultiLineString;
}
