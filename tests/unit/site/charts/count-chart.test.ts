import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../src/domain/schema/index.ts';
import { layoutCountChart, niceCeiling } from '../../../../src/site/charts/count-chart.ts';

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

describe('layoutCountChart', () => {
  const layout = layoutCountChart([
    { entryId: 'pgr', quantity: q({ value: 500 }), claimant: 'PGR', inConflict: true },
    { entryId: 'ap', quantity: q({ qualifier: 'several', lower: 200, upper: 999 }), claimant: 'AP', inConflict: true },
    { entryId: 'early', quantity: q({ value: 60, asOf: '2005' }), claimant: 'PGR', inConflict: false },
    { entryId: 'dea', quantity: q({ qualifier: 'more-than', value: 60, asOf: '2011' }), claimant: 'AP', inConflict: false },
  ]);
  const mark = (id: string) => layout.marks.find((m) => m.entryId === id)!;

  it('puts claims about the same period side by side, not on top of each other', () => {
    const xs = ['pgr', 'ap', 'dea'].map((id) => mark(id).x);
    expect(new Set(xs).size).toBe(3);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(40);
    expect(mark('early').x).toBeLessThan(mark('pgr').x - 100);
  });

  it('draws exact figures as points, ranges as bars and "more than" as open upward', () => {
    expect(mark('pgr').yLow).toBe(mark('pgr').yHigh);
    expect(mark('ap').yLow).toBeGreaterThan(mark('ap').yHigh);
    expect(mark('ap').yValue).toBeUndefined();
    expect(mark('dea').openUp).toBe(true);
    expect(mark('dea').yHigh).toBe(layout.plot.top);
  });

  it('scales higher figures higher up and labels each mark with words and claimant', () => {
    expect(mark('pgr').yValue).toBeLessThan(mark('early').yValue!);
    expect(mark('pgr').label).toBe('s (PGR)');
    expect(layout.yTicks.at(-1)?.label).toBe('2,000');
  });

  it('rounds axis tops to 1, 2 or 5 times a power of ten', () => {
    expect([niceCeiling(7), niceCeiling(120), niceCeiling(1198.8), niceCeiling(5000)]).toEqual([10, 200, 2000, 5000]);
  });
});
