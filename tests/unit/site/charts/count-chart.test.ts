import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../src/domain/schema/index.ts';
import { layoutCountChart, shortFigure, type ChartClaim } from '../../../../src/site/charts/count-chart.ts';

const q = (extra: Partial<Quantity>): Quantity => ({
  measure: 'agents-in-mexico',
  subject: 'x',
  qualifier: 'exact',
  unit: 'agents',
  asOf: '2011',
  stated: 's',
  planned: false,
  ...extra,
});
const claim = (entryId: string, quantity: Quantity, extra: Partial<ChartClaim> = {}): ChartClaim => ({
  entryId,
  title: `Title ${entryId}`,
  quantity,
  claimant: 'AP',
  series: { key: 'all', label: 'All agencies' },
  circa: false,
  disagreesWith: [],
  ...extra,
});

describe('layoutCountChart', () => {
  const layout = layoutCountChart([
    claim('pgr', q({ value: 500, asOf: '2011-04-19' }), { claimant: 'PGR', disagreesWith: ['ap'] }),
    claim('pgr-again', q({ value: 500, qualifier: 'about', asOf: '2011-04-19' }), { claimant: 'PGR' }),
    claim('ap', q({ qualifier: 'several', lower: 200, upper: 999 }), { circa: true, disagreesWith: ['pgr'] }),
    claim('early', q({ value: 60, asOf: '2005' }), { claimant: 'PGR' }),
    claim('dea', q({ qualifier: 'more-than', value: 60, asOf: '2011-03-20' })),
    claim('cap', q({ qualifier: 'at-most', value: 70, asOf: '2006-12', asOfEnd: '2018-11' })),
    claim('plan', q({ value: 40, planned: true })),
  ]);
  const mark = (id: string) => layout.marks.find((m) => m.entryId === id)!;

  it('scales the value axis to the data: 999 at most gives a top of 1,000', () => {
    expect(layout.yTicks.at(-1)?.label).toBe('1,000');
    expect(layout.yTicks.map((tick) => tick.label)).toEqual(['0', '200', '400', '600', '800', '1,000']);
  });

  it('draws a day as a point, a year as a span across that year, a period across the period', () => {
    expect(mark('pgr').span).toBe(false);
    expect(mark('early').span).toBe(true);
    const yearWidth = mark('early').x2 - mark('early').x1;
    // The axis runs from 2005-01-01 to 2019-01-01, 14 years (of 365 or 366 days).
    expect(yearWidth).toBeCloseTo((layout.plot.right - layout.plot.left) / 14, 1);
    expect(mark('cap').x2 - mark('cap').x1).toBeGreaterThan(11 * yearWidth);
    expect(mark('cap').x2 - mark('cap').x1).toBeLessThan(12.1 * yearWidth);
  });

  it('puts claims about the same day side by side, not on top of each other', () => {
    expect(mark('pgr').x).not.toBe(mark('pgr-again').x);
    expect(Math.abs(mark('pgr').x - mark('pgr-again').x)).toBeLessThan(20);
  });

  it('leaves claims of the same day at their date when their figures are far apart', () => {
    const spread = layoutCountChart([claim('low', q({ value: 18, asOf: '2011-03-20' })), claim('high', q({ value: 60, asOf: '2011-03-20' }))]);
    expect(spread.marks[0]?.x).toBe(spread.marks[1]?.x);
  });

  it('draws "several hundred" as a band alone, "about" as a figure with its band, and open ends as arrows', () => {
    expect(mark('ap').yValue).toBeUndefined();
    expect(mark('ap').band!.y2).toBeGreaterThan(mark('ap').band!.y1);
    expect(mark('pgr-again').band).toBeDefined();
    expect(mark('pgr-again').yValue).toBe(mark('pgr').yValue);
    expect(mark('pgr').band).toBeUndefined();
    expect(mark('dea').open).toBe('up');
    expect(mark('cap').open).toBe('down');
    expect(mark('early').open).toBeUndefined();
  });

  it('marks circa dates, planned figures and disagreements, and joins disagreeing marks', () => {
    expect(mark('ap').circa).toBe(true);
    expect(mark('plan').planned).toBe(true);
    expect(mark('plan').figure).toBe('40 planned');
    expect([mark('pgr').inConflict, mark('ap').inConflict, mark('early').inConflict]).toEqual([true, true, false]);
    expect(layout.links).toHaveLength(1);
  });

  it('names each mark by its figure as drawn, series, words, claimant and date', () => {
    expect(mark('pgr').label).toBe('500: All agencies, s agents, per PGR, as of 2011-04-19. Title pgr');
    expect(mark('ap').label).toContain('(approximate date)');
  });

  it('places figure labels without overlapping each other', () => {
    const placed = layout.marks.filter((m) => m.figureAt);
    expect(placed.length).toBeGreaterThan(3);
  });
});

describe('shortFigure', () => {
  it('writes each reading in a few characters', () => {
    expect(
      [
        { qualifier: 'exact', value: 1500 },
        { qualifier: 'about', value: 30 },
        { qualifier: 'more-than', value: 60 },
        { qualifier: 'at-least', value: 11 },
        { qualifier: 'at-most', value: 39 },
        { qualifier: 'several', lower: 200, upper: 999 },
        { qualifier: 'range', lower: 52, upper: 54 },
      ].map((reading) => shortFigure(reading as Pick<Quantity, 'qualifier' | 'value' | 'lower' | 'upper'>)),
    ).toEqual(['1,500', '~30', '>60', '≥11', '≤39', '200–999', '52–54']);
  });
});
