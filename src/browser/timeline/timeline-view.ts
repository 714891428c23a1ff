/**
 * `<timeline-view>`: makes the timeline page's first view (drawn at build time) interactive.
 * It coordinates small parts, each with one job: the URL state (`src/site/timeline/state.ts`),
 * the filter form (`filters.ts`), vis-timeline behind the layout (`vis-adapter.ts`, the only
 * module that imports vis), the chronological list (`list.ts`), keys and announcements
 * (`keyboard.ts`) and the DOM it builds (`dom.ts`).
 *
 * vis loads while `/timeline.json` downloads; vis then draws, under the static view and at the
 * same window, the same boxes, and the static view goes in the frame that shows vis's first
 * draw. The list and the details panel's text (`/timeline-details.json`) follow that frame.
 *
 * For tests: `timeline` (the vis instance), `adapter`, `data-ready`, `data-list-ready`,
 * `data-profile` and `data-window-start` / `data-window-end` (ISO instants). For
 * `npm run bench`: performance marks `timeline-view:data-start`, `:data-loaded`, `:vis-loaded`,
 * `:drawn` (vis's first draw done), `:painted` (after the frame that shows it), `:list-ready`.
 */
import type { Timeline } from 'vis-timeline/esnext';
import {
  detailsOf,
  expandTimelineIndex,
  type TimelineData,
  type TimelineDetailsFile,
  type TimelineEntry,
  type TimelineIndex,
} from '../../site/timeline/data.ts';
import {
  boxSequence,
  clusterWindow,
  PROFILE_QUERY,
  PROFILES,
  windowAtYear,
  type ClusterBox,
  type LayoutBox,
  type Profile,
  type TimeWindow,
} from '../../site/timeline/layout.ts';
import {
  announcement,
  DEFAULT_GROUP,
  dateFilterBounds,
  dateFilterError,
  extentOf,
  filterEntries,
  hasFilters,
  knownIds,
  paddedWindow,
  parseState,
  roundToDay,
  serialiseState,
  stepEntry,
  timelineRows,
  yearOf,
  type Step,
  type TimelineState,
} from '../../site/timeline/state.ts';
import { clusterDetails, emptyDetails, entryDetails, type DetailsText } from './dom.ts';
import { FilterForm } from './filters.ts';
import { Announcer, keyAction } from './keyboard.ts';
import { ChronologicalList } from './list.ts';
import { loadVis, VisAdapter, type VisModule } from './vis-adapter.ts';

const DAY = 86_400_000;

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function part<T extends Element>(root: Element, name: string): T {
  const element = root.querySelector<T>(`[data-${name}]`);
  if (!element) throw new Error(`<timeline-view> is missing its [data-${name}] part`);
  return element;
}

/** One of the element's JSON files; `attribute` names where its address should have been. */
async function fetchJson<T>(src: string | undefined, attribute: string): Promise<T> {
  if (!src) throw new Error(`no ${attribute}`);
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

/** `start/end` from a `data-window-*` attribute the page wrote at build time. */
function windowAttribute(value: string | undefined): TimeWindow | undefined {
  const [start, end] = (value ?? '').split('/').map(Number);
  return start !== undefined && end !== undefined && Number.isFinite(start) && Number.isFinite(end) && start < end ? { start, end } : undefined;
}

export class TimelineViewElement extends HTMLElement {
  /** The vis-timeline instance once drawn, e.g. `element.timeline.getWindow()`. */
  timeline: Timeline | undefined;
  adapter: VisAdapter | undefined;

  #started = false;
  #data: TimelineData | undefined;
  /** `/timeline-details.json`, fetched once the frame that shows vis's first draw is done. */
  #details: TimelineDetailsFile | 'loading' | 'unavailable' | undefined;
  #byId = new Map<string, TimelineEntry>();
  #state: TimelineState = { group: DEFAULT_GROUP };
  #filtered: TimelineEntry[] = [];
  #profile: Profile = PROFILES.wide;
  /** Whether the URL carries the window: once the reader moved it, or when the URL gave it. */
  #windowInUrl = false;
  /** The box the keyboard is on when it is a cluster (an entry's is the selection). */
  #cluster: ClusterBox | undefined;
  /** The entry the details panel shows, if it shows one. */
  #panelEntry: TimelineEntry | undefined;
  #parts!: {
    form: FilterForm;
    filters: HTMLDetailsElement;
    viewport: HTMLElement;
    canvas: HTMLElement;
    static: HTMLElement;
    details: HTMLElement;
    detailsPanel: HTMLElement;
    detailsHeading: HTMLElement;
    error: HTMLElement;
    overview: HTMLElement | null;
    announcer: Announcer;
    list: ChronologicalList;
  };

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#start();
  }

  async #start(): Promise<void> {
    this.#parts = {
      form: new FilterForm(part(this, 'controls'), part(this, 'count')),
      filters: part(this, 'filters'),
      viewport: part(this, 'viewport'),
      canvas: part(this, 'canvas'),
      static: part(this, 'static'),
      details: part(this, 'details-body'),
      detailsPanel: part(this, 'details'),
      detailsHeading: part(this, 'details-heading'),
      error: part(this, 'error'),
      overview: this.querySelector('[data-overview]'),
      announcer: new Announcer(part(this, 'live')),
      list: new ChronologicalList(part(this, 'timeline-list')),
    };
    const profileQuery = matchMedia(PROFILE_QUERY);
    this.#profile = profileQuery.matches ? PROFILES.wide : PROFILES.narrow;
    this.dataset.profile = this.#profile.name;
    this.#state = parseState(location.search);
    this.#parts.form.write(this.#state);
    if (this.#state.actor || this.#state.topic || this.#state.kind || this.#state.from || this.#state.to) this.#parts.filters.open = true;

    // vis loads while the data downloads; its failure is reported when the timeline is drawn.
    const vis = loadVis();
    vis.catch(() => undefined);
    performance.mark('timeline-view:data-start');
    try {
      this.#data = expandTimelineIndex(await fetchJson<TimelineIndex>(this.dataset.src, 'data-src'), this.dataset.base ?? '/');
      performance.mark('timeline-view:data-loaded');
    } catch (error) {
      this.#parts.filters.hidden = true;
      this.#showError('The timeline’s data could not be loaded, so filters are unavailable. The list below shows every entry.', error);
      return;
    }
    const data = this.#data;
    this.#byId = new Map(data.entries.map((entry) => [entry.id, entry]));
    // Now the ids can be checked: drop what the data does not know.
    this.#state = parseState(location.search, knownIds(data));
    this.#windowInUrl = this.#state.start !== undefined;
    this.#parts.form.write(this.#state);
    this.#filter();
    this.#writeUrl();
    this.#parts.form.listen(() => this.#onFormChange());

    try {
      this.#draw(await vis);
    } catch (error) {
      this.#showError('The interactive timeline could not be drawn. The list below shows every entry, and the filters still apply to it.', error);
    }
  }

  #showError(message: string, error: unknown): void {
    void this.#revealList();
    const { error: element } = this.#parts;
    element.textContent = message;
    element.hidden = false;
    console.error('<timeline-view>', error);
  }

  // ---- State, form and URL ------------------------------------------------------------------

  #onFormChange(): void {
    const data = this.#data;
    if (!data) return;
    const { filters, group, invalid } = this.#parts.form.read(data.kinds);
    const before = this.#state;
    const datesChanged = filters.from !== before.from || filters.to !== before.to;
    this.#state = { ...filters, group, start: before.start, end: before.end, selected: before.selected };
    this.#filter(invalid);
    if (this.#state.selected && !this.#filtered.some((entry) => entry.id === this.#state.selected)) {
      this.#state = { ...this.#state, selected: undefined };
    }
    this.adapter?.setRows(this.#rows());
    if (datesChanged && (filters.from || filters.to)) this.#show(this.#periodWindow());
    this.#showSelection({ announce: false, move: false });
    this.#writeUrl();
  }

  #writeUrl(): void {
    const state = this.#windowInUrl ? this.#state : { ...this.#state, start: undefined, end: undefined };
    const url = `${location.pathname}${serialiseState(state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  /** Applies the filters to the list and updates the count. */
  #filter(invalid: readonly string[] = []): void {
    const data = this.#data;
    if (!data) return;
    this.#filtered = filterEntries(data.entries, this.#state);
    this.#parts.list.filter(new Set(this.#filtered.map((entry) => entry.id)), new Set(this.#filtered.map(yearOf)));
    const total = data.entries.length;
    const problems = [...invalid, dateFilterError(this.#state)].filter((text) => text !== undefined);
    let message: string;
    if (!hasFilters(this.#state)) message = `Showing all ${total} entries.`;
    else if (this.#filtered.length === 0) message = 'No entry matches these filters.';
    else message = `Showing ${this.#filtered.length} of ${total} entries.`;
    this.#parts.form.showCount([...problems, message].join(' '));
  }

  #rows() {
    return timelineRows(this.#data ?? { actors: [], topics: [] }, this.#filtered, this.#state.group);
  }

  async #revealList(): Promise<void> {
    await this.#parts.list.reveal();
    this.#parts.list.select(this.#state.selected);
    this.dataset.listReady = 'true';
    performance.mark('timeline-view:list-ready');
  }

  // ---- Drawing ------------------------------------------------------------------------------

  #draw(vis: VisModule): void {
    performance.mark('timeline-view:vis-loaded');
    const data = this.#data;
    if (!data) return;
    const { viewport, canvas } = this.#parts;
    const extent = extentOf(data.entries) ?? { start: Date.UTC(2000, 0, 1), end: Date.UTC(2020, 0, 1) };
    const initial = this.#initialWindow();
    // vis measures as it draws: it draws beneath the static view, in the same place, which goes
    // once vis's first draw is on screen.
    viewport.hidden = false;
    this.adapter = new VisAdapter(
      vis,
      canvas,
      { rows: this.#rows(), window: initial, profile: this.#profile, extent, reducedMotion },
      {
        onWindow: (window, byUser) => this.#onWindow(window, byUser),
        onSelect: (box) => this.#onSelect(box),
        onDrawn: () => this.#onDrawn(),
      },
    );
    this.timeline = this.adapter.timeline;
    this.#recordWindow(initial, false);

    viewport.addEventListener('keydown', (event) => this.#onKey(event));
    // A click or tap on the timeline also gives it the keyboard, so the arrow keys work next.
    viewport.addEventListener('pointerdown', () => viewport.focus({ preventScroll: true }));
    this.#parts.details.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>('[data-select-entry]');
      const id = button?.dataset.selectEntry;
      if (!id) return;
      this.#select(id, { announce: true, move: true });
      viewport.focus({ preventScroll: true });
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      button.addEventListener('click', () => this.#onAction(button.dataset.action));
    }
    this.#parts.overview?.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest<SVGAElement>('a[data-year]');
      const year = Number(link?.dataset.year);
      if (!link || !Number.isInteger(year) || !this.adapter) return;
      event.preventDefault();
      this.#show(windowAtYear(year, this.adapter.window));
      this.#parts.announcer.say(`Moved to ${year}.`);
    });
  }

  /** Once vis has drawn for the first time: the static view goes, the selection shows, then ready. */
  #onDrawn(): void {
    const { viewport } = this.#parts;
    this.#parts.static.hidden = true;
    viewport.tabIndex = 0;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) button.disabled = false;
    this.#showSelection({ announce: false, move: !this.#windowInUrl });
    this.dataset.ready = 'true';
    performance.mark('timeline-view:drawn');
    // The details and the list wait for the frame that shows the timeline: parsing either
    // first would hold that frame back.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('timeline-view:painted');
        void this.#loadDetails();
        void this.#revealList();
      }, 0),
    );
  }

  /** The window from the URL; else the first view's (the build's, for the unfiltered page); else the filtered story's span. */
  #initialWindow(): TimeWindow {
    const { start, end } = this.#state;
    if (start !== undefined && end !== undefined) return { start, end };
    const built = windowAttribute(this.dataset[this.#profile.name === 'wide' ? 'windowWide' : 'windowNarrow']);
    if (built && !hasFilters(this.#state) && this.#state.group === DEFAULT_GROUP) return built;
    // A filtered or regrouped view opens on the whole of what it shows: its story's span.
    return this.#periodWindow();
  }

  /** The window that shows the date filter's period, or else every filtered entry. */
  #periodWindow(): TimeWindow {
    const data = this.#data;
    const all = extentOf(this.#filtered.length > 0 ? this.#filtered : (data?.entries ?? [])) ?? {
      start: Date.UTC(2000, 0, 1),
      end: Date.UTC(2020, 0, 1),
    };
    const bounds = dateFilterBounds(this.#state);
    const start = bounds.from ?? all.start;
    const end = bounds.to ?? all.end;
    const window = start < end ? paddedWindow(start, end) : paddedWindow(all.start, all.end);
    // Labels run to the right of their boxes: leave room for the last one.
    return { start: window.start, end: window.start + (window.end - window.start) / (1 - this.#profile.labelWidth) };
  }

  #show(window: TimeWindow): void {
    this.adapter?.show(window);
    this.#windowInUrl = true;
  }

  #onWindow(window: TimeWindow, byUser: boolean): void {
    this.#recordWindow(window, byUser);
    this.#markSelection();
  }

  #recordWindow(window: TimeWindow, byUser: boolean): void {
    this.dataset.windowStart = new Date(window.start).toISOString();
    this.dataset.windowEnd = new Date(window.end).toISOString();
    this.#markOverview(window);
    if (byUser) this.#windowInUrl = true;
    if (!this.#windowInUrl) return;
    const start = roundToDay(window.start);
    let end = roundToDay(window.end);
    if (end <= start) end = start + DAY;
    this.#state = { ...this.#state, start, end };
    this.#writeUrl();
  }

  /** Moves the overview strip's mark to the window. */
  #markOverview(window: TimeWindow): void {
    const overview = this.#parts.overview;
    const mark = overview?.querySelector(`[data-overview-mark="${this.#profile.name}"]`);
    const first = Number(overview?.dataset.firstYear);
    const last = Number(overview?.dataset.lastYear);
    if (!mark || !Number.isFinite(first) || !Number.isFinite(last)) return;
    const from = Date.UTC(first, 0, 1);
    const to = Date.UTC(last + 1, 0, 1);
    const x = Math.min(1, Math.max(0, (window.start - from) / (to - from)));
    const x2 = Math.min(1, Math.max(x, (window.end - from) / (to - from)));
    mark.setAttribute('x', `${(x * 100).toFixed(3)}%`);
    mark.setAttribute('width', `${((x2 - x) * 100).toFixed(3)}%`);
  }

  #onAction(action: string | undefined): void {
    const adapter = this.adapter;
    if (!adapter) return;
    if (action === 'zoom-in') adapter.zoom(0.5);
    else if (action === 'zoom-out') adapter.zoom(2);
    else if (action === 'earlier') adapter.pan(-0.5);
    else if (action === 'later') adapter.pan(0.5);
    else if (action === 'fit') adapter.show(this.#periodWindow());
    this.#windowInUrl = true;
  }

  // ---- Details ------------------------------------------------------------------------------

  /** Fetches the details panel's text, then shows it for the selected entry. */
  async #loadDetails(): Promise<void> {
    if (this.#details !== undefined) return;
    this.#details = 'loading';
    try {
      this.#details = await fetchJson<TimelineDetailsFile>(this.dataset.detailsSrc, 'data-details-src');
    } catch (error) {
      this.#details = 'unavailable';
      console.error('<timeline-view>', error);
    }
    if (this.#panelEntry) this.#parts.details.replaceChildren(entryDetails(this.#panelEntry, this.#byId, this.#detailsText(this.#panelEntry.id)));
  }

  #detailsText(id: string): DetailsText {
    const file = this.#details;
    if (file === undefined || file === 'loading') return 'loading';
    if (file === 'unavailable') return 'unavailable';
    return detailsOf(file, id, this.dataset.base ?? '/') ?? 'unavailable';
  }

  /** On a phone the panel is below the timeline: bring it into view when it changes. */
  #revealPanel(): void {
    if (this.#profile.name !== 'narrow') return;
    const rect = this.#parts.detailsPanel.getBoundingClientRect();
    if (rect.top >= 0 && rect.top < innerHeight * 0.6) return;
    this.#parts.detailsPanel.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  // ---- Selection ----------------------------------------------------------------------------

  #onSelect(box: LayoutBox | undefined): void {
    if (!box) {
      // A tap on the background clears the selection.
      this.#cluster = undefined;
      this.#state = { ...this.#state, selected: undefined };
      this.#showSelection({ announce: false, move: false });
      this.#writeUrl();
      return;
    }
    if (box.type === 'item') {
      this.#cluster = undefined;
      this.#select(box.entryId, { announce: true, move: false });
      this.#revealPanel();
      return;
    }
    this.#openCluster(box);
  }

  /** Zooms into a cluster's period, lists its entries in the panel and marks them. */
  #openCluster(cluster: ClusterBox): void {
    const entries = cluster.entries.map((id) => this.#byId.get(id)).filter((entry) => entry !== undefined);
    this.#cluster = undefined;
    this.#state = { ...this.#state, selected: undefined };
    this.#panelEntry = undefined;
    this.#parts.detailsHeading.textContent = 'Entries in this period';
    this.#parts.details.replaceChildren(clusterDetails(cluster, entries));
    this.#show(clusterWindow(cluster.period, this.#profile));
    this.#marked = new Set(cluster.entries);
    this.#markSelection();
    this.#writeUrl();
    this.#parts.announcer.say(`Zoomed into ${cluster.description}. Its entries are listed beside the timeline.`);
    this.#revealPanel();
  }

  /** Entries marked on the timeline besides the selection: those of the cluster last opened. */
  #marked = new Set<string>();

  #select(entryId: string, options: { announce: boolean; move: boolean }): void {
    this.#state = { ...this.#state, selected: entryId };
    this.#marked = new Set();
    this.#showSelection(options);
    this.#writeUrl();
  }

  /** Marks on the timeline the selected entry's boxes, the cluster the keyboard is on, or the cluster's entries just opened. */
  #markSelection(): void {
    const adapter = this.adapter;
    if (!adapter) return;
    const selected = this.#state.selected;
    const ids: string[] = [];
    for (const box of adapter.layout.boxes) {
      if (box.type === 'item' && (box.entryId === selected || this.#marked.has(box.entryId))) ids.push(box.id);
      else if (
        box.type === 'cluster' &&
        (box.id === this.#cluster?.id || (selected !== undefined && box.entries.includes(selected)) || box.entries.some((id) => this.#marked.has(id)))
      )
        ids.push(box.id);
    }
    adapter.select(ids);
  }

  /** Shows the state's selection everywhere: timeline, details panel, list, live region. */
  #showSelection(options: { announce: boolean; move: boolean }): void {
    const entry = this.#state.selected ? this.#byId.get(this.#state.selected) : undefined;
    this.#parts.list.select(entry?.id);
    if (entry || !this.#marked.size) {
      this.#parts.detailsHeading.textContent = 'Selected entry';
      this.#panelEntry = entry;
      this.#parts.details.replaceChildren(entry ? entryDetails(entry, this.#byId, this.#detailsText(entry.id)) : emptyDetails());
    }
    if (entry && options.move) this.#keepInView(entry.start, entry.isRange ? entry.endExclusive : entry.start);
    this.#markSelection();
    if (entry && options.announce) {
      const index = this.#filtered.findIndex((other) => other.id === entry.id);
      this.#parts.announcer.say(announcement(entry, index + 1, this.#filtered.length));
    }
  }

  /** Moves the window (not the zoom) when a period is outside it. */
  #keepInView(start: number, end: number): void {
    const adapter = this.adapter;
    if (!adapter) return;
    const window = adapter.window;
    const span = window.end - window.start;
    const room = span * this.#profile.labelWidth;
    const inView = start >= window.start && start <= window.end - room;
    const visibleRange = end > start && start < window.end && end > window.start;
    if (inView || visibleRange) return;
    const target = Math.max(start - span * 0.3, start - (span - room) / 2);
    this.#show({ start: target, end: target + span });
  }

  // ---- Keyboard -----------------------------------------------------------------------------

  #onKey(event: KeyboardEvent): void {
    const action = keyAction(event);
    const adapter = this.adapter;
    if (!action || !adapter) return;
    event.preventDefault();
    if (action.type === 'step') {
      this.#step(action.step);
      return;
    }
    if (action.type === 'zoom') {
      this.#onAction(action.direction === 'in' ? 'zoom-in' : 'zoom-out');
      return;
    }
    if (action.type === 'clear') {
      if (!this.#state.selected && !this.#cluster) return;
      this.#cluster = undefined;
      this.#marked = new Set();
      this.#state = { ...this.#state, selected: undefined };
      this.#showSelection({ announce: false, move: false });
      this.#parts.announcer.say('Selection cleared.');
      this.#writeUrl();
      return;
    }
    if (this.#cluster) {
      this.#openCluster(this.#cluster);
      return;
    }
    const entry = this.#state.selected ? this.#byId.get(this.#state.selected) : undefined;
    if (!entry) {
      this.#parts.announcer.say('Nothing selected. Use the arrow keys to choose an entry or a cluster.');
      return;
    }
    // Coming back (browser back) returns to this very window.
    this.#windowInUrl = true;
    this.#recordWindow(adapter.window, false);
    location.assign(entry.url);
  }

  /** One step through the boxes in time, the window following. */
  #step(step: Step): void {
    const adapter = this.adapter;
    if (!adapter) return;
    const window = adapter.window;
    const span = window.end - window.start;
    const sequence = boxSequence(this.#rows(), window, this.#profile).map((box) => ({
      id: box.id,
      start: box.start,
      endExclusive: box.start + box.width * span,
      box,
    }));
    const selected = this.#state.selected;
    const currentId =
      this.#cluster?.id ??
      (selected ? sequence.find(({ box }) => (box.type === 'item' ? box.entryId === selected : box.entries.includes(selected)))?.id : undefined);
    const target = stepEntry(sequence, currentId, step, window);
    if (!target) {
      this.#parts.announcer.say('No entry matches the filters.');
      return;
    }
    if (target.id === currentId && (step === 'next' || step === 'previous')) {
      this.#parts.announcer.say(`${step === 'next' ? 'Last' : 'First'} one.`);
      return;
    }
    const box = target.box;
    if (box.type === 'item') {
      this.#cluster = undefined;
      this.#select(box.entryId, { announce: true, move: true });
      return;
    }
    this.#cluster = box;
    this.#marked = new Set();
    this.#state = { ...this.#state, selected: undefined };
    this.#showSelection({ announce: false, move: false });
    this.#keepInView(box.start, box.start);
    this.#markSelection();
    this.#writeUrl();
    this.#parts.announcer.say(`${box.description}. Press Enter to zoom in.`);
  }
}

if (!customElements.get('timeline-view')) customElements.define('timeline-view', TimelineViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-view': TimelineViewElement;
  }
}
