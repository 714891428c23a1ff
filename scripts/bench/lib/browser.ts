/**
 * The benchmark's browser measurements, in headless Debian Chromium driven by Playwright:
 * - the site's timeline (`<timeline-view>`): time to first render from the element's own
 *   performance marks, what is in the DOM afterwards, and how long each zoom step takes;
 * - Knight Lab's TimelineJS3 on a page of our own loading the same events;
 * - the search page: bytes transferred by the page and by the first search (Chrome's
 *   network log through the DevTools protocol: encoded bytes, i.e. what went over the wire).
 * Every request to anything but the local server is blocked and reported.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expandTimelineIndex, type TimelineData, type TimelineDetailsFile, type TimelineIndex } from '../../../src/site/timeline/data.ts';

/** The timeline's two files, as the site built them. */
export interface BuiltTimeline {
  readonly data: TimelineData;
  readonly details: TimelineDetailsFile;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A context that only reaches the local server; anything else is aborted and listed in `blocked`. */
async function localContext(browser: Browser, origin: string, { javaScriptEnabled = true } = {}): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', javaScriptEnabled });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

export interface ZoomStep {
  readonly action: string;
  /** From the click to the frame after vis's `changed` event, in ms. */
  readonly ms: number | null;
}

export interface TimelineResult {
  readonly entries: number;
  /**
   * Navigation start to the element's `timeline-view:painted` mark: set after the frame that
   * follows vis's first render (clusters applied), so work queued behind that render counts.
   */
  readonly firstRenderMs: number;
  /** The element's data request start to first render. */
  readonly dataToRenderMs: number | null;
  /**
   * The page's first contentful paint. The first view is drawn in the page's HTML (no script),
   * so the first paint that shows anything shows the timeline.
   */
  readonly firstContentfulPaintMs: number | null;
  readonly marks: Record<string, number>;
  /** Item boxes and cluster boxes in the DOM after first render (vis draws only what is in view). */
  readonly drawnItems: number;
  readonly drawnClusters: number;
  /** JavaScript the page loaded (gzip-encoded bodies, dynamic imports included), and per file. */
  readonly jsTransferBytes: number;
  readonly jsFiles: readonly { url: string; bytes: number }[];
  readonly zoom: readonly ZoomStep[];
  readonly zoomMaxMs: number | null;
  readonly longTasksDuringZoomMs: number;
  readonly blocked: readonly string[];
}

async function waitForFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

export async function measureSiteTimeline(browser: Browser, origin: string): Promise<TimelineResult> {
  const { context, blocked } = await localContext(browser, origin);
  const page = await context.newPage();
  await page.goto(`${origin}/timeline/`);
  // 'attached', not the default 'visible': checking visibility computes the page's layout on
  // every poll, on the page's own main thread, which would slow what is being measured.
  await page.locator('timeline-view[data-ready]').waitFor({ state: 'attached', timeout: 120_000 });
  await waitForFrame(page);
  await page.locator('timeline-view[data-list-ready]').waitFor({ state: 'attached', timeout: 120_000 });
  const first = await page.evaluate(() => {
    const marks = Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('timeline-view:'))
        .map((mark) => [mark.name, Math.round(mark.startTime)]),
    );
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const canvas = document.querySelector('timeline-view [data-canvas]');
    const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ url: new URL(entry.name).pathname, bytes: entry.encodedBodySize }));
    return {
      js,
      marks,
      fcp: fcp ? Math.round(fcp.startTime) : null,
      entries: document.querySelectorAll('timeline-view [data-timeline-list] [data-entry-id]').length,
      drawnItems: canvas?.querySelectorAll('.tl-box--item').length ?? 0,
      drawnClusters: canvas?.querySelectorAll('.tl-box--cluster').length ?? 0,
    };
  });
  const painted = first.marks['timeline-view:painted'];
  if (painted === undefined) throw new Error('the timeline drew but set no `timeline-view:painted` mark');
  const dataStart = first.marks['timeline-view:data-start'];

  // Zoom with the toolbar buttons, as a reader would (reduced motion: no animation).
  const zoom = await page.evaluate(async () => {
    interface Vis {
      on(event: string, handler: () => void): void;
      off(event: string, handler: () => void): void;
    }
    const element = document.querySelector('timeline-view') as (Element & { timeline?: Vis }) | null;
    const timeline = element?.timeline;
    if (!element || !timeline) throw new Error('no timeline');
    const long: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) long.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const steps: { action: string; ms: number | null }[] = [];
    for (const action of ['zoom-in', 'zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'zoom-out', 'zoom-out', 'fit']) {
      const button = element.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      if (!button) throw new Error(`no ${action} button`);
      const started = performance.now();
      const changed = new Promise<boolean>((resolve) => {
        const handler = () => {
          timeline.off('changed', handler);
          resolve(true);
        };
        timeline.on('changed', handler);
        setTimeout(() => {
          timeline.off('changed', handler);
          resolve(false);
        }, 3000);
      });
      button.click();
      const ok = await changed;
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      steps.push({ action, ms: ok ? Math.round(performance.now() - started) : null });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    observer.disconnect();
    return { steps, longTasksMs: Math.round(long.reduce((a, b) => a + b, 0)) };
  });
  await context.close();
  const times = zoom.steps.map((step) => step.ms).filter((ms): ms is number => ms !== null);
  return {
    entries: first.entries,
    firstRenderMs: painted,
    dataToRenderMs: dataStart === undefined ? null : painted - dataStart,
    firstContentfulPaintMs: first.fcp,
    marks: first.marks,
    drawnItems: first.drawnItems,
    drawnClusters: first.drawnClusters,
    jsTransferBytes: first.js.reduce((sum, file) => sum + file.bytes, 0),
    jsFiles: first.js,
    zoom: zoom.steps,
    zoomMaxMs: times.length > 0 ? Math.max(...times) : null,
    longTasksDuringZoomMs: zoom.longTasksMs,
    blocked,
  };
}

/** The timeline page's first view as served (both profiles' static views): its size in the HTML, raw and gzipped. */
export async function measureFirstViewHtml(browser: Browser, origin: string): Promise<{ bytes: number; gzipBytes: number; boxes: number }> {
  // Parsed as the browser parses it, without running the page's scripts (which replace the view).
  const { context } = await localContext(browser, origin, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/timeline/`);
  const views = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll('[data-static-view]')];
    return { html: blocks.map((block) => block.outerHTML).join(''), boxes: document.querySelectorAll('[data-static-view] [data-box-id]').length };
  });
  await context.close();
  if (views.boxes === 0) throw new Error('the timeline page has no static first view');
  return { bytes: Buffer.byteLength(views.html), gzipBytes: gzipSync(views.html).length, boxes: views.boxes };
}

/** TimelineJS3's JSON from the site's timeline data: the same events, dates, titles and text. */
export function timelineJsEvents({ data, details }: BuiltTimeline): unknown {
  const parts = (instant: number, precision: string) => {
    const date = new Date(instant);
    return {
      year: date.getUTCFullYear(),
      ...(precision.length >= 7 ? { month: date.getUTCMonth() + 1 } : {}),
      ...(precision.length >= 10 ? { day: date.getUTCDate() } : {}),
    };
  };
  return {
    title: { text: { headline: 'Synthetic timeline', text: `${data.entries.length} synthetic entries` } },
    events: data.entries.map((entry) => ({
      unique_id: entry.id,
      start_date: parts(entry.start, entry.date),
      ...(entry.end ? { end_date: parts(entry.endExclusive, entry.end) } : {}),
      text: { headline: entry.title, text: details.entries[entry.id]?.summary ?? '' },
      group: entry.topics[0],
    })),
  };
}

/** Writes a page that loads TimelineJS3 from the npm package's dist files and the events. */
export function writeTimelineJsPage(dir: string, packageDir: string, timeline: BuiltTimeline): void {
  const { data } = timeline;
  mkdirSync(dir, { recursive: true });
  cpSync(join(packageDir, 'dist', 'js'), join(dir, 'js'), { recursive: true });
  cpSync(join(packageDir, 'dist', 'css'), join(dir, 'css'), { recursive: true });
  writeFileSync(join(dir, 'events.json'), JSON.stringify(timelineJsEvents(timeline)));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS3, ${data.entries.length} events</title>
<link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script>
</head>
<body>
<div id="timeline-embed" style="width: 100%; height: 640px"></div>
<script>
  performance.mark('tl3:data-start');
  fetch('events.json').then((response) => response.json()).then((data) => {
    performance.mark('tl3:data-loaded');
    // Local script path and the built-in English: TimelineJS3 must fetch nothing else.
    window.tl = new TL.Timeline('timeline-embed', data, { script_path: location.origin + '/js/', language: 'en', font: null, hash_bookmark: false });
    window.tl.on('ready', () => {
      performance.mark('tl3:ready');
      // As for the site's timeline: first render counts once the frame that shows it is done.
      requestAnimationFrame(() => setTimeout(() => {
        performance.mark('tl3:painted');
        document.body.dataset.ready = 'true';
      }, 0));
    });
  });
</script>
</body>
</html>
`,
  );
}

export interface TimelineJsResult {
  readonly events: number;
  /** Navigation start to the frame after TimelineJS3's \`ready\` event (its first render). */
  readonly firstRenderMs: number | null;
  readonly dataToRenderMs: number | null;
  readonly firstContentfulPaintMs: number | null;
  /** Markers TimelineJS3 put in the DOM (it draws one per event, on screen or not). */
  readonly drawnMarkers: number;
  readonly zoom: readonly ZoomStep[];
  readonly zoomMaxMs: number | null;
  readonly blocked: readonly string[];
  readonly error?: string;
}

export async function measureTimelineJs(browser: Browser, origin: string, events: number): Promise<TimelineJsResult> {
  const { context, blocked } = await localContext(browser, origin);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/index.html`);
  try {
    await page.locator('body[data-ready]').waitFor({ state: 'attached', timeout: 240_000 });
  } catch {
    await context.close();
    return {
      events,
      firstRenderMs: null,
      dataToRenderMs: null,
      firstContentfulPaintMs: null,
      drawnMarkers: 0,
      zoom: [],
      zoomMaxMs: null,
      blocked,
      error: `no 'ready' event within 240 s${errors.length ? `: ${errors[0]}` : ''}`,
    };
  }
  await waitForFrame(page);
  const first = await page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      painted: mark('tl3:painted'),
      dataStart: mark('tl3:data-start'),
      fcp: fcp ? Math.round(fcp.startTime) : null,
      markers: document.querySelectorAll('.tl-timemarker').length,
    };
  });
  const zoom = await page.evaluate(async () => {
    const tl = (window as unknown as { tl: { zoomIn(): void; zoomOut(): void } }).tl;
    const steps: { action: string; ms: number | null }[] = [];
    for (const action of ['zoom-in', 'zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'zoom-out']) {
      const started = performance.now();
      if (action === 'zoom-in') tl.zoomIn();
      else tl.zoomOut();
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      steps.push({ action, ms: Math.round(performance.now() - started) });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return steps;
  });
  await context.close();
  const times = zoom.map((step) => step.ms).filter((ms): ms is number => ms !== null);
  return {
    events,
    firstRenderMs: first.painted === undefined ? null : Math.round(first.painted),
    dataToRenderMs: first.painted === undefined || first.dataStart === undefined ? null : Math.round(first.painted - first.dataStart),
    firstContentfulPaintMs: first.fcp,
    drawnMarkers: first.markers,
    zoom,
    zoomMaxMs: times.length > 0 ? Math.max(...times) : null,
    blocked,
    ...(errors.length > 0 ? { error: errors.join('; ') } : {}),
  };
}

export interface TransferLog {
  readonly bytes: number;
  readonly requests: number;
  readonly byUrl: readonly { url: string; bytes: number }[];
}

export interface SearchResult {
  readonly query: string;
  readonly results: number;
  /** The search page itself, until the network is idle. */
  readonly pageLoad: TransferLog;
  /** Everything the first search fetched: Pagefind's script, WebAssembly, index chunks, filters, result fragments. */
  readonly firstSearch: TransferLog;
  readonly firstSearchMs: number;
  readonly blocked: readonly string[];
}

export async function measureSearch(browser: Browser, origin: string, query: string): Promise<SearchResult> {
  const { context, blocked } = await localContext(browser, origin);
  const page = await context.newPage();
  // Playwright's network events include the requests of Pagefind's web worker (index chunks,
  // WebAssembly), which a page-level DevTools session would miss.
  let pending: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
  });
  const take = async (): Promise<TransferLog> => {
    const finished = await Promise.all(pending);
    pending = [];
    const byUrl = finished
      .filter((item) => !item.url.startsWith('data:'))
      .map((item) => ({ url: item.url.replace(origin, ''), bytes: item.bytes }))
      .sort((a, b) => b.bytes - a.bytes);
    return { bytes: byUrl.reduce((sum, item) => sum + item.bytes, 0), requests: byUrl.length, byUrl };
  };
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const pageLoad = await take();
  // <search-page> (src/browser/search/search-page.ts) starts Pagefind when the field takes focus
  // and writes the summary once the first results are drawn, their fragments loaded.
  const input = page.locator('[data-search-input]');
  const started = Date.now();
  await input.fill(query);
  const summary = page.locator('[data-search-summary]');
  await summary.filter({ hasText: /results? for/ }).waitFor({ timeout: 60_000 });
  const firstSearchMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const results = Number((await summary.innerText()).match(/([\d,]+) results?/)?.[1]?.replace(/,/g, '') ?? 0);
  const firstSearch = await take();
  await context.close();
  return { query, results, pageLoad, firstSearch, firstSearchMs, blocked };
}

export function readTimeline(distDir: string): BuiltTimeline {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(distDir, name), 'utf8')) as T;
  return { data: expandTimelineIndex(read<TimelineIndex>('timeline.json'), '/'), details: read<TimelineDetailsFile>('timeline-details.json') };
}
