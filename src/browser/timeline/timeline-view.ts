/**
 * `<timeline-view>`: enhances the server-rendered chronological list with filters that live in
 * the URL and an interactive vis-timeline canvas. vis-timeline, vis-data and vis's stylesheet
 * are loaded with one dynamic `import()` of `vis-timeline.ts` (one chunk, only on this page;
 * that file says what is left out and how). The pure logic (URL
 * state, filtering, groups and items) is in `src/site/timeline/state.ts`.
 *
 * Parts (found by `data-*` attributes in `TimelineView.astro`): the filter form, the stage
 * (toolbar, focusable viewport around the `aria-hidden` canvas, details panel), a polite live
 * region, and the list (server-rendered inside `<noscript>`, shown once the canvas is drawn:
 * `data-list-ready`). For tests, the element exposes `timeline` (the vis instance) and
 * `data-window-start` / `data-window-end` (ISO instants) once drawn, and `data-ready`.
 * For `npm run bench`, it sets performance marks `timeline-view:data-start`, `:data-loaded`,
 * `:vis-loaded`, `:drawn` (vis's first render done, clusters applied), `:painted` (after the
 * frame that shows it) and `:list-ready`.
 */
import type { DataSet } from 'vis-data/esnext';
import type { DataGroupCollectionType, DataItemCollectionType, Timeline, TimelineOptions } from 'vis-timeline/esnext';
import {
  detailsOf,
  expandTimelineIndex,
  type TimelineData,
  type TimelineDetailsFile,
  type TimelineEntry,
  type TimelineIndex,
} from '../../site/timeline/data.ts';
import {
  announcement,
  buildTimelineInput,
  dateFilterBounds,
  dateFilterError,
  DEFAULT_GROUP,
  entryIdOfItem,
  extentOf,
  filterEntries,
  GROUP_BY,
  hasFilters,
  knownIds,
  paddedWindow,
  parseState,
  roundToDay,
  serialiseState,
  stepEntry,
  type GroupBy,
  type Step,
  type TimelineFilters,
  type TimelineItemInput,
  type TimelineState,
  yearOf,
} from '../../site/timeline/state.ts';
import { parsePartialDate } from '../../domain/dates.ts';
import { splitBeforeSections } from './list-markup.ts';
import { clusterDetails, emptyDetails, entryDetails, groupContent, itemContent, type DetailsText } from './dom.ts';

type VisItem = TimelineItemInput;
interface VisGroup {
  id: string;
  content: HTMLElement;
  order: number;
}

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365.25 * DAY;
const KEY_STEPS: Record<string, Step> = { ArrowRight: 'next', ArrowLeft: 'previous', Home: 'first', End: 'last' };
const FILTER_FIELDS = ['actor', 'topic', 'kind', 'from', 'to'] as const;
/** Where more than three items crowd (about 100px), vis draws one numbered cluster instead. */
const CLUSTER = { maxItems: 3, titleTemplate: '{count} entries: click to list them', showStipes: false, fitOnDoubleClick: true };

function animation(): false | { duration: number; easingFunction: 'easeInOutQuad' } {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 250, easingFunction: 'easeInOutQuad' };
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

/** vis-timeline keeps each drawn item's object on its box element; a cluster's holds its items' data. */
interface VisItemElement extends Element {
  'vis-item'?: { isCluster?: boolean; data?: { items?: readonly Partial<VisItem>[] } };
}

function clusterEntryIds(element: Element | null): string[] {
  const box = element?.closest('.vis-cluster') as VisItemElement | null | undefined;
  const items = box?.['vis-item']?.data?.items ?? [];
  return [...new Set(items.map((item) => item.entryId).filter((id) => typeof id === 'string'))];
}

export class TimelineViewElement extends HTMLElement {
  /** The vis-timeline instance once drawn, e.g. `element.timeline.getWindow()`. */
  timeline: Timeline | undefined;

  #started = false;
  #data: TimelineData | undefined;
  /** `/timeline-details.json`, fetched once the frame that shows the drawn canvas is done. */
  #details: TimelineDetailsFile | 'loading' | 'unavailable' | undefined;
  #byId = new Map<string, TimelineEntry>();
  #state: TimelineState = { group: DEFAULT_GROUP };
  #filtered: TimelineEntry[] = [];
  /** Whether the URL carries the window: once the reader moved it, or when the URL gave it. */
  #windowInUrl = false;
  /** The entry the details panel shows, if it shows one (rather than a cluster's list or nothing). */
  #panelEntry: TimelineEntry | undefined;
  #listRevealed = false;
  /** The list item marked as selected. */
  #selectedItem: HTMLElement | undefined;
  #items: DataSet<VisItem> | undefined;
  #groups: DataSet<VisGroup> | undefined;
  #parts!: {
    form: HTMLFormElement;
    count: HTMLElement;
    stage: HTMLElement;
    viewport: HTMLElement;
    canvas: HTMLElement;
    loading: HTMLElement;
    details: HTMLElement;
    detailsHeading: HTMLElement;
    live: HTMLElement;
    error: HTMLElement;
    list: HTMLElement;
    /** The list's items and year sections, once built. */
    listItems: Map<string, HTMLElement>;
    years: HTMLElement[];
  };

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#start();
  }

  async #start(): Promise<void> {
    this.#parts = {
      form: part(this, 'controls'),
      count: part(this, 'count'),
      stage: part(this, 'stage'),
      viewport: part(this, 'viewport'),
      canvas: part(this, 'canvas'),
      loading: part(this, 'loading'),
      details: part(this, 'details-body'),
      detailsHeading: part(this, 'details-heading'),
      live: part(this, 'live'),
      error: part(this, 'error'),
      list: part(this, 'timeline-list'),
      listItems: new Map(),
      years: [],
    };
    const { form } = this.#parts;
    this.#state = parseState(location.search);
    this.#writeForm();
    form.hidden = false;

    // vis loads while the data downloads; its failure is reported when the canvas is drawn.
    const vis = import('../../third-party/vis-timeline/vis-timeline.ts');
    vis.catch(() => undefined);
    performance.mark('timeline-view:data-start');
    try {
      this.#data = expandTimelineIndex(await fetchJson<TimelineIndex>(this.dataset.src, 'data-src'), this.dataset.base ?? '/');
      performance.mark('timeline-view:data-loaded');
    } catch (error) {
      form.hidden = true;
      this.#showError('The timeline’s data could not be loaded, so filters are unavailable. The list below shows every entry.', error);
      return;
    }
    const data = this.#data;
    this.#byId = new Map(data.entries.map((entry) => [entry.id, entry]));
    // Now the ids can be checked: drop what the data does not know.
    this.#state = parseState(location.search, knownIds(data));
    this.#windowInUrl = this.#state.start !== undefined;
    this.#writeForm();
    this.#filter();
    this.#showSelection({ announce: false, move: false });
    this.#writeUrl();

    form.addEventListener('change', () => this.#onFormChange());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#onFormChange();
    });
    form.addEventListener('reset', (event) => {
      // Clear the filters but keep the grouping, window and selection.
      event.preventDefault();
      for (const name of FILTER_FIELDS) {
        const field = form.elements.namedItem(name);
        if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = '';
      }
      this.#onFormChange();
    });

    this.#parts.stage.hidden = false;
    try {
      await this.#draw(await vis);
    } catch (error) {
      this.#parts.stage.hidden = true;
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

  // ---- Form and URL -------------------------------------------------------------------------

  #writeForm(): void {
    const { form } = this.#parts;
    for (const name of FILTER_FIELDS) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
        field.value = this.#state[name] ?? '';
        field.removeAttribute('aria-invalid');
      }
    }
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="group"]')) radio.checked = radio.value === this.#state.group;
  }

  /** Reads the form; invalid dates are marked and ignored rather than applied. */
  #readForm(): { filters: TimelineFilters; group: GroupBy; invalid: string[] } {
    const { form } = this.#parts;
    const value = (name: string): string => {
      const field = form.elements.namedItem(name);
      return field instanceof HTMLInputElement || field instanceof HTMLSelectElement ? field.value.trim() : '';
    };
    const invalid: string[] = [];
    const date = (name: 'from' | 'to', label: string): string | undefined => {
      const field = form.elements.namedItem(name);
      const text = value(name);
      const ok = text === '' || parsePartialDate(text).ok;
      if (field instanceof HTMLInputElement) {
        if (ok) field.removeAttribute('aria-invalid');
        else field.setAttribute('aria-invalid', 'true');
      }
      if (!ok) invalid.push(`“${label}” must be a date such as 2011, 2011-03 or 2011-03-19.`);
      return ok && text ? text : undefined;
    };
    const kind = value('kind');
    const checked = form.querySelector<HTMLInputElement>('input[name="group"]:checked')?.value;
    return {
      filters: {
        actor: value('actor') || undefined,
        topic: value('topic') || undefined,
        kind: this.#data?.kinds.find((known) => known === kind),
        from: date('from', 'From'),
        to: date('to', 'To'),
      },
      group: GROUP_BY.find((group) => group === checked) ?? DEFAULT_GROUP,
      invalid,
    };
  }

  #onFormChange(): void {
    if (!this.#data) return;
    const { filters, group, invalid } = this.#readForm();
    const before = this.#state;
    const datesChanged = filters.from !== before.from || filters.to !== before.to;
    this.#state = {
      ...filters,
      group,
      start: before.start,
      end: before.end,
      selected: before.selected,
    };
    this.#filter(invalid);
    if (this.#state.selected && !this.#filtered.some((entry) => entry.id === this.#state.selected)) {
      this.#state = { ...this.#state, selected: undefined };
    }
    this.#redrawItems();
    if (datesChanged && (filters.from || filters.to)) this.#showPeriod();
    this.#showSelection({ announce: false, move: false });
    this.#writeUrl();
  }

  #writeUrl(): void {
    const state = this.#windowInUrl ? this.#state : { ...this.#state, start: undefined, end: undefined };
    const url = `${location.pathname}${serialiseState(state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  // ---- List ---------------------------------------------------------------------------------

  /** Applies the filters to the list and updates the count. */
  #filter(invalid: readonly string[] = []): void {
    const data = this.#data;
    if (!data) return;
    this.#filtered = filterEntries(data.entries, this.#state);
    this.#filterList();
    const shown = this.#filtered;
    const total = data.entries.length;
    const problems = [...invalid, dateFilterError(this.#state)].filter((text) => text !== undefined);
    let message: string;
    if (!hasFilters(this.#state)) message = `Showing all ${total} entries.`;
    else if (shown.length === 0) message = 'No entry matches these filters.';
    else message = `Showing ${shown.length} of ${total} entries.`;
    this.#parts.count.textContent = [...problems, message].join(' ');
  }

  /** Hides the list's entries (and years) the filters exclude (none without the data). */
  #filterList(): void {
    if (!this.#data) return;
    const shown = new Set(this.#filtered.map((entry) => entry.id));
    const shownYears = new Set(this.#filtered.map(yearOf));
    // Only what changes is written: with thousands of entries, each write costs a restyle.
    for (const [id, li] of this.#parts.listItems) {
      const hide = !shown.has(id);
      if (li.hidden !== hide) li.hidden = hide;
    }
    for (const year of this.#parts.years) {
      const hide = !shownYears.has(year.dataset.year ?? '');
      if (year.hidden !== hide) year.hidden = hide;
    }
  }

  /**
   * Shows the chronological list: the server wrote it inside `<noscript>`, which a browser
   * running scripts keeps as one piece of text, so a list of thousands of entries does not
   * hold back the canvas. It is the page's own markup; it is parsed once the drawn canvas has
   * been painted (or could not be drawn), a year at a time so the page stays responsive, and
   * then follows the filters and the selection.
   */
  async #revealList(): Promise<void> {
    if (this.#listRevealed) return;
    this.#listRevealed = true;
    const { list, listItems, years } = this.#parts;
    list.querySelector('[data-list-pending]')?.remove();
    const noscript = list.querySelector('noscript');
    if (!noscript) return;
    const markup = noscript.textContent ?? '';
    noscript.remove();
    const template = document.createElement('template');
    let since = performance.now();
    for (const piece of splitBeforeSections(markup)) {
      template.innerHTML = piece;
      for (const section of [...template.content.querySelectorAll<HTMLElement>('[data-year]')]) {
        list.append(section);
        years.push(section);
        for (const li of section.querySelectorAll<HTMLElement>('li[data-entry-id]')) listItems.set(li.dataset.entryId ?? '', li);
      }
      // Let the browser paint and answer input between pieces, every frame or so.
      if (performance.now() - since > 12) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        since = performance.now();
      }
    }
    this.#filterList();
    this.#markSelectedInList();
    this.dataset.listReady = 'true';
    performance.mark('timeline-view:list-ready');
  }

  // ---- Canvas -------------------------------------------------------------------------------

  #draw({ Timeline, DataSet, visMoment }: typeof import('../../third-party/vis-timeline/vis-timeline.ts')): void {
    performance.mark('timeline-view:vis-loaded');
    const data = this.#data;
    if (!data) return;
    this.#items = new DataSet<VisItem>();
    this.#groups = new DataSet<VisGroup>();
    this.#fillDataSets();

    const extent = extentOf(data.entries) ?? { start: Date.UTC(2000, 0, 1), end: Date.UTC(2020, 0, 1) };
    const initial = this.#initialWindow();
    const options: TimelineOptions = {
      // Dates are UTC throughout the site: draw the axis in UTC whatever the reader's time zone
      // (vis-moment is UTC-only, as `moment(date).utc()` was).
      moment: visMoment as unknown as NonNullable<TimelineOptions['moment']>,
      locale: 'en',
      start: initial.start,
      end: initial.end,
      min: extent.start - 10 * YEAR,
      max: extent.end + 10 * YEAR,
      zoomMin: 7 * DAY,
      // Room to show every entry at once, however long the chronology runs.
      zoomMax: Math.max(20 * YEAR, (extent.end - extent.start) * 1.6),
      // Plain scrolling scrolls the page; Ctrl + wheel, pinch or the buttons zoom.
      zoomKey: 'ctrlKey',
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      groupOrder: 'order',
      selectable: true,
      multiselect: false,
      editable: false,
      showCurrentTime: false,
      showTooltips: false,
      verticalScroll: true,
      maxHeight: Math.round(Math.min(Math.max(window.innerHeight * 0.62, 300), 640)),
      margin: { axis: 8, item: { horizontal: 4, vertical: 6 } },
      cluster: CLUSTER,
      // Labels are built when vis first draws an item, not for every item up front. A cluster
      // is no entry: its content is vis's own (a count and the title template above).
      template: (item?: Partial<VisItem>, _element?: HTMLElement, data?: { content?: unknown; uiItems?: unknown }) =>
        data?.uiItems === undefined && typeof item?.entryId === 'string' ? itemContent(item as VisItem) : typeof data?.content === 'string' ? data.content : '',
      onInitialDrawComplete: () => this.#onDrawn(),
    };
    const timeline = new Timeline(
      this.#parts.canvas,
      this.#items as unknown as DataItemCollectionType,
      this.#groups as unknown as DataGroupCollectionType,
      options,
    );
    this.timeline = timeline;

    timeline.on('rangechanged', (properties?: { start: Date; end: Date; byUser?: boolean }) => {
      if (!properties) return;
      this.#recordWindow(properties.start.getTime(), properties.end.getTime(), properties.byUser === true);
    });
    timeline.on('select', (properties?: { items: (string | number)[]; event?: Event }) => this.#onSelect(properties));
    timeline.on('changed', () => this.#markCurrentCluster());

    this.#parts.viewport.addEventListener('keydown', (event) => this.#onKey(event));
    // A click or tap on the canvas also gives it the keyboard, so the arrow keys work next.
    this.#parts.viewport.addEventListener('pointerdown', () => this.#parts.viewport.focus({ preventScroll: true }));
    this.#parts.details.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>('[data-select-entry]');
      const id = button?.dataset.selectEntry;
      if (!id) return;
      this.#select(id, { announce: true, move: true });
      this.#parts.viewport.focus({ preventScroll: true });
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      button.addEventListener('click', () => this.#onAction(button.dataset.action));
    }

    this.#recordWindow(initial.start, initial.end, false);
  }

  /** Once vis has drawn for the first time (clusters included): the selection from the URL, then ready. */
  #onDrawn(): void {
    this.#showSelection({ announce: false, move: !this.#windowInUrl });
    this.#parts.loading.hidden = true;
    this.dataset.ready = 'true';
    performance.mark('timeline-view:drawn');
    // The details and the list wait for the frame that shows the canvas: parsing either first
    // would hold that frame back.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('timeline-view:painted');
        void this.#loadDetails();
        void this.#revealList();
      }, 0),
    );
  }

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

  #initialWindow(): { start: number; end: number } {
    const { start, end } = this.#state;
    if (start !== undefined && end !== undefined) return { start, end };
    return this.#periodWindow();
  }

  /** The window that shows the date filter's period, or else every filtered entry. */
  #periodWindow(): { start: number; end: number } {
    const data = this.#data;
    const all = extentOf(this.#filtered.length > 0 ? this.#filtered : (data?.entries ?? [])) ?? {
      start: Date.UTC(2000, 0, 1),
      end: Date.UTC(2020, 0, 1),
    };
    const bounds = dateFilterBounds(this.#state);
    const start = bounds.from ?? all.start;
    const end = bounds.to ?? all.end;
    const window = start < end ? paddedWindow(start, end) : paddedWindow(all.start, all.end);
    // Labels run to the right of their points: leave them more room on that side.
    return { start: window.start, end: window.end + (window.end - window.start) * 0.2 };
  }

  #showPeriod(): void {
    const window = this.#periodWindow();
    this.timeline?.setWindow(window.start, window.end, { animation: animation() });
    this.#windowInUrl = true;
  }

  #recordWindow(start: number, end: number, byUser: boolean): void {
    this.dataset.windowStart = new Date(start).toISOString();
    this.dataset.windowEnd = new Date(end).toISOString();
    if (byUser) this.#windowInUrl = true;
    if (!this.#windowInUrl) return;
    const roundedStart = roundToDay(start);
    let roundedEnd = roundToDay(end);
    if (roundedEnd <= roundedStart) roundedEnd = roundedStart + DAY;
    this.#state = { ...this.#state, start: roundedStart, end: roundedEnd };
    this.#writeUrl();
  }

  #fillDataSets(): void {
    const data = this.#data;
    if (!data || !this.#items || !this.#groups) return;
    const { groups, items } = buildTimelineInput(data, this.#filtered, this.#state.group);
    this.#items.clear();
    this.#groups.clear();
    this.#groups.add(groups.map((group) => ({ id: group.id, order: group.order, content: groupContent(group) })));
    this.#items.add(items);
  }

  #redrawItems(): void {
    if (!this.timeline) return;
    this.#fillDataSets();
    this.#recluster();
  }

  /**
   * Re-applies the cluster option: vis-timeline 8 computes clusters for new data but only draws
   * them at the next restack, which setting the option forces.
   */
  #recluster(): void {
    this.timeline?.setOptions({ cluster: CLUSTER });
    this.timeline?.redraw();
  }

  /** The vis item ids drawing an entry: one per row it appears in. */
  #itemIdsOf(entryId: string): string[] {
    return this.#items?.getIds({ filter: (item) => item.entryId === entryId }).map(String) ?? [];
  }

  #onAction(action: string | undefined): void {
    const timeline = this.timeline;
    if (!timeline) return;
    if (action === 'zoom-in') timeline.zoomIn(0.5, { animation: animation() });
    else if (action === 'zoom-out') timeline.zoomOut(0.5, { animation: animation() });
    else if (action === 'fit') {
      const window = this.#periodWindow();
      timeline.setWindow(window.start, window.end, { animation: animation() });
    }
    this.#windowInUrl = true;
  }

  // ---- Selection ----------------------------------------------------------------------------

  #onSelect(properties?: { items: (string | number)[]; event?: Event }): void {
    const id = properties?.items[0];
    if (id === undefined) {
      // A tap on the background clears the selection.
      this.#state = { ...this.#state, selected: undefined };
      this.#showSelection({ announce: false, move: false });
      this.#writeUrl();
      return;
    }
    const entryId = entryIdOfItem(String(id));
    if (this.#byId.has(entryId)) {
      this.#select(entryId, { announce: true, move: false });
      return;
    }
    // A cluster: list its entries in the details panel and keep the current selection.
    const target = properties?.event?.target instanceof Element ? properties.event.target : null;
    const ids = new Set(clusterEntryIds(target));
    const entries = this.#filtered.filter((entry) => ids.has(entry.id));
    this.#restoreVisSelection();
    if (entries.length === 0) return;
    this.#parts.detailsHeading.textContent = 'Entries in this cluster';
    this.#panelEntry = undefined;
    this.#parts.details.replaceChildren(clusterDetails(entries));
    this.#announce(`${entries.length} entries in this cluster, listed beside the timeline.`);
  }

  #select(entryId: string, options: { announce: boolean; move: boolean }): void {
    this.#state = { ...this.#state, selected: entryId };
    this.#showSelection(options);
    this.#writeUrl();
  }

  #restoreVisSelection(): void {
    const selected = this.#state.selected;
    this.timeline?.setSelection(selected ? this.#itemIdsOf(selected) : []);
    this.#markCurrentCluster();
  }

  #markSelectedInList(): void {
    const selectedItem = this.#state.selected ? this.#parts.listItems.get(this.#state.selected) : undefined;
    if (selectedItem === this.#selectedItem) return;
    this.#selectedItem?.classList.remove('is-selected');
    selectedItem?.classList.add('is-selected');
    this.#selectedItem = selectedItem;
  }

  /** Shows the state's selection everywhere: canvas, details panel, list, live region. */
  #showSelection(options: { announce: boolean; move: boolean }): void {
    const entry = this.#state.selected ? this.#byId.get(this.#state.selected) : undefined;
    this.#restoreVisSelection();
    this.#markSelectedInList();
    this.#parts.detailsHeading.textContent = 'Selected entry';
    this.#panelEntry = entry;
    if (!entry) {
      this.#parts.details.replaceChildren(emptyDetails());
      return;
    }
    this.#parts.details.replaceChildren(entryDetails(entry, this.#byId, this.#detailsText(entry.id)));
    if (options.move) this.#keepInView(entry);
    if (options.announce) {
      const index = this.#filtered.findIndex((other) => other.id === entry.id);
      this.#announce(announcement(entry, index + 1, this.#filtered.length));
    }
  }

  /** Moves the window (not the zoom) when the entry is outside it, and scrolls to its row. */
  #keepInView(entry: TimelineEntry): void {
    const timeline = this.timeline;
    const [first] = this.#itemIdsOf(entry.id);
    if (!timeline || first === undefined) return;
    const window = timeline.getWindow();
    const start = entry.start;
    const end = entry.isRange ? entry.endExclusive : start;
    const margin = (window.end.getTime() - window.start.getTime()) * 0.05;
    const inView = start >= window.start.getTime() + margin && end <= window.end.getTime() - margin;
    const visibleRange = entry.isRange && start < window.end.getTime() && end > window.start.getTime();
    if (!inView && !visibleRange) {
      timeline.focus(first, { zoom: false, animation: animation() });
      this.#windowInUrl = true;
    }
  }

  #announce(text: string): void {
    // Re-announce identical text by clearing first.
    const { live } = this.#parts;
    live.textContent = '';
    requestAnimationFrame(() => {
      live.textContent = text;
    });
  }

  /** Outlines the cluster that holds the selected entry, when it is inside one. */
  #markCurrentCluster(): void {
    const selected = this.#state.selected;
    for (const box of this.#parts.canvas.querySelectorAll('.vis-cluster')) {
      box.classList.toggle('tl-cluster--current', selected !== undefined && clusterEntryIds(box).includes(selected));
    }
  }

  #onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = KEY_STEPS[event.key];
    if (step) {
      event.preventDefault();
      const window = this.timeline?.getWindow();
      const target = stepEntry(this.#filtered, this.#state.selected, step, window ? { start: window.start.getTime(), end: window.end.getTime() } : undefined);
      if (!target) {
        this.#announce('No entry matches the filters.');
        return;
      }
      if (target.id === this.#state.selected && (step === 'next' || step === 'previous')) {
        this.#announce(`${step === 'next' ? 'Last' : 'First'} entry. ${target.title}.`);
        return;
      }
      this.#select(target.id, { announce: true, move: true });
      return;
    }
    if (event.key === 'Enter') {
      const entry = this.#state.selected ? this.#byId.get(this.#state.selected) : undefined;
      if (entry) {
        event.preventDefault();
        location.assign(entry.url);
      } else {
        this.#announce('No entry selected. Use the arrow keys to choose one.');
      }
      return;
    }
    if (event.key === 'Escape' && this.#state.selected) {
      event.preventDefault();
      this.#state = { ...this.#state, selected: undefined };
      this.#showSelection({ announce: false, move: false });
      this.#announce('Selection cleared.');
      this.#writeUrl();
      return;
    }
    if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      this.#onAction('zoom-in');
    } else if (event.key === '-') {
      event.preventDefault();
      this.#onAction('zoom-out');
    }
  }
}

if (!customElements.get('timeline-view')) customElements.define('timeline-view', TimelineViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-view': TimelineViewElement;
  }
}
