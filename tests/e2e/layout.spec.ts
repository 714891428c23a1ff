/**
 * Layout that a reader notices between pages: words that run together where elements meet, the
 * header's height from page to page, topic cards, and what a printed page keeps.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitePages, pathForPage } from '../../scripts/checks/lib/dist.ts';

const dist = resolve(import.meta.dirname, '../../dist');

/**
 * Text that touches a link with no space where a reader expects one: "(CC BY 4.0).Quoted",
 * "BibTeX ·RIS". Astro drops whitespace that holds a line break next to an element, so a
 * separator written at the end of a line loses its space.
 */
const RUN_TOGETHER = /[\p{L}\p{N}.,;:·]<a\s|<\/a>[.,;:·]?[\p{L}\p{N}·]/u;

/** The home page is being rewritten elsewhere (issue 23); it has "people) ·<a" until then. */
const REWRITTEN_ELSEWHERE = new Set(['/']);

test('no page runs a word, a full stop or a separator into a link', () => {
  const found: string[] = [];
  for (const file of sitePages(dist)) {
    const path = pathForPage(file);
    if (REWRITTEN_ELSEWHERE.has(path)) continue;
    const html = readFileSync(resolve(dist, file), 'utf8');
    const body = html.slice(html.indexOf('<body'));
    const match = RUN_TOGETHER.exec(body);
    if (match) found.push(`${path}: …${body.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
  }
  expect(found).toEqual([]);
});

test('the licence line and the citation formats read with their spaces', async ({ page }) => {
  await page.goto('/data/');
  await expect(page.locator('main')).toContainText('(CC BY 4.0). Quoted passages');
  await expect(page.locator('main')).toContainText('BibTeX · RIS · CSL-JSON');
  await page.goto('/sources/doj-oig-2012-09-review-of-fast-and-furious/');
  await expect(page.locator('main')).toContainText('Cite this source: BibTeX · RIS · CSL-JSON');
});

/** A page of each kind, and the pages whose header wrapped at 1366 px (issue 23). */
const PAGE_KINDS = [
  '/',
  '/timeline/',
  '/conflicts/',
  '/methodology/',
  '/search/',
  '/data/',
  '/topics/',
  '/entries/pgr-says-500-us-federal-agents-in-mexico/',
  '/sources/doj-oig-2012-09-review-of-fast-and-furious/',
  '/actors/dea/',
];

/** The header's height, and whether its name, links and search field share one row. */
async function headerShape(page: import('@playwright/test').Page): Promise<{ height: number; oneRow: boolean }> {
  return page.evaluate(() => {
    const box = (selector: string) => (document.querySelector(selector) as Element).getBoundingClientRect();
    const [name, nav, search] = [box('.site-name'), box('.site-header nav'), box('.site-search')];
    const overlaps = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;
    return { height: box('.site-header').height, oneRow: overlaps(name, nav) && overlaps(nav, search) && overlaps(name, search) };
  });
}

for (const width of [1366, 390]) {
  test(`the header has the same height on every kind of page at ${width} px${width === 1366 ? ', in one row' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const heights = new Map<string, number>();
    for (const path of PAGE_KINDS) {
      await page.goto(path);
      const shape = await headerShape(page);
      heights.set(path, shape.height);
      if (width === 1366) expect(shape.oneRow, `${path}: name, links and search in one row`).toBe(true);
    }
    expect(new Set(heights.values()), JSON.stringify(Object.fromEntries(heights))).toHaveProperty('size', 1);
  });
}

test('at 1366 px the header keeps one row with another link in it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto('/methodology/');
  const before = await headerShape(page);
  expect(before.oneRow).toBe(true);
  await page.evaluate(() => {
    const list = document.querySelector('.site-header nav ul') as HTMLUListElement;
    const item = list.lastElementChild?.cloneNode(true) as HTMLLIElement;
    const link = item.querySelector('a') as HTMLAnchorElement;
    link.textContent = 'Map';
    link.dataset.label = 'Map';
    link.removeAttribute('aria-current');
    list.append(item);
  });
  expect(await headerShape(page)).toEqual(before);
});

test('marking the current page moves no link of the header', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  const positions = async () => page.locator('.site-header nav a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().left)));
  await page.goto('/timeline/');
  const onTimeline = await positions();
  await page.goto('/methodology/');
  expect(await positions()).toEqual(onTimeline);
});

test('topic cards start at their top, and their headings break only where a line is full', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto('/topics/');
  const cards = await page.locator('.card-grid > .card').evaluateAll((items) =>
    items.map((card) => {
      const heading = card.querySelector('h2, h3') as HTMLElement;
      const padding = parseFloat(getComputedStyle(card).paddingTop) + parseFloat(getComputedStyle(card).borderTopWidth);
      // Each word's box; a break is early when the next line's first word would have fitted on the line before.
      const text = heading.querySelector('a')?.firstChild as Text;
      const words: { left: number; right: number; top: number }[] = [];
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const { left, right, top } = range.getBoundingClientRect();
        words.push({ left, right, top: Math.round(top) });
      }
      const space = 6;
      const contentRight = heading.getBoundingClientRect().right;
      const earlyBreaks = words.filter((word, index) => {
        const previous = words[index - 1];
        return previous && word.top > previous.top && previous.right + space + (word.right - word.left) <= contentRight;
      });
      return {
        title: heading.textContent?.trim(),
        gapAtTop: heading.getBoundingClientRect().top - card.getBoundingClientRect().top - padding,
        earlyBreaks: earlyBreaks.length,
      };
    }),
  );
  expect(cards.length).toBeGreaterThan(3);
  for (const card of cards) {
    expect(card.gapAtTop, card.title).toBeLessThan(2);
    expect(card.earlyBreaks, card.title).toBe(0);
  }
});

test('at 390 px a table wider than the screen scrolls from the keyboard: a named region that takes focus', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  let wide = 0;
  for (const path of ['/data/', '/map/', '/actors/dea/']) {
    await page.goto(path);
    for (const box of await page.locator('table').evaluateAll((tables) =>
      tables.map((table) => {
        const parent = table.parentElement as HTMLElement;
        // A <section> with a name is a region.
        const named = parent.localName === 'section' && parent.hasAttribute('aria-label');
        return {
          wider: table.scrollWidth > parent.clientWidth + 1,
          role: parent.getAttribute('role') ?? (named ? 'region' : null),
          name: parent.getAttribute('aria-label'),
          tabIndex: parent.tabIndex,
        };
      }),
    )) {
      if (!box.wider) continue;
      wide += 1;
      expect(box, path).toEqual({ wider: true, role: 'region', name: expect.any(String) as unknown as string, tabIndex: 0 });
    }
  }
  expect(wide, 'some table is wider than a phone (so the check above checked something)').toBeGreaterThan(0);
  // Focused, the arrow keys scroll it.
  await page.goto('/data/');
  const region = page.locator('.table-scroll').first();
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test.describe('print', () => {
  /** Whether each element a selector finds is drawn, and the text printed after each outside link. */
  const printed = (page: import('@playwright/test').Page, selector: string) =>
    page.locator(selector).evaluateAll((elements) => elements.map((element) => (element as HTMLElement).checkVisibility()));
  const addressesAfterLinks = (page: import('@playwright/test').Page) =>
    page
      .locator('main a[href^="http"]')
      .evaluateAll((links) =>
        links.map((link) => ({ href: (link as HTMLAnchorElement).href, text: link.textContent?.trim(), after: getComputedStyle(link, '::after').content })),
      );

  for (const scheme of ['light', 'dark'] as const) {
    test(`an entry page prints its content, its sources' addresses and no control (${scheme} system theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/entries/accounts-say-five-men-abducted-camarena/');
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      for (const selector of ['h1', 'main blockquote.quote', '.site-name']) expect(await printed(page, selector), selector).toContain(true);
      for (const selector of ['.site-search', '.site-search input', 'button', '.site-header nav', '.pager-nav'])
        expect(await printed(page, selector), selector).not.toContain(true);
      // The entry's own address is written out once, beside its link.
      expect(await printed(page, '.copy-link__address')).toEqual([true]);
      const links = (await addressesAfterLinks(page)).filter((link) => link.text !== 'Link to this entry');
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        // A link into a document at its quoted passage prints the document's address, without the passage's fragment.
        const address = link.href.split('#:~:')[0] as string;
        expect(link.after, link.text).toContain(address.replace(/\/$/, ''));
        expect(link.after, link.text).not.toContain(':~:text=');
      }
      // Print's colours are the light theme's: dark text on white.
      expect(await page.locator('body').evaluate((body) => getComputedStyle(body).color)).toBe('rgb(0, 0, 0)');
    });
  }

  test('a source page prints its copies’ addresses, and does not repeat an address that is the link’s text', async ({ page }) => {
    await page.goto('/sources/gao-09-709/');
    await page.emulateMedia({ media: 'print' });
    const links = await addressesAfterLinks(page);
    expect(links.filter((link) => link.text?.startsWith('Copy at ')).length).toBeGreaterThan(0);
    expect(links.filter((link) => link.text === link.href).length).toBe(1);
    for (const link of links) {
      if (link.text === link.href || link.text === link.href.replace(/\/$/, '')) expect(link.after, link.href).toBe('none');
      else expect(link.after, link.href).toContain(link.href);
    }
    expect(await printed(page, '.site-search')).toEqual([false]);
    expect(await printed(page, '.archived-text')).toEqual([true]);
  });

  test('the search page prints without its search field and filters', async ({ page }) => {
    await page.goto('/search/?q=Terry');
    await page.locator('[data-search-results] a').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['[data-search-form]', '.search-filters', '.site-search']) expect(await printed(page, selector), selector).not.toContain(true);
    expect(await printed(page, '[data-search-results]')).toEqual([true]);
  });
});
