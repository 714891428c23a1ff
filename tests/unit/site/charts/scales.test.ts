import { describe, expect, it } from 'vitest';
import { linear, raiseAxis, valueAxis, yearTicks } from '../../../../src/site/charts/scales.ts';

describe('valueAxis', () => {
  it('runs from zero to a round top just above the data, in steps of 1, 2 or 5', () => {
    expect(valueAxis(999)).toEqual({ top: 1000, ticks: [0, 200, 400, 600, 800, 1000] });
    expect(valueAxis(70)).toEqual({ top: 80, ticks: [0, 20, 40, 60, 80] });
    expect(valueAxis(60).top).toBe(60);
    expect(valueAxis(7).top).toBe(8);
    expect(valueAxis(0).top).toBe(1);
  });

  it('adds one step of headroom when asked', () => {
    expect(raiseAxis(valueAxis(60))).toEqual({ top: 80, ticks: [0, 20, 40, 60, 80] });
  });
});

describe('yearTicks and linear', () => {
  it('labels years at a round interval within the limit', () => {
    expect(yearTicks(1986, 2023, 10)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(yearTicks(1986, 2023, 5)).toEqual([1990, 2000, 2010, 2020]);
    expect(yearTicks(2010, 2012, 10)).toEqual([2010, 2011, 2012]);
  });

  it('maps a domain onto a range, reversed ranges included', () => {
    const y = linear([0, 100], [200, 0]);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
  });
});
