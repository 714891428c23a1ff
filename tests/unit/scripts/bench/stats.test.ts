import { describe, expect, it } from 'vitest';
import { median, medianRun } from '../../../../scripts/bench/lib/stats.ts';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([1930, 1710, 1800, 2400, 1650])).toBe(1800);
  });

  it('takes the lower middle of an even count, a value that was measured', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('medianRun', () => {
  const loads = [
    { id: 'a', firstRender: 1930 },
    { id: 'b', firstRender: null },
    { id: 'c', firstRender: 1710 },
    { id: 'd', firstRender: 1800 },
  ];

  it('returns the run with the median figure and the spread over the runs that have one', () => {
    expect(medianRun(loads, (load) => load.firstRender)).toEqual({ run: loads[3], values: [1930, 1710, 1800], min: 1710, max: 1930 });
  });

  it('is undefined when no run has the figure', () => {
    expect(medianRun([{ firstRender: null }], (load) => load.firstRender)).toBeUndefined();
  });
});
