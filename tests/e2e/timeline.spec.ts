/**
 * The timeline page, against the built site (`npx astro build`, then
 * `npx playwright test tests/e2e/timeline.spec.ts`).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  detailsOf,
  expandTimelineIndex,
  type TimelineData,
  type TimelineDetailsFile,
  type TimelineEntry,
  type TimelineIndex,
} from '../../src/site/timeline/data.ts';

async function fetchJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok()).toBe(true);
  return (await response.json()) as T;
}

async function timelineData(page: Page): Promise<TimelineData> {
  return expandTimelineIndex(await fetchJson<TimelineIndex>(page, '/timeline.json'), '/');
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('timeline-view[data-ready][data-list-ready]')).toHaveCount(1);
  await expect(page.locator('[data-list-pending]')).toHaveCount(0);
  // vis draws on the next frames: wait until something is on the canvas.
  await expect(page.locator('[data-canvas] .tl-box').first()).toBeVisible();
}

interface Shown {
  /** Entry ids drawn one by one in the window, and those inside each cluster there. */
  items: string[];
  clusters: { id: string; label: string; entries: string[] }[];
}

/** What the timeline shows in its window: the layout vis draws (the element exposes it), boxes that start in the window. */
async function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const layout = document.querySelector('timeline-view')?.adapter?.layout;
    if (!layout) throw new Error('no layout');
    const boxes = layout.boxes.filter((box) => box.x >= 0 && box.x < 1);
    return {
      items: boxes.flatMap((box) => (box.type === 'item' ? [box.entryId] : [])),
      clusters: boxes.flatMap((box) => (box.type === 'cluster' ? [{ id: box.id, label: box.label, entries: [...box.entries] }] : [])),
    };
  });
}

function entriesOf(view: Shown): Set<string> {
  return new Set([...view.items, ...view.clusters.flatMap((cluster) => cluster.entries)]);
}

function overlapsYears(entry: TimelineEntry, from: number, to: number): boolean {
  return entry.endExclusive > Date.UTC(from, 0, 1) && entry.start < Date.UTC(to + 1, 0, 1);
}

test.describe('timeline with JavaScript', () => {
  test('a topic page links to the timeline filtered to its topic, and the link shows that topic alone', async ({ page }) => {
    const data = await timelineData(page);
    const topic = data.topics.find((candidate) => data.entries.some((entry) => entry.topics.includes(candidate.id)));
    if (!topic) throw new Error('no topic with entries');
    const inTopic = data.entries.filter((entry) => entry.topics.includes(topic.id)).map((entry) => entry.id);
    await page.goto(`/topics/${topic.id}/`);
    await page.getByRole('link', { name: 'See this storyline on the timeline' }).click();
    await expect(page).toHaveURL(new RegExp(`/timeline/\\?topic=${topic.id}$`));
    await ready(page);
    await expect(page.getByLabel('Topic', { exact: true })).toHaveValue(topic.id);
    await expect(page.locator('[data-timeline-list] li[data-entry-id]:visible')).toHaveCount(inTopic.length);
    for (const id of entriesOf(await shown(page))) expect(inTopic).toContain(id);
  });

  for (const group of ['topic', 'actor'] as const) {
    test(`over the whole span, every entry of /timeline.json is drawn or inside a cluster, once per row (rows by ${group})`, async ({ page }) => {
      const data = await timelineData(page);
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`/timeline/?group=${group}`);
      await ready(page);
      await page.getByRole('button', { name: 'All: show every entry' }).click();
      await expect.poll(() => page.evaluate(() => document.querySelector('timeline-view')?.adapter?.layout.bucket.unit)).toBe('year');
      const boxes = await page.evaluate(() => {
        const layout = document.querySelector('timeline-view')?.adapter?.layout;
        return (layout?.boxes ?? []).map((box) => ({ row: box.row, entries: box.type === 'item' ? [box.entryId] : [...box.entries] }));
      });
      const drawn = boxes.flatMap((box) => box.entries.map((id) => `${id}::${box.row}`)).sort();
      const expected = data.entries.flatMap((entry) => {
        const rows = [...new Set(group === 'actor' ? entry.actors : entry.topics)];
        return (rows.length > 0 ? rows : ['__none__']).map((row) => `${entry.id}::${row}`);
      });
      expect(drawn).toEqual(expected.sort());
      // Clusters say how many entries they hold.
      for (const cluster of (await shown(page)).clusters) expect(cluster.label).toMatch(new RegExp(`^${cluster.entries.length} (more|entries) · `));
    });
  }

  test('keyboard alone: Tab reaches the timeline, arrows move through it in time, Enter opens an entry, and back returns to the same window', async ({
    page,
  }) => {
    const data = await timelineData(page);
    const byId = new Map(data.entries.map((entry) => [entry.id, entry]));
    await page.goto('/timeline/');
    await ready(page);
    const viewport = page.locator('[data-viewport]');
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await viewport.evaluate((element) => element === document.activeElement);
    }
    expect(reached, 'Tab reaches the timeline').toBe(true);
    const live = page.locator('timeline-view [aria-live="polite"]');
    const details = page.locator('[data-details-body]');

    // The first box in the window, then on through the boxes in time until an entry is chosen.
    let entry: TimelineEntry | undefined;
    const starts: number[] = [];
    for (let presses = 0; presses < 12 && !entry; presses++) {
      await page.keyboard.press('ArrowRight');
      await expect(live).not.toBeEmpty();
      const selected = new URL(page.url()).searchParams.get('selected');
      const current = await page.evaluate(() => {
        const layout = document.querySelector('timeline-view')?.adapter?.layout;
        const marked = [...document.querySelectorAll('[data-canvas] .vis-item.vis-selected .tl-box')].map((box) => (box as HTMLElement).dataset.boxId);
        return layout?.boxes.find((box) => box.id === marked[0])?.start;
      });
      if (current !== undefined) starts.push(current);
      if (selected) entry = byId.get(selected);
    }
    if (!entry) throw new Error('no entry reached with the arrow keys');
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    await expect(details.locator('h3')).toHaveText(entry.title);
    await expect(live).toContainText(entry.title);
    // The details panel gives its summary, quote and source.
    const text = detailsOf(await fetchJson<TimelineDetailsFile>(page, '/timeline-details.json'), entry.id, '/');
    if (!text) throw new Error(`no details for ${entry.id}`);
    await expect(details.locator('.timeline-details__summary')).toHaveText(text.summary);
    if (text.quote) await expect(details.locator('blockquote')).toHaveText(text.quote);
    if (text.source) await expect(details.getByRole('link', { name: text.source.title, exact: true })).toHaveAttribute('href', text.source.url);

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === entry.url);
    await page.goBack();
    await expect(page).toHaveURL(/\/timeline\/\?/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('selected')).toBe(entry.id);
    const start = params.get('start');
    const end = params.get('end');
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}/);
    await ready(page);
    const window = await page.evaluate(() => document.querySelector('timeline-view')?.timeline?.getWindow());
    expect(Math.abs((window?.start.getTime() ?? 0) - Date.parse(start ?? ''))).toBeLessThanOrEqual(86_400_000);
    expect(Math.abs((window?.end.getTime() ?? 0) - Date.parse(end ?? ''))).toBeLessThanOrEqual(86_400_000);
    await expect(page.locator('[data-details-body] h3')).toHaveText(entry.title);
  });

  test('Home and End go to the first and last entries, and Enter on a cluster zooms into it', async ({ page }) => {
    const data = await timelineData(page);
    await page.goto('/timeline/');
    await ready(page);
    await page.locator('[data-viewport]').focus();
    // End and Home reach the last and the first box in time: each holds the last or first entry.
    const current = () =>
      page.evaluate(() => {
        const element = document.querySelector('timeline-view');
        const marked = [...document.querySelectorAll('[data-canvas] .vis-item.vis-selected .tl-box')].map((box) => (box as HTMLElement).dataset.boxId);
        const box = element?.adapter?.layout.boxes.find((candidate) => candidate.id === marked[0]);
        return box ? (box.type === 'item' ? [box.entryId] : [...box.entries]) : [];
      });
    await page.keyboard.press('End');
    await expect.poll(current).toContain(data.entries.at(-1)?.id);
    await page.keyboard.press('Home');
    await expect.poll(current).toContain(data.entries[0]?.id);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/selected=/);
    // Step until a cluster is current, then open it.
    const live = page.locator('timeline-view [aria-live="polite"]');
    let onCluster = false;
    for (let presses = 0; presses < 40 && !onCluster; presses++) {
      await page.keyboard.press('ArrowRight');
      await expect(live).not.toBeEmpty();
      onCluster = /Press Enter to zoom in/.test((await live.textContent()) ?? '');
    }
    expect(onCluster, 'a cluster is reached').toBe(true);
    const before = await page.evaluate(() => document.querySelector('timeline-view')?.adapter?.window);
    await page.keyboard.press('Enter');
    await expect(live).toContainText('Zoomed into');
    await expect
      .poll(async () => {
        const after = await page.evaluate(() => document.querySelector('timeline-view')?.adapter?.window);
        return after && before ? after.end - after.start < before.end - before.start : false;
      })
      .toBe(true);
    await expect(page.locator('[data-details-heading]')).toHaveText('Entries in this period');
  });

  test('a view restored from the URL shows the same range, filters, grouping and selection', async ({ page }) => {
    const data = await timelineData(page);
    const matching = data.entries.filter((entry) => entry.actors.includes('atf') && entry.kind === 'statement' && overlapsYears(entry, 2010, 2011));
    expect(matching.length).toBeGreaterThan(1);
    const selected = matching[1] ?? matching[0];
    if (!selected) throw new Error('no match');
    const start = '2010-06-01';
    const end = '2012-02-01';
    await page.goto(`/timeline/?actor=atf&kind=statement&from=2010&to=2011&group=actor&start=${start}&end=${end}&selected=${selected.id}`);
    await ready(page);

    // The same window, read from the element's vis instance and its data attributes.
    const window = await page.evaluate(() => {
      const element = document.querySelector('timeline-view');
      const range = element?.timeline?.getWindow();
      return { start: range?.start.toISOString(), end: range?.end.toISOString(), attributes: { ...element?.dataset } };
    });
    expect(window.start).toBe(`${start}T00:00:00.000Z`);
    expect(window.end).toBe(`${end}T00:00:00.000Z`);
    expect(window.attributes.windowStart).toBe(window.start);
    expect(window.attributes.windowEnd).toBe(window.end);

    // The same filters and grouping in the form.
    const form = page.locator('form[data-controls]');
    await expect(form).toBeVisible();
    await expect(form.getByLabel('Actor', { exact: true })).toHaveValue('atf');
    await expect(form.getByLabel('Topic', { exact: true })).toHaveValue('');
    await expect(form.getByLabel('Kind', { exact: true })).toHaveValue('statement');
    await expect(form.getByLabel('From', { exact: true })).toHaveValue('2010');
    await expect(form.getByLabel('To', { exact: true })).toHaveValue('2011');
    await expect(form.getByRole('radio', { name: 'By actor' })).toBeChecked();

    // Only matching entries in the list...
    const listed = await page
      .locator('[data-timeline-list] li[data-entry-id]:visible')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.entryId));
    expect(listed).toEqual(matching.map((entry) => entry.id));
    await expect(page.locator('[data-count]')).toHaveText(`Showing ${matching.length} of ${data.entries.length} entries.`);

    // ...and on the timeline, grouped by actor: every matching entry starting inside the window, nothing else.
    const view = entriesOf(await shown(page));
    const inWindow = matching.filter((entry) => entry.start >= Date.parse(start) && entry.start < Date.parse(end));
    expect([...view].sort()).toEqual(inWindow.map((entry) => entry.id).sort());
    const rows = await page.locator('[data-canvas] .vis-labelset .tl-row-label').allTextContents();
    expect(rows).toContain('ATF');

    // The same selection.
    await expect(page.locator('[data-details-body] h3')).toHaveText(selected.title);
    await expect(page.locator(`[data-timeline-list] li[data-entry-id="${selected.id}"]`)).toHaveClass(/is-selected/);

    // The URL is left as it was (normalised, same parameters).
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      actor: 'atf',
      kind: 'statement',
      from: '2010',
      to: '2011',
      group: 'actor',
      start,
      end,
      selected: selected.id,
    });
  });

  test('changing a filter updates the URL, the list and the canvas', async ({ page }) => {
    const data = await timelineData(page);
    await page.goto('/timeline/');
    await ready(page);
    await page.getByText('Filter and group').click();
    await page.getByLabel('Kind').selectOption('count');
    await expect(page).toHaveURL(/[?&]kind=count(&|$)/);
    const counts = data.entries.filter((entry) => entry.kind === 'count').map((entry) => entry.id);
    await expect(page.locator('[data-timeline-list] li[data-entry-id]:visible')).toHaveCount(counts.length);
    const view = [...entriesOf(await shown(page))];
    expect(view.length).toBeGreaterThan(0);
    for (const id of view) expect(counts).toContain(id);

    await page.getByRole('radio', { name: 'By actor' }).check();
    await expect(page).toHaveURL(/[?&]group=actor(&|$)/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(page.locator('[data-timeline-list] li[data-entry-id]:visible')).toHaveCount(data.entries.length);
  });
});

test.describe('timeline with the pointer', () => {
  test('a click on an item selects its entry; a click on a cluster zooms into its period and lists its entries', async ({ page }) => {
    const data = await timelineData(page);
    const byId = new Map(data.entries.map((entry) => [entry.id, entry]));
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/timeline/');
    await ready(page);
    const details = page.locator('[data-details-body]');

    const item = page.locator('[data-canvas] .tl-box--item').first();
    const id = await item.getAttribute('data-entry-id');
    const entry = byId.get(id ?? '');
    if (!entry) throw new Error(`no entry ${id}`);
    await item.click();
    await expect(details.locator('h3')).toHaveText(entry.title);
    await expect(page).toHaveURL(new RegExp(`[?&]selected=${entry.id}(&|$)`));
    await expect(page.locator('[data-canvas] .vis-item.vis-selected .tl-box--item').first()).toHaveAttribute('data-entry-id', entry.id);

    const cluster = page.locator('[data-canvas] .tl-box--cluster').first();
    const clusterId = await cluster.getAttribute('data-box-id');
    const { period, entries } = await page.evaluate((boxId) => {
      const box = document.querySelector('timeline-view')?.adapter?.layout.boxes.find((candidate) => candidate.id === boxId);
      if (box?.type !== 'cluster') throw new Error('not a cluster');
      return { period: box.period, entries: [...box.entries] };
    }, clusterId);
    await cluster.click();
    // The window zooms to the cluster's period, its entries listed and marked.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('timeline-view')?.adapter?.window))
      .toMatchObject({ start: expect.any(Number) as unknown as number });
    await expect
      .poll(async () => {
        const window = await page.evaluate(() => document.querySelector('timeline-view')?.adapter?.window);
        return window !== undefined && window.start <= period.start && window.end >= period.end && window.end - window.start < (period.end - period.start) * 2;
      })
      .toBe(true);
    const buttons = details.locator('button[data-select-entry]');
    await expect(buttons).toHaveCount(entries.length);
    await expect(page).toHaveURL(/[?&]start=/);
    await expect(page.locator('[data-canvas] .vis-item.vis-box.vis-selected').first()).toBeVisible();
    const chosen = byId.get((await buttons.nth(0).getAttribute('data-select-entry')) ?? '');
    if (!chosen) throw new Error('no entry in the cluster');
    await buttons.nth(0).click();
    await expect(details.locator('h3')).toHaveText(chosen.title);
    await expect(page).toHaveURL(new RegExp(`[?&]selected=${chosen.id}(&|$)`));
    await expect(page.locator('[data-viewport]')).toBeFocused();
  });

  test('at 390 px, tapping an item brings its details into view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/timeline/');
    await ready(page);
    // The timeline is no wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const item = page.locator('[data-canvas] .tl-box--item').first();
    await item.click();
    const panel = page.locator('[data-details]');
    await expect(panel.locator('h3')).toBeVisible();
    await expect.poll(() => panel.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(844 * 0.6);
    await expect(panel.locator('h3')).toBeInViewport();
  });

  test('panning puts the visible range in the URL', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/timeline/');
    await ready(page);
    expect(new URL(page.url()).searchParams.has('start')).toBe(false);
    const before = await page.evaluate(() => document.querySelector('timeline-view')?.timeline?.getWindow().start.getTime() ?? 0);
    const box = await page.locator('[data-canvas] .vis-panel.vis-center').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width / 2, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 8, { steps: 10 });
    await page.mouse.up();
    await expect(page).toHaveURL(/[?&]start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}(&|$)/);
    const after = await page.evaluate(() => document.querySelector('timeline-view')?.timeline?.getWindow().start.getTime() ?? 0);
    expect(after).toBeGreaterThan(before);
    const start = new URL(page.url()).searchParams.get('start') ?? '';
    // The URL rounds to the day.
    expect(Math.abs(Date.parse(start) - after)).toBeLessThanOrEqual(12 * 60 * 60 * 1000);
  });

  test('no other page loads vis-timeline', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const path of ['/', '/entries/us-agent-killed/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(requested.filter((url) => /vis-timeline|vis-data|moment|TimelineView/.test(url))).toEqual([]);
  });
});

test.describe('timeline when a part fails to load', () => {
  for (const failing of ['timeline.json', 'vis-timeline'] as const) {
    test(`without ${failing}, the error says so and the list still shows every entry`, async ({ page }) => {
      const data = await timelineData(page);
      await page.route(failing === 'timeline.json' ? '**/timeline.json' : '**/_astro/vis-timeline*.js', (route) => route.abort());
      await page.goto('/timeline/');
      await expect(page.locator('[data-error]')).toBeVisible();
      await expect(page.locator('timeline-view[data-list-ready]')).toHaveCount(1);
      const items = page.locator('[data-timeline-list] li[data-entry-id]:visible');
      await expect(items).toHaveCount(data.entries.length);
      await expect(items.first().locator('a.entry-title')).toHaveText(data.entries[0]?.title ?? '');
      await expect(page.locator('[data-list-pending]')).toHaveCount(0);
      // The first view drawn at build time stays, its boxes links.
      await expect(page.locator('[data-static] .tl-static a.tl-box').first()).toBeVisible();
    });
  }

  test('when the element’s own script is blocked, the page says where else every entry is listed', async ({ page }) => {
    await page.route('**/_astro/TimelineView*.js', (route) => route.abort());
    await page.goto('/timeline/');
    const pending = page.locator('[data-list-pending]');
    await expect(pending).toBeVisible();
    await expect(pending.getByRole('link', { name: 'topics' })).toHaveAttribute('href', '/topics/');
  });
});

test.describe('timeline without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list holds every entry of /timeline.json, by year, with links', async ({ page }) => {
    const data = await timelineData(page);
    await page.goto('/timeline/');
    const items = page.locator('[data-timeline-list] li[data-entry-id]');
    await expect(items).toHaveCount(data.entries.length);
    const listed = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        id: (li as HTMLElement).dataset.entryId,
        href: li.querySelector('a.entry-title')?.getAttribute('href'),
        title: li.querySelector('a.entry-title')?.textContent,
        visible: (li as HTMLElement).offsetParent !== null,
      })),
    );
    expect(listed).toEqual(data.entries.map((entry) => ({ id: entry.id, href: entry.url, title: entry.title, visible: true })));
    // One heading per year, in order, and the JavaScript-only parts stay hidden.
    const years = [...new Set(data.entries.map((entry) => entry.date.slice(0, 4)))];
    await expect(page.locator('[data-timeline-list] h2')).toHaveText(years);
    await expect(page.locator('form[data-controls]')).toBeHidden();
    await expect(page.locator('[data-toolbar]')).toBeHidden();
    await expect(page.locator('[data-details]')).toBeHidden();
    await expect(page.locator('[data-list-pending]')).toBeHidden();
  });

  test('the first view is there, its boxes links in time order: entries to their pages, clusters to their period zoomed', async ({ page }) => {
    const data = await timelineData(page);
    const byId = new Map(data.entries.map((entry) => [entry.id, entry]));
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/timeline/');
    const view = page.locator('[data-static-view="wide"]');
    await expect(view).toBeVisible();
    await expect(page.locator('[data-static-view="narrow"]')).toBeHidden();
    const links = await view.locator('foreignObject[data-box-id]').evaluateAll((objects) =>
      objects.map((object) => ({
        entry: (object as SVGElement).dataset.entryId,
        href: object.querySelector('a')?.getAttribute('href') ?? '',
        name: object.querySelector('a')?.textContent ?? '',
      })),
    );
    expect(links.length).toBeGreaterThan(10);
    const items = links.filter((link) => link.entry);
    expect(items.length).toBeGreaterThan(links.length / 3);
    for (const link of items) expect(link.href).toBe(byId.get(link.entry ?? '')?.url);
    for (const link of links.filter((candidate) => !candidate.entry))
      expect(link.href).toMatch(/^\/timeline\/\?start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}#timeline-year-\d{4}$/);
    const starts = items.map((link) => byId.get(link.entry ?? '')?.start ?? 0);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // The overview strip links each year with entries.
    await expect(page.locator('[data-overview] a[data-year="2011"]')).toHaveAttribute('href', /#timeline-year-2011$/);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator('[data-static-view="narrow"]')).toBeVisible();
    await expect(view).toBeHidden();
  });
});
