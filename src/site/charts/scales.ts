/**
 * Scales for the build-time charts: a value axis from zero to a round top just above the data,
 * and a time axis in whole years. Small enough to keep here rather than ship a charting library.
 */

export interface ValueAxis {
  /** The axis runs from 0 to `top`. */
  readonly top: number;
  readonly ticks: readonly number[];
}

/**
 * From 0 to the first round step at or above `max`, in steps of 1, 2 or 5 times a power of ten,
 * about `targetTicks` of them: 999 gives 0 to 1,000 by 200; 70 gives 0 to 80 by 20.
 */
export function valueAxis(max: number, targetTicks = 5): ValueAxis {
  const safeMax = max > 0 && Number.isFinite(max) ? max : 1;
  const rough = safeMax / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((multiple) => multiple * power >= rough) ?? 10) * power;
  const top = Math.ceil(safeMax / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return { top, ticks };
}

/** One step above the axis's top, for marks that need headroom (an arrow for "more than"). */
export function raiseAxis(axis: ValueAxis): ValueAxis {
  const step = (axis.ticks[1] ?? axis.top) - (axis.ticks[0] ?? 0) || axis.top;
  return { top: axis.top + step, ticks: [...axis.ticks, axis.top + step] };
}

/** Years to label on a time axis of whole years, at a round interval (1, 2, 5, 10, 20 or 50 years) giving at most `maxTicks`. */
export function yearTicks(startYear: number, endYear: number, maxTicks: number): number[] {
  const span = Math.max(1, endYear - startYear);
  const interval = [1, 2, 5, 10, 20, 50].find((step) => span / step <= maxTicks) ?? 100;
  const first = Math.ceil(startYear / interval) * interval;
  const years: number[] = [];
  for (let year = first; year <= endYear; year += interval) years.push(year);
  return years;
}

/** A linear map from a domain to a range. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * scale;
}
