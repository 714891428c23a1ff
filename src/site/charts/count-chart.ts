/**
 * Layout of an actor's personnel-count chart, drawn at build time as SVG: one mark per
 * claim at the time it holds, its figure as a dot, a range as a bar, an open-ended figure
 * ("more than 60") as an arrow. Claims about the same time stand side by side, so that
 * disagreeing sources are seen next to each other rather than on top of each other.
 */
import { partialDate, periodEnd, periodStart } from '../../domain/dates.ts';
import { quantityInterval } from '../../domain/quantity.ts';
import type { Quantity } from '../../domain/schema/index.ts';

export interface ChartClaim {
  readonly entryId: string;
  readonly quantity: Quantity;
  /** Who made the claim, for the label: "PGR", "AP". */
  readonly claimant: string;
  readonly inConflict: boolean;
}

export interface ChartMark {
  readonly entryId: string;
  readonly x: number;
  /** Vertical extent of the claim: equal for exact figures. */
  readonly yLow: number;
  readonly yHigh: number;
  /** The stated figure's position, when the claim has one. */
  readonly yValue?: number;
  /** True for "more than" and "at least": the bar continues upward. */
  readonly openUp: boolean;
  readonly label: string;
  readonly inConflict: boolean;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { left: number; right: number; top: number; bottom: number };
  readonly xTicks: readonly { x: number; label: string }[];
  readonly yTicks: readonly { y: number; label: string }[];
  readonly marks: readonly ChartMark[];
}

const SIDE_BY_SIDE_GAP = 14;

export function layoutCountChart(claims: readonly ChartClaim[], width = 640, height = 300): ChartLayout {
  const plot = { left: 48, right: width - 16, top: 16, bottom: height - 36 };
  const periods = claims.map((claim) => {
    const start = periodStart(partialDate(claim.quantity.asOf));
    const end = periodEnd(partialDate(claim.quantity.asOfEnd ?? claim.quantity.asOf));
    return { start, end, middle: (start + end) / 2 };
  });
  const firstYear = new Date(Math.min(...periods.map((p) => p.start))).getUTCFullYear();
  const lastYear = new Date(Math.max(...periods.map((p) => p.end)) - 1).getUTCFullYear() + 1;
  const timeStart = Date.UTC(firstYear, 0, 1);
  const timeEnd = Date.UTC(Math.max(lastYear, firstYear + 1), 0, 1);
  const xOf = (time: number) => plot.left + ((time - timeStart) / (timeEnd - timeStart)) * (plot.right - plot.left);

  const intervals = claims.map((claim) => quantityInterval(claim.quantity));
  const finiteTop = Math.max(1, ...intervals.flatMap((interval) => [interval.low, Number.isFinite(interval.high) ? interval.high : interval.low]));
  const yMax = niceCeiling(finiteTop * 1.2);
  const yOf = (value: number) => plot.bottom - (Math.min(value, yMax) / yMax) * (plot.bottom - plot.top);

  // Claims at the same period share a slot and are spread around its centre.
  const slots = new Map<string, number[]>();
  claims.forEach((claim, index) => {
    const key = `${claim.quantity.asOf}/${claim.quantity.asOfEnd ?? ''}`;
    const slot = slots.get(key);
    if (slot) slot.push(index);
    else slots.set(key, [index]);
  });
  const marks: ChartMark[] = [];
  for (const indexes of slots.values()) {
    indexes.forEach((index, position) => {
      const claim = claims[index] as ChartClaim;
      const interval = intervals[index] as ReturnType<typeof quantityInterval>;
      const period = periods[index] as { middle: number };
      const offset = (position - (indexes.length - 1) / 2) * SIDE_BY_SIDE_GAP;
      const openUp = !Number.isFinite(interval.high);
      marks.push({
        entryId: claim.entryId,
        x: xOf(period.middle) + offset,
        yLow: yOf(interval.low),
        yHigh: openUp ? plot.top : yOf(interval.high),
        ...(claim.quantity.value !== undefined ? { yValue: yOf(claim.quantity.value) } : {}),
        openUp,
        label: `${claim.quantity.stated} (${claim.claimant})`,
        inConflict: claim.inConflict,
      });
    });
  }

  const xTicks: { x: number; label: string }[] = [];
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear) / 8));
  for (let year = firstYear; year <= Math.max(lastYear, firstYear + 1); year += yearStep) xTicks.push({ x: xOf(Date.UTC(year, 0, 1)), label: String(year) });
  // Fifths of a 1-2-5 maximum are round numbers (0, 10, 20 … 50; 0, 400 … 2,000).
  const yTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((fraction) => ({ y: yOf(yMax * fraction), label: Math.round(yMax * fraction).toLocaleString('en-US') }));
  return { width, height, plot, xTicks, yTicks, marks };
}

/** 1, 2 or 5 times a power of ten, at or above the value. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
