import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { checkCompleteness, searchIndexUrls } from '../../scripts/checks/lib/completeness.ts';
import { ENTRY_COLUMNS, entryRows } from '../../src/site/data/csv.ts';
import type { EntryRecord, PlaceRecord } from '../../src/site/data/schemas.ts';
import { validateContentDir } from '../../src/domain/validation/index.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const { content } = validateContentDir(join(root, 'content'), root);
const readDist = (path: string) => readFileSync(join(dist, path), 'utf8');

test.describe('completeness of the built site', () => {
  test('every entry is in the search index, entries.json, entries.csv and the sitemap', () => {
    const { problems, items } = checkCompleteness(dist, content);
    expect(problems).toEqual([]);
    expect(items).toBe(content.entries.length + content.actors.length + content.sources.length + content.topics.length);
    const jsonIds = (JSON.parse(readDist('data/entries.json')) as { entries: EntryRecord[] }).entries.map((entry) => entry.id);
    expect(new Set(jsonIds).size).toBe(content.entries.length);
  });

  test('actors, sources and topics are searchable too', () => {
    const indexed = searchIndexUrls(dist);
    const missing = (['actors', 'sources', 'topics'] as const).flatMap((collection) =>
      content[collection].map((document) => `/${collection}/${document.id}/`).filter((path) => !indexed.has(path)),
    );
    expect(missing).toEqual([]);
  });
});

test.describe('data files', () => {
  test('each JSON file validates against its published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const name of ['entries', 'sources', 'actors', 'conflicts', 'places']) {
      const schema = JSON.parse(readDist(`data/schema/${name}.schema.json`));
      const data = JSON.parse(readDist(`data/${name}.json`));
      const validate = ajv.compile(schema);
      const valid = validate(data);
      expect(validate.errors ?? [], `${name}.json`).toEqual([]);
      expect(valid).toBe(true);
      expect(data.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
      expect(data.licence.content).toBe('CC-BY-4.0');
    }
  });

  test('the JSON Schema rejects a malformed file, so the check above can fail', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readDist('data/schema/entries.schema.json')));
    const data = JSON.parse(readDist('data/entries.json'));
    data.entries[0].kind = 'rumour';
    expect(validate(data)).toBe(false);
  });

  test('entries.csv parses back to the same rows as entries.json and places.json', () => {
    const { entries } = JSON.parse(readDist('data/entries.json')) as { entries: EntryRecord[] };
    const { places } = JSON.parse(readDist('data/places.json')) as { places: PlaceRecord[] };
    const rows = parseCsv(readDist('data/entries.csv'), { relax_quotes: false }) as string[][];
    expect(rows[0]).toEqual([...ENTRY_COLUMNS]);
    expect(rows.slice(1)).toEqual(entryRows(entries, places));
    const quotes = rows.slice(1).map((row) => row[ENTRY_COLUMNS.indexOf('quotes')]);
    expect(quotes.some((quote) => quote?.includes('“'))).toBe(true);
  });

  test('counts.csv has one row per count entry', () => {
    const rows = parseCsv(readDist('data/counts.csv'), { columns: true }) as { id: string; stated: string }[];
    const counts = content.entries.filter((entry) => entry.data.kind === 'count');
    expect(rows.map((row) => row.id).sort()).toEqual(counts.map((entry) => entry.id).sort());
  });

  test('BibTeX and RIS bundles parse with independent parsers, one record per source', async () => {
    const bib = parseBibtex(readDist('data/sources.bib'));
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((entry) => entry.key).sort()).toEqual(content.sources.map((source) => source.id).sort());
    const ris = await Cite.async(readDist('data/sources.ris'), { forceType: '@ris/file' });
    expect(ris.data).toHaveLength(content.sources.length);
    expect(ris.data.map((item: { title?: string }) => item.title).sort()).toEqual(content.sources.map((source) => source.data.title).sort());
    const csl = JSON.parse(readDist('data/sources.csl.json')) as { id: string; issued: unknown }[];
    expect(csl.map((item) => item.id).sort()).toEqual(content.sources.map((source) => source.id).sort());
  });

  test('the feed, robots.txt and entry JSON-LD are published', () => {
    expect(readDist('rss.xml')).toContain('<item>');
    expect(readDist('robots.txt')).toMatch(/^Sitemap: .*sitemap-index\.xml$/m);
    const html = readDist('entries/pgr-says-500-us-federal-agents-in-mexico/index.html');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null');
    expect(jsonLd['@type']).toBe('Claim');
    expect(jsonLd.appearance[0].text).toContain('500 U.S. federal agents');
  });
});

test.describe('search in the browser', () => {
  const summary = (page: Page) => page.locator('[data-search-summary]');
  const count = async (page: Page) => Number((await summary(page).innerText()).match(/([\d,]+) results?/)?.[1]?.replace(/,/g, ''));

  test('"Dodson" finds the ATF agent\'s account; filtering by ATF narrows; reload restores both', async ({ page }) => {
    // Filter indexes load when the reader opens the filters, not with the search (src/browser/search/search-page.ts).
    const filterIndexes: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/filter/')) filterIndexes.push(request.url());
    });
    await page.goto('/search/?q=Dodson');
    await expect(summary(page)).toContainText(/\d+ results? for “Dodson”/);
    await expect(page.locator('[data-search-fallback]')).toBeHidden();
    // The index itself returns the account, through Pagefind's own JS API.
    const urls = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const search = await pagefind.search('Dodson');
      return Promise.all(search.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url));
    });
    expect(urls).toContain('/entries/dodson-says-atf-intentionally-let-guns-go-to-mexico/');
    await expect(page.locator('[data-search-results] a[href^="/entries/"]').first()).toContainText('Dodson');
    const before = await count(page);
    await page.waitForLoadState('networkidle');
    expect(filterIndexes).toEqual([]);

    await page.locator('[data-search-filters] > summary').click();
    await page.locator('details[data-filter-name="actor"] summary').click();
    expect(filterIndexes.length).toBeGreaterThan(0);
    await page.locator('input[name="actor"][value="ATF"]').check();
    await expect(page).toHaveURL(/[?&]actor=ATF\b/);
    await expect(summary(page)).toContainText('with 1 filter');
    const after = await count(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await expect(page.locator('input[name="actor"][value="ATF"] + span [data-filter-count]')).toHaveText(`(${after})`);
    // A value in none of the results is not offered.
    await expect(page.locator('input[name="actor"][value="AFP"]')).toBeHidden();
    await expect(page.locator('input[name="actor"][value="CBS News"]')).toBeVisible();

    await page.reload();
    await expect(summary(page)).toContainText(`${after} result`);
    // The address names a filter: the filters are open and show it checked.
    await expect(page.locator('[data-search-filters]')).toHaveAttribute('open', '');
    await expect(page.getByRole('searchbox', { name: /Search claims/ })).toHaveValue('Dodson');
    await expect(page.locator('input[name="actor"][value="ATF"]')).toBeChecked();
  });

  test('values of one filter are alternatives, each counted under the other filters', async ({ page }) => {
    await page.goto('/search/?q=agents&kind=event');
    await expect(summary(page)).toContainText('with 1 filter');
    const events = await count(page);
    const statements = page.locator('input[name="kind"][value="statement"]');
    const added = Number((await statements.locator('+ span [data-filter-count]').innerText()).match(/\d+/)?.[0]);
    expect(added).toBeGreaterThan(0);
    await statements.check();
    await expect(summary(page)).toContainText('with 2 filters');
    expect(await count(page)).toBe(events + added);
    await expect(page).toHaveURL(/kind=event&kind=statement/);
  });

  test('the header search field leads to the search page with the query', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('Bowden');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Bowden$/);
    await expect(page.locator('[data-search-results]')).toContainText('Bowden');
  });

  test('without JavaScript the search page says so and links to the timeline list', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'the timeline' })).toHaveAttribute('href', '/timeline/');
    await context.close();
  });

  test('the search page runs Pagefind’s own JS API, unchanged, and little JavaScript of its own', async ({ page }, testInfo) => {
    const scripts: Promise<{ path: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) scripts.push(response.body().then((body) => ({ path, bytes: gzipSync(body).length })));
    });
    await page.goto('/search/?q=Dodson');
    await expect(summary(page)).toContainText('results for');
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(scripts);
    const paths = files.map((file) => file.path);
    expect(paths).toContain('/pagefind/pagefind.js');
    expect(paths.filter((path) => /pagefind-(component-)?ui/.test(path))).toEqual([]);
    const own = files.filter((file) => file.path.startsWith('/_astro/'));
    const ownBytes = own.reduce((sum, file) => sum + file.bytes, 0);
    const report = `search page JavaScript, gzipped: ${files.map((file) => `${file.path} ${(file.bytes / 1024).toFixed(1)} KB`).join(', ')}`;
    console.log(report);
    testInfo.annotations.push({ type: 'size', description: report });
    expect(ownBytes, report).toBeLessThanOrEqual(10 * 1024);
  });
});
