/**
 * The only module that imports vis-timeline. vis draws what the layout gives it
 * (`src/site/timeline/layout.ts`), the same layout the build drew as the page's first view,
 * and provides the axis, pan, zoom and selection; it neither stacks nor clusters by itself.
 *
 * How vis's geometry is matched (checked by `tests/e2e/timeline-takeover.spec.ts`):
 * - across: a box is vis's `box` item with `align: 'left'`, so its left edge is vis's
 *   `toScreen(start)`: (start - window start) / window length × centre width, the layout's `x`;
 *   its width is the layout's fraction of the centre panel (a percentage, `--tl-box-width`),
 *   and vis's own line and dot are hidden by CSS;
 * - down: one vis group per lane, `stack: false` and no margins, so each item sits at its
 *   group's top. A group is as tall as the larger of its items and its label; items are
 *   shorter than a lane and every label is exactly one lane high (CSS, from `--tl-lane`), so
 *   every group is one lane and the lanes follow each other as in the static view. A row's
 *   label sits on its first lane and overflows onto the others;
 * - the axis: vis's time step is fixed to the layout's scale (`timeAxis`) and its labels come
 *   from the layout's `tickLabel`, at a height CSS fixes (`--tl-axis`).
 * The layout is asked again whenever the window settles (vis's `rangechanged`, at the end of a
 * drag or pinch) and before a button zoom, and the data sets are updated to its boxes and lanes.
 */
import type { DataSet } from 'vis-data/esnext';
import type { DataGroupCollectionType, DataItemCollectionType, Timeline, TimelineOptions } from 'vis-timeline/esnext';
import { boxContent } from '../../site/timeline/box-content.ts';
import {
  GEOMETRY,
  layoutTimeline,
  tickLabel,
  type AxisScale,
  type LayoutBox,
  type LayoutRowInput,
  type Profile,
  type TimelineLayout,
  type TimeWindow,
} from '../../site/timeline/layout.ts';
import { boxElement, h, rowLabelElement } from './dom.ts';

export type VisModule = typeof import('../../third-party/vis-timeline/vis-timeline.ts');

/** vis-timeline, vis-data and vis's stylesheet, as one chunk that only the timeline page loads. */
export function loadVis(): Promise<VisModule> {
  return import('../../third-party/vis-timeline/vis-timeline.ts');
}

interface VisItem {
  id: string;
  group: string;
  start: number;
  type: 'box';
  className: string;
  style: string;
  /** The layout's box: what the template draws and what a click selects. */
  box: LayoutBox;
}

interface VisGroup {
  id: string;
  order: number;
  content: HTMLElement;
  className: string;
}

export interface AdapterEvents {
  /** The window settled (after the layout was updated to it); `byUser` when the reader moved it. */
  onWindow(window: TimeWindow, byUser: boolean): void;
  /** A click or tap chose a box, or the background (undefined). */
  onSelect(box: LayoutBox | undefined): void;
  /** vis's first draw is done: the static view may go. */
  onDrawn(): void;
}

export interface AdapterOptions {
  readonly rows: readonly LayoutRowInput[];
  readonly window: TimeWindow;
  readonly profile: Profile;
  /** The span of all entries, for how far the reader may pan and zoom out. */
  readonly extent: TimeWindow;
  readonly reducedMotion: () => boolean;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** Boxes up to a window's length either side are laid out too, so that a drag shows them at once. */
const MARGIN = 1;

function laneId(row: string, lane: number): string {
  return `${row}#${lane}`;
}

export class VisAdapter {
  readonly timeline: Timeline;
  /** The vis module the timeline was drawn with (for tests of the patched vis, in the page). */
  readonly vis: VisModule;
  layout: TimelineLayout;
  #rows: readonly LayoutRowInput[];
  readonly #profile: Profile;
  readonly #items: DataSet<VisItem>;
  readonly #groups: DataSet<VisGroup>;
  readonly #reducedMotion: () => boolean;
  #scale: AxisScale;

  constructor(vis: VisModule, container: HTMLElement, options: AdapterOptions, events: AdapterEvents) {
    this.vis = vis;
    this.#rows = options.rows;
    this.#profile = options.profile;
    this.#reducedMotion = options.reducedMotion;
    const geometry = GEOMETRY[options.profile.name];
    container.style.setProperty('--tl-lane', `${geometry.lane}px`);
    container.style.setProperty('--tl-axis', `${geometry.axis}px`);
    container.style.setProperty('--tl-labels', `${geometry.labels}px`);
    this.#items = new vis.DataSet<VisItem>();
    this.#groups = new vis.DataSet<VisGroup>();
    this.layout = this.#relayout(options.window);
    this.#scale = this.layout.axis.scale;
    const { extent } = options;
    const timelineOptions: TimelineOptions = {
      // Dates are UTC throughout the site: the axis is drawn in UTC whatever the reader's time zone.
      moment: vis.visMoment as unknown as NonNullable<TimelineOptions['moment']>,
      locale: 'en',
      start: options.window.start,
      end: options.window.end,
      min: extent.start - 10 * YEAR,
      max: extent.end + 10 * YEAR,
      zoomMin: 7 * DAY,
      // Room to show every entry at once, however long the chronology runs.
      zoomMax: Math.max(20 * YEAR, (extent.end - extent.start) * 1.6),
      // Plain scrolling scrolls the page; Ctrl + wheel, pinch or the buttons zoom.
      zoomKey: 'ctrlKey',
      orientation: { axis: 'top', item: 'top' },
      stack: false,
      align: 'left',
      groupOrder: 'order',
      selectable: true,
      multiselect: false,
      editable: false,
      showCurrentTime: false,
      showTooltips: false,
      showMajorLabels: false,
      verticalScroll: false,
      margin: { axis: 0, item: { horizontal: 0, vertical: 0 } },
      timeAxis: { ...this.#scale },
      format: { minorLabels: (date: { valueOf(): number }) => tickLabel(date.valueOf(), this.#scale) },
      // Contents are built when vis first draws a box, not for every box up front.
      template: (item?: Partial<VisItem>) => (item?.box ? this.#content(item.box) : ''),
      onInitialDrawComplete: () => events.onDrawn(),
    } as TimelineOptions;
    this.timeline = new vis.Timeline(
      container,
      this.#items as unknown as DataItemCollectionType,
      this.#groups as unknown as DataGroupCollectionType,
      timelineOptions,
    );
    this.timeline.on('rangechanged', (properties?: { start: Date; end: Date; byUser?: boolean }) => {
      if (!properties) return;
      const window = { start: properties.start.getTime(), end: properties.end.getTime() };
      this.#apply(window);
      events.onWindow(window, properties.byUser === true);
    });
    this.timeline.on('select', (properties?: { items: (string | number)[] }) => {
      const id = properties?.items[0];
      events.onSelect(id === undefined ? undefined : this.#items.get(String(id))?.box);
    });
  }

  /** The current window. */
  get window(): TimeWindow {
    const { start, end } = this.timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  }

  /** New rows (filters or grouping changed): laid out again in the same window. */
  setRows(rows: readonly LayoutRowInput[]): void {
    this.#rows = rows;
    this.#apply(this.window);
  }

  /**
   * Moves to a window: the layout of the target first (its boxes ready as the animation runs),
   * then vis, which reports `rangechanged` at the end.
   */
  show(window: TimeWindow): void {
    this.#apply(window);
    this.timeline.setWindow(window.start, window.end, { animation: this.#animation() });
  }

  /** Zooms about the window's centre by `factor` (< 1 zooms in). */
  zoom(factor: number): void {
    const { start, end } = this.window;
    const middle = (start + end) / 2;
    const half = ((end - start) * factor) / 2;
    this.show({ start: middle - half, end: middle + half });
  }

  /** Moves the window by `fraction` of its length (negative: earlier). */
  pan(fraction: number): void {
    const { start, end } = this.window;
    const shift = (end - start) * fraction;
    this.show({ start: start + shift, end: end + shift });
  }

  /** Marks boxes as selected (vis's selection, which a click also sets). */
  select(boxIds: readonly string[]): void {
    this.timeline.setSelection(boxIds.filter((id) => this.#items.get(id) !== null));
  }

  /** The box drawn for an entry in the current layout, if it is one by itself (its first row). */
  boxOfEntry(entryId: string): LayoutBox | undefined {
    return this.layout.boxes.find((box) => box.type === 'item' && box.entryId === entryId);
  }

  /** The box holding an entry, on its own or inside a cluster. */
  boxHolding(entryId: string): LayoutBox | undefined {
    return this.boxOfEntry(entryId) ?? this.layout.boxes.find((box) => box.type === 'cluster' && box.entries.includes(entryId));
  }

  #animation(): false | { duration: number; easingFunction: 'easeInOutQuad' } {
    return this.#reducedMotion() ? false : { duration: 250, easingFunction: 'easeInOutQuad' };
  }

  #relayout(window: TimeWindow): TimelineLayout {
    const layout = layoutTimeline(this.#rows, window, this.#profile, { margin: MARGIN, hideEmptyRows: true });
    const groups: VisGroup[] = [];
    layout.rows.forEach((row, index) => {
      for (let lane = 0; lane < row.lanes; lane++) {
        groups.push({
          id: laneId(row.id, lane),
          order: row.firstLane + lane,
          content: lane === 0 ? rowLabelElement(row, row.lanes) : h('span', { class: 'tl-row-label tl-row-label--more' }),
          className: [
            'tl-lane',
            `tl-band--${index % 2 === 0 ? 'even' : 'odd'}`,
            lane === 0 ? 'tl-lane--first' : '',
            lane === row.lanes - 1 ? 'tl-lane--last' : '',
          ]
            .filter(Boolean)
            .join(' '),
        });
      }
    });
    const items: VisItem[] = layout.boxes.map((box) => ({
      id: box.id,
      group: laneId(box.row, box.lane),
      start: box.start,
      type: 'box',
      className: box.type === 'cluster' ? 'tl-vis-box tl-vis-box--cluster' : 'tl-vis-box',
      style: `--tl-box-width: ${(box.width * 100).toFixed(4)}%`,
      box,
    }));
    const keepGroups = new Set(groups.map((group) => group.id));
    const keepItems = new Set(items.map((item) => item.id));
    this.#items.remove(this.#items.getIds().filter((id) => !keepItems.has(String(id))));
    this.#groups.remove(this.#groups.getIds().filter((id) => !keepGroups.has(String(id))));
    this.#groups.update(groups);
    this.#items.update(items);
    this.layout = layout;
    return layout;
  }

  #apply(window: TimeWindow): void {
    const layout = this.#relayout(window);
    const scale = layout.axis.scale;
    if (scale.scale !== this.#scale.scale || scale.step !== this.#scale.step) {
      this.#scale = scale;
      this.timeline.setOptions({ timeAxis: { ...scale } } as TimelineOptions);
    }
  }

  #content(box: LayoutBox): HTMLElement {
    return boxElement(boxContent(box), { box: box.id, entry: box.type === 'item' ? box.entryId : undefined });
  }
}
