/**
 * vis-timeline taking over the first view drawn at build time, against the built site:
 * the static view's boxes and vis's first draw of them in the same places (within a pixel), at
 * 1366 px and at 390 px; nothing below the timeline moving; and what each remaining patch to
 * vis-timeline does (src/third-party/vis-timeline/patches.ts), in the page's own vis.
 */
import { expect, test, type Page } from '@playwright/test';

type Rect = [left: number, top: number, width: number, height: number];

/** The boxes on screen inside the timeline's track, by box id. */
async function boxes(page: Page, trackSelector: string, selector: string): Promise<Record<string, Rect>> {
  return page.evaluate(
    ([track, boxSelector]) => {
      const area = (document.querySelector(track) ?? document.body).getBoundingClientRect();
      const found: Record<string, Rect> = {};
      for (const element of document.querySelectorAll<HTMLElement | SVGElement>(boxSelector)) {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.left < area.left || rect.left >= area.right) continue;
        found[element.dataset.boxId ?? ''] = [rect.left, rect.top, rect.width, rect.height];
      }
      return found;
    },
    [trackSelector, selector] as const,
  );
}

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px, vis draws the first view's boxes where the page drew them, and nothing below moves`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // Hold vis back so that the static view can be measured first.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/_astro/vis-timeline*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/timeline/');
    const profile = viewport.width >= 768 ? 'wide' : 'narrow';
    await expect(page.locator(`[data-static-view="${profile}"]`)).toBeVisible();
    const before = await boxes(page, `[data-static-view="${profile}"] .tl-static__track`, `[data-static-view="${profile}"] foreignObject[data-box-id]`);
    const belowBefore = await page.locator('[data-overview]').evaluate((element) => element.getBoundingClientRect().top);
    expect(Object.keys(before).length).toBeGreaterThan(5);

    release();
    await expect(page.locator('timeline-view[data-ready]')).toHaveCount(1);
    await expect(page.locator('[data-static]')).toBeHidden();
    await expect(page.locator('timeline-view')).toHaveAttribute('data-profile', profile);
    const after = await boxes(page, '[data-canvas] .vis-panel.vis-center', '[data-canvas] .tl-box[data-box-id]');
    const belowAfter = await page.locator('[data-overview]').evaluate((element) => element.getBoundingClientRect().top);

    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, rect] of Object.entries(before)) {
      const drawn = after[id];
      if (!drawn) throw new Error(`vis did not draw ${id}`);
      for (let index = 0; index < 4; index++) expect(Math.abs((drawn[index] ?? 0) - (rect[index] ?? 0)), `${id} [${index}]`).toBeLessThanOrEqual(1);
    }
    expect(belowAfter).toBe(belowBefore);
  });
}

test('the takeover shifts no layout', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/timeline/');
  await expect(page.locator('timeline-view[data-ready][data-list-ready]')).toHaveCount(1);
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
          resolve(total);
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
  expect(shifts).toBeLessThanOrEqual(0.01);
});

test.describe('vis-timeline patches, by what they do', () => {
  test('Group.add: items added in the window get their boxes in the redraw that follows, not one by one as they are added', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('timeline-view[data-ready]')).toHaveCount(1);
    const appended = await page.evaluate(async () => {
      const vis = document.querySelector('timeline-view')?.adapter?.vis;
      if (!vis) throw new Error('no vis');
      const container = document.createElement('div');
      document.body.append(container);
      const items = new vis.DataSet<{ id: string; group: string; start: number; content: string }>();
      const groups = new vis.DataSet<{ id: string; content: string }>([{ id: 'g', content: 'g' }]);
      const start = Date.UTC(2011, 0, 1);
      const other = new vis.Timeline(container, items as never, groups as never, { start, end: Date.UTC(2012, 0, 1) });
      await new Promise((resolve) => setTimeout(resolve, 400));
      // Where each box is put into the page from: vis's method names survive minification.
      Error.stackTraceLimit = 80;
      const stacks: string[] = [];
      const append = Element.prototype.appendChild;
      Element.prototype.appendChild = function <T extends Node>(this: Element, child: T): T {
        if (this.closest('.vis-foreground') && container.contains(this)) stacks.push(new Error('append').stack ?? '');
        return append.call(this, child) as T;
      };
      try {
        items.add(
          Array.from({ length: 20 }, (_, index) => ({ id: `i${index}`, group: 'g', start: start + index * 86_400_000 * 10, content: `item ${index}` })),
        );
      } finally {
        Element.prototype.appendChild = append;
      }
      other.destroy();
      return { boxes: stacks.length, whileAdding: stacks.filter((stack) => /_addItem/.test(stack)).length };
    });
    // Unpatched, Group.add shows each item as it is added (inside ItemSet._addItem): one forced layout per box.
    expect(appended).toEqual({ boxes: 20, whileAdding: 0 });
  });

  test('the first draw is shown at once, not 200 ms later', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('timeline-view[data-ready]')).toHaveCount(1);
    const shown = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const vis = document.querySelector('timeline-view')?.adapter?.vis;
          if (!vis) throw new Error('no vis');
          const container = document.createElement('div');
          document.body.append(container);
          const other = new vis.Timeline(container, [{ id: 1, start: Date.UTC(2011, 5, 1), content: 'one' }], {
            start: Date.UTC(2011, 0, 1),
            end: Date.UTC(2012, 0, 1),
          });
          // vis's own listener for its first `changed` event runs before this one: it shows the
          // timeline (its root's visibility) once the window is applied, or waits 200 ms unpatched.
          other.on('changed', () => resolve((other as unknown as { dom: { root: HTMLElement } }).dom.root.style.visibility));
        }),
    );
    expect(shown).toBe('visible');
  });

  test('a string given to vis is shown as text: the xss stand-in escapes it', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('timeline-view[data-ready]')).toHaveCount(1);
    const label = '<img src=x data-hole="1"><b>bold</b> & more';
    const drawn = await page.evaluate(async (content) => {
      const vis = document.querySelector('timeline-view')?.adapter?.vis;
      if (!vis) throw new Error('no vis');
      const container = document.createElement('div');
      document.body.append(container);
      const other = new vis.Timeline(container, [{ id: 1, start: Date.UTC(2011, 5, 1), content }], { start: Date.UTC(2011, 0, 1), end: Date.UTC(2012, 0, 1) });
      await new Promise((resolve) => setTimeout(resolve, 400));
      const box = container.querySelector('.vis-item-content');
      const result = { text: box?.textContent, elements: box?.querySelectorAll('img, b').length };
      other.destroy();
      return result;
    }, label);
    expect(drawn).toEqual({ text: label, elements: 0 });
  });
});
