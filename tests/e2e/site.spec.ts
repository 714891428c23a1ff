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
  // One chart per measure counted of this actor, each with its own table.
  const charts = page.locator('figure.count-chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(1);
  const tables = page.locator('figure.count-chart + .table-scroll');
  for (let index = 0; index < (await charts.count()); index++) {
    await expect(charts.nth(index).locator('svg[role="group"]')).toHaveCount(1);
    const marks = await charts.nth(index).locator('.mark').count();
    expect(marks).toBeGreaterThanOrEqual(1);
    expect(await tables.nth(index).locator('tbody tr').count()).toBe(marks);
  }
  expect(await page.locator('figure.count-chart .mark').count()).toBeGreaterThanOrEqual(3);
  await context.close();
});
