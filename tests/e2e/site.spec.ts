import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { validateContentDir } from '../../src/domain/validation/index.ts';

const root = resolve(import.meta.dirname, '../..');
const { content } = validateContentDir(resolve(root, 'content'), root);

/** Every internal page reachable from the home page by following links, with the status of each. */
async function crawl(request: import('@playwright/test').APIRequestContext): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    const response = await request.get(path);
    seen.set(path, response.status());
    if (!response.ok() || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const match of html.matchAll(/href="([^"#]*)(?:#[^"]*)?"/g)) {
      const href = match[1] as string;
      if (href === '' || /^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
      const target = new URL(href, `http://site${path}`).pathname;
      if (!seen.has(target) && !queue.includes(target)) queue.push(target);
    }
  }
  return seen;
}

test('every entry, actor, source and topic has a page reachable from the home page, and no internal link is broken', async ({ request }) => {
  // Some 2,500 addresses, each fetched once.
  test.setTimeout(180_000);
  const pages = await crawl(request);
  const broken = [...pages].filter(([, status]) => status !== 200).map(([path, status]) => `${path} (${status})`);
  expect(broken).toEqual([]);
  const missing: string[] = [];
  for (const [collection, documents] of Object.entries(content)) {
    for (const document of documents) {
      const path = `/${collection}/${document.id}/`;
      if (!pages.has(path)) missing.push(path);
    }
  }
  expect(missing).toEqual([]);
  expect(content.entries.length).toBeGreaterThan(0);
});

test('an entry page shows the claim, its quote, its source and where sources disagree', async ({ page }) => {
  await page.goto('/entries/pgr-says-500-us-federal-agents-in-mexico/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PGR officials say 500 U.S. federal agents are in Mexico');
  await expect(page.getByRole('heading', { name: 'Sources disagree' })).toBeVisible();
  await expect(page.locator('blockquote.quote')).toContainText('revealed the presence of 500 U.S. federal agents');
  await expect(page.getByRole('link', { name: /Borderland Beat report/ }).first()).toHaveAttribute(
    'href',
    '/sources/borderland-beat-2011-04-19-virtual-invasion/',
  );
  await expect(page.locator('.quantity-box')).toContainText('as stated: “500”');
});

test('a source page highlights every quoted passage and links it to the claim', async ({ page }) => {
  await page.goto('/sources/ap-2011-us-law-enforcement-in-mexico/');
  const marks = page.locator('.archived-text mark.quoted');
  expect(await marks.count()).toBeGreaterThan(5);
  const citing = page.locator('.entry-list > li');
  expect(await citing.count()).toBeGreaterThan(5);
  await expect(page.locator('.archived-text sup a').first()).toHaveAttribute('href', /^\/entries\//);
});

test('an actor with counts has a chart drawn without JavaScript and an equivalent table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/actors/us-federal-government/');
  // One chart per measure counted of this actor, each drawn at a desktop and a phone width, with its own table.
  const charts = page.locator('figure.count-chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(1);
  const tables = page.locator('figure.count-chart + details.chart-table');
  for (let index = 0; index < (await charts.count()); index++) {
    await expect(charts.nth(index).locator('svg.chart-wide[role="group"]')).toHaveCount(1);
    await expect(charts.nth(index).locator('svg.chart-narrow[role="group"]')).toHaveCount(1);
    const marks = await charts.nth(index).locator('svg.chart-wide .mark').count();
    expect(marks).toBeGreaterThanOrEqual(1);
    expect(await tables.nth(index).locator('tbody tr').count()).toBe(marks);
  }
  expect(await page.locator('figure.count-chart svg.chart-wide .mark').count()).toBeGreaterThanOrEqual(3);
  // The value axis ends at a round number just above the data (999 at most: 1,000, not 2,000).
  await expect(page.locator('#chart-agents-in-mexico-wide-title')).toHaveCount(1);
  const top = await page.locator('svg:has(#chart-agents-in-mexico-wide-title) .axis text').allTextContents();
  expect(top).toContain('1,000');
  expect(top).not.toContain('2,000');
  await context.close();
});

test('a story step is a page of its own: its place in the story, rel=prev/next, a locator, no script needed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/topics/fast-and-furious/');
  await page.getByRole('link', { name: 'Start the story' }).click();
  await expect(page).toHaveURL(/\/topics\/fast-and-furious\/story\/[a-z0-9-]+\/$/);
  await expect(page.locator('.story-context')).toContainText('step 1 of');
  await expect(page.locator('link[rel="prev"]')).toHaveCount(0);
  const next = await page.locator('link[rel="next"]').getAttribute('href');
  await page.locator('a[rel="next"]').first().click();
  expect(new URL(page.url()).pathname).toBe(next);
  await expect(page.locator('.story-context')).toContainText('step 2 of');
  await expect(page.locator('link[rel="prev"]')).toHaveCount(1);
  await expect(page.locator('.story-locator svg[role="img"]')).toHaveAttribute('aria-label', /^Step 2 of \d+, /);
  await expect(page.locator('.evidence blockquote').first()).toBeVisible();
  await context.close();
});

test('the conflicts page lists contradictions first, each disagreement once, each with a line saying what differs', async ({ page }) => {
  await page.goto('/conflicts/');
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.indexOf('Contradictions: claims that cannot both be true')).toBeLessThan(headings.indexOf('Different figures that could both hold'));
  const lines = await page.locator('.conflict-line').allTextContents();
  expect(new Set(lines).size).toBe(lines.length);
  expect(lines.join('\n')).not.toContain('An editor marked these claims');
  // The PGR's "500" and "about 500" against the AP's "several hundred" is one disagreement.
  expect(lines.filter((line) => line.includes('several hundred U.S. agents (read as 200 to 999)'))).toHaveLength(1);
  // Morton's planned 40 is compared with no head-count.
  expect(lines.join('\n')).not.toContain('(planned)');
});
