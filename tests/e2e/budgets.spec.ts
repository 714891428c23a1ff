/**
 * Page budgets, over the built site (`npx astro build`, then `npm run test:budgets`):
 * - the map page and every place page ship no JavaScript and weigh at most 60 KB gzipped, HTML
 *   with its inline SVG maps plus the stylesheets (the map page would allow at most 30 KB of
 *   gzipped JavaScript for a filter element; it has none);
 * - every entry, actor, source and topic page, and every step of a topic's story, ships no
 *   JavaScript (no script but JSON-LD data, no module preload) and weighs at most 25 KB gzipped,
 *   HTML plus the stylesheets it links; the home and conflicts pages ship no JavaScript either;
 * - the timeline page loads at most 100 KB of gzipped JavaScript, dynamic imports included
 *   (measured in Chromium), and none of it blocks first paint.
 * Sizes are gzip at zlib's default level, as a static host would serve them. The figures are
 * printed, and attached to the test report, on every run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type TestInfo } from '@playwright/test';

const dist = resolve(import.meta.dirname, '../../dist');
const KB = 1024;
const PAGE_BUDGET = 25 * KB;
const TIMELINE_JS_BUDGET = 100 * KB;
const MAP_PAGE_BUDGET = 60 * KB;
const KINDS = ['entries', 'actors', 'sources', 'topics'] as const;

const gzipped = (data: string | Buffer): number => gzipSync(data).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/** `dist/<kind>/<id>/index.html` for every page of a kind (the kind's index page excluded). */
function pagesOf(kind: string): string[] {
  const dir = join(dist, kind);
  return readdirSync(dir, { withFileTypes: true })
    .filter((item) => item.isDirectory() && existsSync(join(dir, item.name, 'index.html')))
    .map((item) => join(dir, item.name, 'index.html'));
}

/** Scripts that would run: every `<script>` except JSON data blocks, and module preloads. */
function executableScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((match) => match[0]).filter((tag) => !/type=["']?application\/(ld\+)?json/i.test(tag));
  const preloads = [...html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/gi)].map((match) => match[0]);
  return [...scripts, ...preloads];
}

function stylesheetBytes(html: string, cache: Map<string, number>): number {
  let total = 0;
  for (const match of html.matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/gi)) {
    const href = /href=["']?([^"' >]+)/.exec(match[0])?.[1];
    if (!href || !href.startsWith('/')) continue;
    const path = join(dist, href.split('?')[0] as string);
    if (!cache.has(path)) cache.set(path, existsSync(path) ? gzipped(readFileSync(path)) : 0);
    total += cache.get(path) ?? 0;
  }
  return total;
}

test.describe('page budgets', () => {
  test.beforeAll(() => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npx astro build` first');
  });

  /** Fails on any page with a script; with a budget, on the largest page over it. Prints the largest. */
  function checkPages(name: string, pages: readonly string[], budget: number | undefined, testInfo: TestInfo): void {
    const cssCache = new Map<string, number>();
    expect(pages.length, `pages: ${name}`).toBeGreaterThan(0);
    const withScripts: string[] = [];
    let largest = { page: '', bytes: 0, html: 0, css: 0 };
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      if (executableScripts(html).length > 0) withScripts.push(`${page.slice(dist.length)}: ${executableScripts(html).join(' ')}`);
      const htmlBytes = gzipped(html);
      const cssBytes = stylesheetBytes(html, cssCache);
      if (htmlBytes + cssBytes > largest.bytes) largest = { page: page.slice(dist.length), bytes: htmlBytes + cssBytes, html: htmlBytes, css: cssBytes };
    }
    const report = `${name}: ${pages.length} pages; largest ${largest.page} = ${kb(largest.bytes)} (HTML ${kb(largest.html)} + CSS ${kb(largest.css)})${budget ? `; budget ${kb(budget)}` : ''}`;
    console.log(report);
    testInfo.annotations.push({ type: 'size', description: report });
    expect(withScripts, 'pages with JavaScript').toEqual([]);
    if (budget) expect(largest.bytes, report).toBeLessThanOrEqual(budget);
  }

  for (const kind of KINDS) {
    test(`${kind} pages: no JavaScript, at most 25 KB gzipped HTML + CSS`, ({}, testInfo) => {
      checkPages(kind, pagesOf(kind), PAGE_BUDGET, testInfo);
    });
  }

  test('map and place pages: no JavaScript, at most 60 KB gzipped HTML + SVG + CSS', ({}, testInfo) => {
    const pages = [join(dist, 'map', 'index.html'), join(dist, 'places', 'index.html'), ...pagesOf('places')];
    checkPages('map and place pages', pages, MAP_PAGE_BUDGET, testInfo);
  });

  test('the map page loads no JavaScript in the browser', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await page.goto('/map/');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
  });

  test('story steps: no JavaScript, at most 25 KB gzipped HTML + CSS', ({}, testInfo) => {
    const steps = pagesOf('topics').flatMap((topicPage) => {
      const storyDir = join(topicPage, '..', 'story');
      return existsSync(storyDir) ? pagesOf(storyDir.slice(dist.length + 1)) : [];
    });
    checkPages('story steps', steps, PAGE_BUDGET, testInfo);
  });

  test('the home and conflicts pages: no JavaScript', ({}, testInfo) => {
    checkPages('home and conflicts', [join(dist, 'index.html'), join(dist, 'conflicts', 'index.html')], undefined, testInfo);
  });

  test('an entry, actor, source and topic page loads no JavaScript in the browser', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    for (const kind of KINDS) {
      const [first] = pagesOf(kind);
      if (!first) continue;
      await page.goto(first.slice(dist.length).replace(/index\.html$/, ''));
      await page.waitForLoadState('networkidle');
    }
    expect(scripts).toEqual([]);
  });

  test('timeline page: at most 100 KB gzipped JavaScript, none of it blocking first paint', async ({ page }, testInfo) => {
    const html = readFileSync(join(dist, 'timeline', 'index.html'), 'utf8');
    // Blocking scripts: classic scripts with a src and neither async nor defer, or any classic inline script.
    const blocking = [...html.matchAll(/<script\b([^>]*)>/gi)]
      .map((match) => match[0])
      .filter((tag) => !/type=["']?(module|application\/(ld\+)?json)/i.test(tag) && !/\b(async|defer)\b/i.test(tag));
    expect(blocking, 'render-blocking scripts on the timeline page').toEqual([]);

    const bodies: Promise<{ url: string; bytes: number; raw: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script' && !new URL(response.url()).pathname.endsWith('.js')) return;
      bodies.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, bytes: gzipped(body), raw: body.length })));
    });
    await page.goto('/timeline/');
    await expect(page.locator('timeline-view[data-ready]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(bodies);
    const total = files.reduce((sum, file) => sum + file.bytes, 0);
    const report = `timeline JavaScript: ${kb(total)} gzipped in ${files.length} files (${files.map((file) => `${file.url.replace(/^.*\//, '')} ${kb(file.bytes)}`).join(', ')}); budget ${kb(TIMELINE_JS_BUDGET)}`;
    console.log(report);
    testInfo.annotations.push({ type: 'size', description: report });
    expect(files.length).toBeGreaterThan(0);
    expect(total, report).toBeLessThanOrEqual(TIMELINE_JS_BUDGET);
    // Paint came before the canvas script finished: first contentful paint precedes `data-ready`.
    const order = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      drawn: performance.getEntriesByName('timeline-view:drawn')[0]?.startTime ?? -Infinity,
    }));
    expect(order.fcp, 'first contentful paint before the canvas is drawn').toBeLessThan(order.drawn);
  });
});
