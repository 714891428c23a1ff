/**
 * The timeline page's first view, computed at build time for both profiles from the same
 * layout the browser continues with (`layout.ts`): rows, lanes, axis and boxes of the first
 * window, in the numbers `TimelineStatic.astro` writes as SVG attributes (percentages across,
 * pixels down), and the overview strip of the whole span.
 */
import { boxContent, boxHref, type BoxContent } from './box-content.ts';
import type { TimelineData } from './data.ts';
import {
  firstWindow,
  GEOMETRY,
  inWindow,
  layoutHeight,
  layoutTimeline,
  PROFILES,
  windowAtYear,
  yearDensity,
  type LayoutBox,
  type ProfileName,
  type TimelineLayout,
  type TimeWindow,
} from './layout.ts';
import { DEFAULT_GROUP, serialiseState, timelineRows } from './state.ts';

/** A number for an SVG attribute: a percentage or pixels, without float noise. */
const percent = (fraction: number): string => `${Number((fraction * 100).toFixed(4))}%`;

export interface StaticBox {
  readonly box: LayoutBox;
  readonly content: BoxContent;
  readonly href: string;
  readonly x: string;
  readonly y: number;
  readonly width: string;
  /** The range bar's width across the track, for range entries. */
  readonly barWidth?: string;
}

export interface StaticView {
  readonly profile: ProfileName;
  readonly layout: TimelineLayout;
  /** Pixels: the axis, one lane, the row labels' column, the whole view. */
  readonly geometry: { readonly lane: number; readonly axis: number; readonly labels: number; readonly height: number; readonly body: number };
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly title: string;
    readonly y: number;
    readonly height: number;
    readonly band: 'even' | 'odd';
  }[];
  readonly ticks: readonly { readonly x: string; readonly label: string; readonly major: boolean }[];
  readonly boxes: readonly StaticBox[];
  /** The window in words, for the view's accessible name. */
  readonly description: string;
}

export interface OverviewYear {
  readonly year: number;
  readonly count: number;
  readonly x: string;
  readonly width: string;
  /** Bar height as a fraction of the strip (square root of the count, so a quiet year still shows). */
  readonly height: number;
  readonly href: string;
}

export interface Overview {
  readonly first: number;
  readonly last: number;
  readonly years: readonly OverviewYear[];
  /** The window's mark per profile, as x and width across the strip. */
  readonly marks: Readonly<Record<ProfileName, { readonly x: string; readonly width: string }>>;
}

export interface FirstViews {
  readonly views: readonly StaticView[];
  readonly windows: Readonly<Record<ProfileName, TimeWindow>>;
  readonly overview: Overview | undefined;
}

const DAY = 86_400_000;

function windowWords(window: TimeWindow): string {
  const format = (instant: number) => new Date(instant).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${format(window.start)} to ${format(window.end - DAY)}`;
}

/** Both first views of the unfiltered timeline (rows by topic), and the overview strip. */
export function firstViews(data: TimelineData, timelinePath: string, entryUrl: (id: string) => string): FirstViews {
  const rows = timelineRows(data, data.entries, DEFAULT_GROUP);
  const views: StaticView[] = [];
  const windows = {} as Record<ProfileName, TimeWindow>;
  for (const name of ['wide', 'narrow'] as const) {
    const profile = PROFILES[name];
    const window = firstWindow(rows, profile);
    if (!window) continue;
    windows[name] = window;
    const layout = layoutTimeline(rows, window, profile, { hideEmptyRows: true });
    const { lane, axis, labels } = GEOMETRY[name];
    views.push({
      profile: name,
      layout,
      geometry: { lane, axis, labels, height: layoutHeight(layout), body: layout.lanes * lane },
      rows: layout.rows.map((row, index) => ({
        id: row.id,
        label: row.label,
        title: row.title,
        y: row.firstLane * lane,
        height: row.lanes * lane,
        band: index % 2 === 0 ? 'even' : 'odd',
      })),
      ticks: layout.axis.ticks.map((tick) => ({ x: percent(tick.x), label: tick.label, major: tick.major })),
      boxes: layout.boxes.filter(inWindow).map((box) => {
        const content = boxContent(box);
        return {
          box,
          content,
          href: boxHref(box, { entryUrl, timelinePath, group: DEFAULT_GROUP, profile }),
          x: percent(box.x),
          y: box.globalLane * lane,
          width: percent(box.width),
          ...(box.type === 'item' && box.bar !== undefined ? { barWidth: percent(box.bar) } : {}),
        };
      }),
      description: `Timeline from ${windowWords(window)}, rows by topic`,
    });
  }
  const density = yearDensity(data.entries);
  let overview: Overview | undefined;
  if (density && windows.wide && windows.narrow) {
    const from = Date.UTC(density.first, 0, 1);
    const to = Date.UTC(density.last + 1, 0, 1);
    const across = (instant: number) => (instant - from) / (to - from);
    const mark = (window: TimeWindow) => {
      const x = Math.max(0, across(window.start));
      return { x: percent(x), width: percent(Math.min(1, across(window.end)) - x) };
    };
    const years = density.counts.map((count, index) => {
      const year = density.first + index;
      const target = windowAtYear(year, windows.wide);
      return {
        year,
        count,
        x: percent(index / density.counts.length),
        width: percent(1 / density.counts.length),
        height: count === 0 ? 0 : Math.sqrt(count / density.max),
        href: `${timelinePath}${serialiseState({ group: DEFAULT_GROUP, start: target.start, end: target.end })}#timeline-year-${year}`,
      };
    });
    overview = { first: density.first, last: density.last, years, marks: { wide: mark(windows.wide), narrow: mark(windows.narrow) } };
  }
  return { views, windows, overview };
}
