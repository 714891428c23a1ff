/**
 * Maps drawn at build time: boundaries projected to SVG path data, one mark per place sized by
 * its number of entries, and labels placed so that they do not overlap. The pages lay out what
 * this computes; the browser receives plain SVG and no map library.
 */
import { geoBounds, geoConicConformal, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint, Polygon } from 'geojson';
import type { PlaceKind } from '../../domain/schema/index.ts';
import { boundaryFeature, boundaryFeatures, innerBorders, sharedBorder } from './boundaries.ts';

/** A place as the map needs it. */
export interface MapPlace {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly url: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly entryCount: number;
}

/** A frame in degrees: west, south, east, north. */
export type Frame = readonly [number, number, number, number];

export interface MapMark {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly entryCount: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** A filled dot for a town or site; a ring for a state, country or region, whose point only stands for an area. */
  readonly shape: 'dot' | 'ring';
  /** Where the label goes, or undefined when the mark is drawn unlabelled (its label is in the inset). */
  readonly label?: MapLabel;
  /** Whether the mark links to the place's page (marks repeated from an inset do not, so each place is one link). */
  readonly linked: boolean;
}

export interface MapDrawing {
  readonly width: number;
  readonly height: number;
  /** Countries other than the two of the chronology, and the two (filled differently). */
  readonly otherLand: string;
  readonly focusLand: string;
  readonly stateLines: string;
  readonly countryLines: string;
  /** The U.S.–Mexico border, drawn heavier. */
  readonly border: string;
  readonly marks: readonly MapMark[];
  /** The inset's frame as a rectangle on this map, when this map has an inset. */
  readonly insetOutline?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

const COUNTRIES = 'natural-earth-countries-50m' as const;
const STATES = 'us-atlas-states-10m' as const;
const UNITED_STATES = '840';
const MEXICO = '484';

/** A mark's radius in pixels: its area grows with the number of entries, so 100 entries are not a hundred times as wide as one. */
export function markRadius(entryCount: number): number {
  return Math.round((2.5 + 1.6 * Math.sqrt(Math.max(entryCount, 1))) * 10) / 10;
}

function markShape(kind: PlaceKind): 'dot' | 'ring' {
  return kind === 'state' || kind === 'country' || kind === 'region' ? 'ring' : 'dot';
}

function framePolygon([west, south, east, north]: Frame): Polygon {
  // Densified edges, so that a conic projection fits the curved parallels, not only the corners.
  const steps = 8;
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i++) ring.push([west + ((east - west) * i) / steps, south]);
  for (let i = 1; i <= steps; i++) ring.push([east, south + ((north - south) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([east - ((east - west) * i) / steps, north]);
  for (let i = 1; i < steps; i++) ring.push([west, north - ((north - south) * i) / steps]);
  ring.push([west, south]);
  return { type: 'Polygon', coordinates: [ring.reverse()] };
}

/** A Lambert conformal conic for the border region: standard parallels across Mexico and the southern United States. */
export function borderProjection(frame: Frame, width: number, height: number, padding = 8): GeoProjection {
  const centre = (frame[0] + frame[2]) / 2;
  return geoConicConformal()
    .parallels([20, 38])
    .rotate([-centre, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      framePolygon(frame),
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** The frame that holds every place and the whole of Mexico, with a margin. */
export function frameAround(places: readonly MapPlace[], margin = 1.5): Frame {
  const mexico = boundaryFeature(COUNTRIES, MEXICO);
  const points: MultiPoint = { type: 'MultiPoint', coordinates: places.map((place) => [place.longitude, place.latitude]) };
  const [[west, south], [east, north]] = geoBounds({
    type: 'FeatureCollection',
    features: [...(mexico ? [mexico] : []), { type: 'Feature', properties: {}, geometry: points } as Feature],
  });
  return [west - margin, south - margin, east + margin, north + margin];
}

/**
 * The inset: the places in Arizona and across the border from it (Arizona's bounds widened to the
 * Sonora and Baja California towns), framed tightly around them so the border towns stand apart.
 */
export function arizonaSonoraFrame(places: readonly Pick<MapPlace, 'latitude' | 'longitude'>[], margin = 0.6): Frame {
  const arizona = boundaryFeature(STATES, '04');
  if (!arizona) throw new Error('us-atlas has no Arizona (04)');
  const [[west, south], [east, north]] = geoBounds(arizona);
  const zone: Frame = [west - 1.1, south - 2.6, east + 0.4, north + 0.2];
  const inside = places.filter((place) => inFrame(place, zone));
  if (inside.length === 0) return zone;
  const longitudes = inside.map((place) => place.longitude);
  const latitudes = inside.map((place) => place.latitude);
  return [Math.min(...longitudes) - margin, Math.min(...latitudes) - margin, Math.max(...longitudes) + margin, Math.max(...latitudes) + margin];
}

export function inFrame(place: Pick<MapPlace, 'latitude' | 'longitude'>, [west, south, east, north]: Frame): boolean {
  return place.longitude >= west && place.longitude <= east && place.latitude >= south && place.latitude <= north;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export interface MapLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** A line from the mark to a label set further out, when the near positions were taken. */
  readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Labels placed greedily, biggest marks first: each takes the first of its candidate positions
 * (eight around the mark, then the same further out with a leader line) that overlaps no label or
 * mark already placed and stays inside the map; if none is free, the one that overlaps least.
 * Widths are estimated from the number of characters.
 */
export function placeLabels(
  marks: readonly { id: string; name: string; x: number; y: number; r: number }[],
  width: number,
  height: number,
  fontSize: number,
): Map<string, MapLabel> {
  const placed = new Map<string, MapLabel>();
  const markBoxes = new Map(marks.map((mark) => [mark.id, { x0: mark.x - mark.r, y0: mark.y - mark.r, x1: mark.x + mark.r, y1: mark.y + mark.r }]));
  const taken: { owner: string; box: Box }[] = [...markBoxes].map(([owner, box]) => ({ owner, box }));
  const order = [...marks].sort((a, b) => b.r - a.r || a.name.localeCompare(b.name));
  const directions: [number, number][] = [
    [1, 0],
    [-1, 0],
    [0, -1],
    [0, 1],
    [0.71, -0.71],
    [-0.71, -0.71],
    [0.71, 0.71],
    [-0.71, 0.71],
  ];
  for (const mark of order) {
    const textWidth = mark.name.length * fontSize * 0.56;
    const candidates: (MapLabel & { box: Box })[] = [];
    for (const reach of [0, 16, 32]) {
      for (const [dx, dy] of directions) {
        const distance = mark.r + 3 + reach;
        const ax = mark.x + dx * distance;
        const ay = mark.y + dy * distance;
        const anchor: MapLabel['anchor'] = dx > 0.1 ? 'start' : dx < -0.1 ? 'end' : 'middle';
        // Baseline: centred on the point for side labels, above or below it otherwise.
        const y = dy < -0.1 ? ay - 1 : dy > 0.1 ? ay + fontSize * 0.75 : ay + fontSize * 0.35;
        const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - textWidth : ax - textWidth / 2;
        const box = { x0, y0: y - fontSize * 0.8, x1: x0 + textWidth, y1: y + fontSize * 0.25 };
        const leader =
          reach > 0 ? { x1: round(mark.x + dx * mark.r), y1: round(mark.y + dy * mark.r), x2: round(ax - dx * 2), y2: round(ay - dy * 2) } : undefined;
        candidates.push({ x: ax, y, anchor, box, ...(leader ? { leader } : {}) });
      }
    }
    let best = candidates[0] as (typeof candidates)[number];
    let bestCost = Infinity;
    for (const candidate of candidates) {
      const { box } = candidate;
      const outside = box.x0 < 2 || box.y0 < 2 || box.x1 > width - 2 || box.y1 > height - 2 ? 1000 : 0;
      const cost = outside + taken.filter((other) => other.owner !== mark.id && overlaps(box, other.box)).length;
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
        if (cost === 0) break;
      }
    }
    taken.push({ owner: mark.id, box: best.box });
    placed.set(mark.id, { x: round(best.x), y: round(best.y), anchor: best.anchor, ...(best.leader ? { leader: best.leader } : {}) });
  }
  return placed;
}

export interface DrawOptions {
  readonly frame: Frame;
  readonly width: number;
  readonly height: number;
  readonly fontSize?: number;
  /** Places in this frame are drawn without labels or links: an inset shows them. */
  readonly insetFrame?: Frame;
  /** Marks drawn smaller, for a locator map. */
  readonly markScale?: number;
  /** Decimals of the path data: 1 for a map read closely, 0 for a small locator map. */
  readonly digits?: number;
  /** Draw labels (a locator map labels only its own place). */
  readonly labelled?: (place: MapPlace) => boolean;
}

/** Draws the boundaries and the places in a frame. */
export function drawMap(places: readonly MapPlace[], options: DrawOptions): MapDrawing {
  const { frame, width, height, fontSize = 13, insetFrame, markScale = 1, digits = 1, labelled = () => true } = options;
  const projection = borderProjection(frame, width, height);
  const path = geoPath(projection).digits(digits);
  // Only countries near the frame: the far side of the globe has no place in a conic projection of North America.
  const near: Frame = [frame[0] - 10, frame[1] - 10, frame[2] + 10, frame[3] + 10];
  const countries = boundaryFeatures(COUNTRIES).filter((country) => {
    const [[west, south], [east, north]] = geoBounds(country);
    // Bounds across the antimeridian (the United States, with the Aleutians) have west > east: any longitude may be inside.
    const longitudes = west > east || (west <= near[2] && east >= near[0]);
    return longitudes && south <= near[3] && north >= near[1];
  });
  const focus = countries.filter((country) => country.id === UNITED_STATES || country.id === MEXICO);
  const others = countries.filter((country) => country.id !== UNITED_STATES && country.id !== MEXICO);
  const join = (features: readonly Feature[]) => features.map((item) => path(item) ?? '').join('');

  const visible = places
    .filter((place) => inFrame(place, frame))
    .map((place) => {
      const [x, y] = projection([place.longitude, place.latitude]) ?? [NaN, NaN];
      return { place, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, r: Math.round(markRadius(place.entryCount) * markScale * 10) / 10 };
    })
    .filter((mark) => Number.isFinite(mark.x) && Number.isFinite(mark.y));
  const toLabel = visible.filter((mark) => labelled(mark.place) && !(insetFrame && inFrame(mark.place, insetFrame)));
  const labels = placeLabels(
    toLabel.map((mark) => ({ id: mark.place.id, name: mark.place.name, x: mark.x, y: mark.y, r: mark.r })),
    width,
    height,
    fontSize,
  );
  // Larger marks first, so that small ones are drawn on top and stay clickable.
  const marks: MapMark[] = visible
    .sort((a, b) => b.r - a.r || a.place.name.localeCompare(b.place.name))
    .map((mark) => {
      const label = labels.get(mark.place.id);
      return {
        id: mark.place.id,
        name: mark.place.name,
        url: mark.place.url,
        entryCount: mark.place.entryCount,
        x: mark.x,
        y: mark.y,
        r: mark.r,
        shape: markShape(mark.place.kind),
        ...(label ? { label } : {}),
        linked: !(insetFrame && inFrame(mark.place, insetFrame)),
      };
    });

  let insetOutline: MapDrawing['insetOutline'];
  if (insetFrame) {
    const corners = [
      projection([insetFrame[0], insetFrame[1]]),
      projection([insetFrame[2], insetFrame[1]]),
      projection([insetFrame[0], insetFrame[3]]),
      projection([insetFrame[2], insetFrame[3]]),
    ].filter((corner): corner is [number, number] => corner !== null);
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const x = Math.round(Math.min(...xs));
    const y = Math.round(Math.min(...ys));
    insetOutline = { x, y, width: Math.round(Math.max(...xs)) - x, height: Math.round(Math.max(...ys)) - y };
  }

  return {
    width,
    height,
    otherLand: join(others),
    focusLand: join(focus),
    stateLines: path(innerBorders(STATES)) ?? '',
    countryLines: path(innerBorders(COUNTRIES)) ?? '',
    border: path(sharedBorder(COUNTRIES, [UNITED_STATES, MEXICO])) ?? '',
    marks,
    ...(insetOutline ? { insetOutline } : {}),
  };
}

/** The places nearest a point, nearest first, with their distance in kilometres. */
export function nearestPlaces<P extends Pick<MapPlace, 'id' | 'latitude' | 'longitude'>>(
  origin: Pick<MapPlace, 'id' | 'latitude' | 'longitude'>,
  places: readonly P[],
  count: number,
): { place: P; kilometres: number }[] {
  const EARTH_RADIUS_KM = 6371;
  return places
    .filter((place) => place.id !== origin.id)
    .map((place) => ({
      place,
      kilometres: Math.round(geoDistance([origin.longitude, origin.latitude], [place.longitude, place.latitude]) * EARTH_RADIUS_KM),
    }))
    .sort((a, b) => a.kilometres - b.kilometres || a.place.id.localeCompare(b.place.id))
    .slice(0, count);
}
