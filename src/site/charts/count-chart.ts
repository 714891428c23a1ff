/**
 * Layout of a count chart, drawn at build time as SVG: one mark per count claim, at the time
 * it holds and at the figure its words allow, drawn as honestly as the words are:
 * - time: a day is a point; a month or a year is a span across that month or year; a period
 *   (`asOf` to `asOfEnd`) a span across it; a date that is only approximate (`circa`) is dashed;
 * - figure: a stated number is a marker; "about" and "nearly" add the band they allow; "several
 *   hundred" and ranges are a band alone; "more than" and "at least" open upward with an arrow,
 *   "at most" and "fewer than" downward;
 * - claims that disagree are hollow and joined by a thin line; a planned figure is drawn apart.
 * The value axis runs from zero to a round number just above the data. Claims at the same
 * time stand side by side, so that disagreeing sources are seen next to each other.
 */
import { partialDate, periodEnd, periodStart } from '../../domain/dates.ts';
import { quantityInterval } from '../../domain/quantity.ts';
import type { Quantity } from '../../domain/schema/index.ts';
import { linear, raiseAxis, valueAxis, yearTicks } from './scales.ts';

export interface ChartSeries {
  /** Stable key: the subject's actor id, `all` for all agencies together, `unspecified`. */
  readonly key: string;
  readonly label: string;
}

export interface ChartClaim {
  readonly entryId: string;
  readonly title: string;
  readonly quantity: Quantity;
  /** Who made the claim, for the label: "PGR", "AP". */
  readonly claimant: string;
  readonly series: ChartSeries;
  /** True when the entry's date is approximate. */
  readonly circa: boolean;
  /** Ids of the other entries this claim disagrees with. */
  readonly disagreesWith: readonly string[];
}

export type Opening = 'up' | 'down';

export interface ChartMark {
  readonly entryId: string;
  /** The claim's quantity, as typed in its entry. */
  readonly quantity: Quantity;
  readonly seriesKey: string;
  /** Position of the series in the chart's legend, for its colour and shape. */
  readonly seriesIndex: number;
  /** Centre of the mark, and the extent of the time it holds. */
  readonly x: number;
  readonly x1: number;
  readonly x2: number;
  /** True when the time it holds is wide enough to draw as a span. */
  readonly span: boolean;
  /** The stated figure's height, when the words give one number. */
  readonly yValue?: number;
  /** The band of values the words allow, when they allow more than one bounded value. */
  readonly band?: { readonly y1: number; readonly y2: number };
  readonly open?: Opening;
  /** The marker's height: the stated figure, or the middle of the band. */
  readonly y: number;
  readonly circa: boolean;
  readonly planned: boolean;
  readonly inConflict: boolean;
  /** Short figure drawn beside the mark: "60", ">60", "200–999". */
  readonly figure: string;
  /** Where the figure is drawn, when there is room for it. */
  readonly figureAt?: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'end' | 'middle' };
  /** The mark's accessible name: its figure as drawn, then what, who, when. */
  readonly label: string;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  readonly marks: readonly ChartMark[];
  /** Thin lines between marks that disagree. */
  readonly links: readonly { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }[];
  readonly series: readonly ChartSeries[];
}

export interface ChartOptions {
  readonly width?: number;
  readonly height?: number;
  /** The years the time axis covers, to align several charts; by default the claims' own. */
  readonly years?: readonly [number, number];
  /** Series in legend order; by default in order of first appearance. */
  readonly series?: readonly ChartSeries[];
  /** Font size of labels in user units, for the figure labels' room. */
  readonly fontSize?: number;
}

const SIDE_BY_SIDE_GAP = 11;
/** Markers closer than this (in user units) would overlap. */
const TOUCHING = 11;
const MIN_SPAN = 4;
const ARROW = 16;

/** The words of a reading in a few characters, for a label beside its mark. */
export function shortFigure(quantity: Pick<Quantity, 'qualifier' | 'value' | 'lower' | 'upper'>): string {
  const n = (value: number | undefined) => (value === undefined ? '?' : value.toLocaleString('en-US'));
  switch (quantity.qualifier) {
    case 'exact':
      return n(quantity.value);
    case 'about':
      return `~${n(quantity.value)}`;
    case 'nearly':
      return `<${n(quantity.value)}`;
    case 'more-than':
      return `>${n(quantity.value)}`;
    case 'at-least':
      return `≥${n(quantity.value)}`;
    case 'at-most':
      return `≤${n(quantity.value)}`;
    case 'fewer-than':
      return `<${n(quantity.value)}`;
    case 'several':
    case 'range':
      return `${n(quantity.lower)}–${n(quantity.upper)}`;
  }
}

function openingOf(qualifier: Quantity['qualifier']): Opening | undefined {
  if (qualifier === 'more-than' || qualifier === 'at-least') return 'up';
  if (qualifier === 'at-most' || qualifier === 'fewer-than') return 'down';
  return undefined;
}

/** The years a claim's time covers, first and last. */
export function claimYears(quantity: Pick<Quantity, 'asOf' | 'asOfEnd'>): [number, number] {
  const start = new Date(periodStart(partialDate(quantity.asOf))).getUTCFullYear();
  const end = new Date(periodEnd(partialDate(quantity.asOfEnd ?? quantity.asOf)) - 1).getUTCFullYear();
  return [start, end];
}

export function layoutCountChart(claims: readonly ChartClaim[], options: ChartOptions = {}): ChartLayout {
  const width = options.width ?? 640;
  const height = options.height ?? 280;
  const fontSize = options.fontSize ?? 12;
  const plot = { left: 8 + fontSize * 3.4, right: width - 12, top: 14, bottom: height - fontSize * 2.2 };

  const years = options.years ?? [
    Math.min(...claims.map((claim) => claimYears(claim.quantity)[0])),
    Math.max(...claims.map((claim) => claimYears(claim.quantity)[1])),
  ];
  const [firstYear, lastYear] = [years[0], Math.max(years[1], years[0])];
  const xOf = linear([Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1)], [plot.left, plot.right]);

  const intervals = claims.map((claim) => quantityInterval(claim.quantity));
  const highest = Math.max(
    1,
    ...intervals.map((interval, i) => (Number.isFinite(interval.high) ? interval.high : (claims[i]?.quantity.value ?? interval.low))),
  );
  let axis = valueAxis(highest);
  const yOf = () => linear([0, axis.top], [plot.bottom, plot.top]);
  // An upward arrow needs room above its figure.
  if (claims.some((claim) => openingOf(claim.quantity.qualifier) === 'up' && yOf()(claim.quantity.value ?? 0) - ARROW < plot.top)) axis = raiseAxis(axis);
  const y = yOf();

  const series = options.series ?? [...new Map(claims.map((claim) => [claim.series.key, claim.series])).values()];
  const seriesIndex = new Map(series.map((s, index) => [s.key, index]));

  // Point marks at the same instant are spread around it.
  const instants = new Map<number, number[]>();
  const extents = claims.map((claim) => {
    const x1 = xOf(periodStart(partialDate(claim.quantity.asOf)));
    const x2 = xOf(periodEnd(partialDate(claim.quantity.asOfEnd ?? claim.quantity.asOf)));
    return { x1, x2, span: x2 - x1 >= MIN_SPAN };
  });
  claims.forEach((_, index) => {
    const extent = extents[index] as (typeof extents)[number];
    if (extent.span) return;
    const key = Math.round(extent.x1);
    const list = instants.get(key);
    if (list) list.push(index);
    else instants.set(key, [index]);
  });
  // Only marks that would touch are spread: at one instant, those within a marker's height of each other.
  const gap = Math.min(SIDE_BY_SIDE_GAP, (plot.right - plot.left) / 60);
  const heightOf = (index: number) => {
    const claim = claims[index] as ChartClaim;
    const interval = intervals[index] as (typeof intervals)[number];
    return y(claim.quantity.value ?? (Number.isFinite(interval.high) ? (interval.low + interval.high) / 2 : interval.low));
  };
  const offsets = new Map<number, number>();
  for (const indexes of instants.values()) {
    const sorted = [...indexes].sort((a, b) => heightOf(a) - heightOf(b));
    const clusters: number[][] = [];
    for (const index of sorted) {
      const last = clusters.at(-1);
      if (last && heightOf(index) - heightOf(last.at(-1) as number) < TOUCHING) last.push(index);
      else clusters.push([index]);
    }
    for (const cluster of clusters) cluster.forEach((index, position) => offsets.set(index, (position - (cluster.length - 1) / 2) * gap));
  }

  const marks: ChartMark[] = claims.map((claim, index) => {
    const q = claim.quantity;
    const interval = intervals[index] as (typeof intervals)[number];
    const extent = extents[index] as (typeof extents)[number];
    const open = openingOf(q.qualifier);
    const hasBand = q.qualifier === 'about' || q.qualifier === 'nearly' || q.qualifier === 'several' || q.qualifier === 'range';
    const band = hasBand ? { y1: y(Math.min(interval.high, axis.top)), y2: y(interval.low) } : undefined;
    const yValue = q.value !== undefined ? y(q.value) : undefined;
    const x = (extent.x1 + extent.x2) / 2 + (offsets.get(index) ?? 0);
    const figure = q.planned ? `${shortFigure(q)} planned` : shortFigure(q);
    return {
      entryId: claim.entryId,
      quantity: q,
      seriesKey: claim.series.key,
      seriesIndex: seriesIndex.get(claim.series.key) ?? 0,
      x,
      x1: extent.span ? extent.x1 : x,
      x2: extent.span ? extent.x2 : x,
      span: extent.span,
      ...(yValue !== undefined ? { yValue } : {}),
      ...(band ? { band } : {}),
      ...(open ? { open } : {}),
      y: yValue ?? (band ? (band.y1 + band.y2) / 2 : plot.bottom),
      circa: claim.circa,
      planned: q.planned,
      inConflict: claim.disagreesWith.length > 0,
      figure,
      // The figure drawn beside the mark comes first, so that the visible text is part of its name.
      label: `${figure}: ${claim.series.label}, ${q.stated} ${q.unit}${q.planned ? ' (planned)' : ''}, per ${claim.claimant}, as of ${q.asOf}${q.asOfEnd ? ` to ${q.asOfEnd}` : ''}${claim.circa ? ' (approximate date)' : ''}. ${claim.title}`,
    };
  });

  placeFigures(marks, fontSize, plot);

  const markById = new Map(marks.map((mark) => [mark.entryId, mark]));
  const links: ChartLayout['links'][number][] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    for (const other of claim.disagreesWith) {
      const key = [claim.entryId, other].sort().join(' ');
      const a = markById.get(claim.entryId);
      const b = markById.get(other);
      if (seen.has(key) || !a || !b) continue;
      seen.add(key);
      links.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    }
  }

  const xTicks = yearTicks(firstYear, lastYear + 1, Math.max(2, Math.floor((plot.right - plot.left) / (fontSize * 4.5)))).map((year) => ({
    x: xOf(Date.UTC(year, 0, 1)),
    label: String(year),
  }));
  const yTicks = axis.ticks.map((tick) => ({ y: y(tick), label: tick.toLocaleString('en-US') }));
  return { width, height, plot, xTicks, yTicks, marks, links, series };
}

interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Puts each mark's figure beside it where it overlaps no other figure or marker; a figure with no room is left to the mark's own label and the table. */
function placeFigures(marks: ChartMark[], fontSize: number, plot: ChartLayout['plot']): void {
  const charWidth = fontSize * 0.62;
  const taken: Box[] = marks.map((mark) => ({ x1: mark.x1 - 5, y1: mark.y - 5, x2: mark.x2 + 5, y2: mark.y + 5 }));
  marks.forEach((mark, index) => {
    const textWidth = mark.figure.length * charWidth;
    const half = fontSize / 2;
    const candidates: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; box: Box }[] = [
      { x: mark.x2 + 7, y: mark.y + half - 1, anchor: 'start', box: { x1: mark.x2 + 6, y1: mark.y - half, x2: mark.x2 + 8 + textWidth, y2: mark.y + half } },
      { x: mark.x1 - 7, y: mark.y + half - 1, anchor: 'end', box: { x1: mark.x1 - 8 - textWidth, y1: mark.y - half, x2: mark.x1 - 6, y2: mark.y + half } },
      {
        x: mark.x,
        y: mark.y - 9,
        anchor: 'middle',
        box: { x1: mark.x - textWidth / 2, y1: mark.y - 9 - fontSize, x2: mark.x + textWidth / 2, y2: mark.y - 8 },
      },
      {
        x: mark.x,
        y: mark.y + 9 + fontSize,
        anchor: 'middle',
        box: { x1: mark.x - textWidth / 2, y1: mark.y + 8, x2: mark.x + textWidth / 2, y2: mark.y + 9 + fontSize },
      },
    ];
    const others = taken.filter((_, i) => i !== index);
    const fits = candidates.find(
      (candidate) =>
        candidate.box.x1 >= plot.left - 2 &&
        candidate.box.x2 <= plot.right + 8 &&
        candidate.box.y1 >= 0 &&
        candidate.box.y2 <= plot.bottom &&
        !others.some((box) => overlaps(box, candidate.box)),
    );
    if (!fits) return;
    (marks[index] as { figureAt?: ChartMark['figureAt'] }).figureAt = { x: fits.x, y: fits.y, anchor: fits.anchor };
    taken.push(fits.box);
  });
}
