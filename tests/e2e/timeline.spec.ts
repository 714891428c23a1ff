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
  await expect(page.locator('[data-canvas] .vis-item').first()).toBeVisible();
}

interface Represented {
  /** Ids (`entryId::groupId`) of the vis items drawn on their own. */
  drawn: string[];
  /** Each visible cluster: the number it shows and the ids of the items inside it. */
  clusters: { label: number; items: string[] }[];
}

/**
 * What the canvas represents at its current vertical scroll, read from vis's DOM: items drawn
 * (vis keeps each item's object on its box element; our labels carry `data-entry-id`) and the
 * items inside each cluster (the cluster's object, on its element, lists them).
 */
async function representedNow(page: Page): Promise<Represented> {
  return page.evaluate(() => {
    type Box = Element & { 'vis-item'?: { id?: string; data?: { uiItems?: { id?: string }[] } } };
    const canvas = document.querySelector('timeline-view [data-canvas]');
    if (!canvas) throw new Error('no canvas');
    const drawn = [...canvas.querySelectorAll<HTMLElement>('.vis-item.vis-point, .vis-item.vis-range:not(.vis-cluster), .vis-item.vis-box')]
      .filter((box) => box.getClientRects().length > 0 && box.querySelector('.tl-label[data-entry-id]'))
      .map((box) => String((box as Box)['vis-item']?.id));
    const clusters = [...canvas.querySelectorAll<Box>('.vis-item.vis-cluster')]
      .filter((box) => box.getClientRects().length > 0)
      .map((box) => ({
        label: Number.parseInt(box.querySelector('.vis-item-content')?.textContent ?? '', 10),
        items: (box['vis-item']?.data?.uiItems ?? []).map((item) => String(item.id)),
      }));
    return { drawn, clusters };
  });
}

/** What the canvas represents over all its rows: vis only draws the rows scrolled into view, so scroll through them. */
async function represented(page: Page): Promise<{ items: Set<string>; entries: Set<string>; clusters: Represented['clusters'] }> {
  const items = new Set<string>();
  const clusters: Represented['clusters'] = [];
  const side = page.locator('[data-canvas] .vis-panel.vis-left');
  // Rows grow as vis draws them, so keep scrolling until the panel stops moving.
  for (let top = 0, previous = -1; ; top += 150) {
    const reached = await side.evaluate((panel, value) => {
      panel.scrollTop = value;
      return panel.scrollTop;
    }, top);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const now = await representedNow(page);
    for (const id of now.drawn) items.add(id);
    for (const cluster of now.clusters) {
      clusters.push(cluster);
      for (const id of cluster.items) items.add(id);
    }
    if (reached === previous) break;
    previous = reached;
  }
  await side.evaluate((panel) => {
    panel.scrollTop = 0;
  });
  const entries = new Set([...items].map((id) => id.split('::')[0] ?? id));
  return { items, entries, clusters };
}

function overlapsYears(entry: TimelineEntry, from: number, to: number): boolean {
  return entry.endExclusive > Date.UTC(from, 0, 1) && entry.start < Date.UTC(to + 1, 0, 1);
}

test.describe('timeline with JavaScript', () => {
  for (const group of ['topic', 'actor'] as const) {
    test(`shows every entry of /timeline.json, as an item or inside a cluster (rows by ${group})`, async ({ page }) => {
      const data = await timelineData(page);
      expect(data.entries.length).toBeGreaterThan(0);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/timeline/?group=${group}`);
      await ready(page);
      const { items, entries, clusters } = await represented(page);
      // Every cluster shows how many items it holds.
      for (const cluster of clusters) expect(cluster.label).toBe(cluster.items.length);
      expect([...entries].sort()).toEqual(data.entries.map((entry) => entry.id).sort());
      // Each entry is drawn once per row it belongs to (its actors or its topics), as an item or inside a cluster.
      const expected = data.entries.flatMap((entry) => {
        const rows = [...new Set(group === 'actor' ? entry.actors : entry.topics)];
        return (rows.length > 0 ? rows : ['__none__']).map((row) => `${entry.id}::${row}`);
      });
      expect([...items].sort()).toEqual(expected.sort());
    });
  }

  test('keyboard alone: Tab reaches the timeline, arrows select, Enter opens the entry', async ({ page }) => {
    const data = await timelineData(page);
    await page.goto('/timeline/');
    await ready(page);
    const viewport = page.locator('[data-viewport]');
    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await viewport.evaluate((element) => element === document.activeElement);
    }
    expect(reached, 'Tab reaches the timeline').toBe(true);
    await expect(viewport).toBeFocused();

    const [first, second] = data.entries;
    if (!first || !second) throw new Error('need two entries');
    const details = page.locator('[data-details-body]');
    const live = page.locator('timeline-view [aria-live="polite"]');

    await page.keyboard.press('ArrowRight');
    await expect(details.locator('h3')).toHaveText(first.title);
    await expect(page).toHaveURL(new RegExp(`[?&]selected=${first.id}(&|$)`));
    await expect(live).toContainText(first.title);

    await page.keyboard.press('ArrowRight');
    await expect(details.locator('h3')).toHaveText(second.title);
    const text = detailsOf(await fetchJson<TimelineDetailsFile>(page, '/timeline-details.json'), second.id, '/');
    if (!text?.source) throw new Error(`no details for ${second.id}`);
    await expect(details.locator('.timeline-details__summary')).toHaveText(text.summary);
    await expect(details.locator('blockquote')).toHaveText(text.quote);
    await expect(details.getByRole('link', { name: text.source.title, exact: true })).toHaveAttribute('href', text.source.url);
    await expect(page).toHaveURL(new RegExp(`[?&]selected=${second.id}(&|$)`));

    await page.keyboard.press('ArrowLeft');
    await expect(details.locator('h3')).toHaveText(first.title);
    await page.keyboard.press('End');
    await expect(details.locator('h3')).toHaveText(data.entries.at(-1)?.title ?? '');
    await page.keyboard.press('Home');
    await expect(details.locator('h3')).toHaveText(first.title);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`[?&]selected=${second.id}(&|$)`));

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === second.url);
    expect(new URL(page.url()).pathname).toBe(`/entries/${second.id}/`);
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

    // ...and on the canvas, grouped by actor: every matching entry inside the window, nothing else.
    const { entries: shown } = await represented(page);
    const inWindow = matching.filter((entry) => entry.start >= Date.parse(start) && entry.start <= Date.parse(end));
    expect([...shown].sort()).toEqual(inWindow.map((entry) => entry.id).sort());
    const rows = await page.locator('[data-canvas] .vis-labelset .tl-group').allTextContents();
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
    await page.getByLabel('Kind').selectOption('count');
    await expect(page).toHaveURL(/[?&]kind=count(&|$)/);
    const counts = data.entries.filter((entry) => entry.kind === 'count').map((entry) => entry.id);
    await expect(page.locator('[data-timeline-list] li[data-entry-id]:visible')).toHaveCount(counts.length);
    const { entries: shown } = await represented(page);
    expect([...shown].sort()).toEqual(counts.sort());

    await page.getByRole('radio', { name: 'By actor' }).check();
    await expect(page).toHaveURL(/[?&]group=actor(&|$)/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(page.locator('[data-timeline-list] li[data-entry-id]:visible')).toHaveCount(data.entries.length);
  });
});

test.describe('timeline with the pointer', () => {
  test('a click on an item selects its entry; a click on a cluster lists its entries', async ({ page }) => {
    const data = await timelineData(page);
    const byId = new Map(data.entries.map((entry) => [entry.id, entry]));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/timeline/');
    await ready(page);
    const details = page.locator('[data-details-body]');

    const item = page.locator('[data-canvas] .vis-item.vis-point').first();
    const id = await item.locator('.tl-label').getAttribute('data-entry-id');
    const entry = byId.get(id ?? '');
    if (!entry) throw new Error(`no entry ${id}`);
    await item.locator('.tl-label').click();
    await expect(details.locator('h3')).toHaveText(entry.title);
    await expect(page).toHaveURL(new RegExp(`[?&]selected=${entry.id}(&|$)`));
    await expect(item).toHaveClass(/vis-selected/);

    const cluster = page.locator('[data-canvas] .vis-item.vis-cluster').first();
    await expect(cluster).toBeVisible();
    const count = Number.parseInt((await cluster.locator('.vis-item-content').textContent()) ?? '', 10);
    await cluster.click();
    const buttons = details.locator('button[data-select-entry]');
    await expect(buttons).toHaveCount(count);
    // The selection is kept until one of the listed entries is chosen.
    await expect(page).toHaveURL(new RegExp(`[?&]selected=${entry.id}(&|$)`));
    const chosen = byId.get((await buttons.nth(1).getAttribute('data-select-entry')) ?? '');
    if (!chosen) throw new Error('no entry in the cluster');
    await buttons.nth(1).click();
    await expect(details.locator('h3')).toHaveText(chosen.title);
    await expect(page).toHaveURL(new RegExp(`[?&]selected=${chosen.id}(&|$)`));
    await expect(page.locator('[data-viewport]')).toBeFocused();
    await expect(page.locator('[data-canvas] .vis-cluster.tl-cluster--current')).toHaveCount(1);
  });

  test('panning puts the visible range in the URL', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/timeline/');
    await ready(page);
    expect(new URL(page.url()).searchParams.has('start')).toBe(false);
    const before = await page.evaluate(() => document.querySelector('timeline-view')?.timeline?.getWindow().start.getTime() ?? 0);
    const box = await page.locator('[data-canvas] .vis-panel.vis-center').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 20, { steps: 10 });
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
    await expect(page.locator('[data-stage]')).toBeHidden();
    await expect(page.locator('[data-list-pending]')).toBeHidden();
  });
});
