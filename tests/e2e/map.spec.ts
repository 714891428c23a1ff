/**
 * The map and the place pages, over the built site: every place an entry names is a mark on the
 * map, each mark is a link to its page, everything works without JavaScript, places.geojson is
 * valid GeoJSON (RFC 7946, checked against the GeoJSON project's JSON Schema), and axe finds
 * nothing on these pages in either theme.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Ajv } from 'ajv';
import { validateContentDir } from '../../src/domain/validation/index.ts';
import { axeViolations, serveAxe } from './support/axe.ts';

const root = resolve(import.meta.dirname, '../..');
const { content } = validateContentDir(join(root, 'content'), root);
const named = [...new Set(content.entries.flatMap((entry) => entry.data.places))].sort();
const ALL_RULES = { runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

test.describe('the map', () => {
  test.use({ javaScriptEnabled: false });

  test('has a mark linking to the page of every place an entry names, each once, without JavaScript', async ({ page }) => {
    expect(named.length).toBeGreaterThan(10);
    await page.goto('/map/');
    const hrefs = await page.locator('svg.place-map a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const linked = hrefs.map((href) => /\/places\/([^/]+)\/$/.exec(href)?.[1]).filter((id): id is string => id !== undefined);
    expect(new Set(linked).size, 'each place is one link').toBe(linked.length);
    expect(named.filter((id) => !linked.includes(id))).toEqual([]);
    // Names and counts for screen readers, the name drawn for everyone.
    const phoenix = page.locator('svg.place-map a[href$="/places/phoenix/"]');
    await expect(phoenix).toHaveAttribute('aria-label', /^Phoenix: \d+ entries$/);
    await expect(phoenix.locator('text')).toHaveText('Phoenix');
    await phoenix.click();
    await expect(page).toHaveURL(/\/places\/phoenix\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phoenix');
  });

  test('a place page lists its entries in time order, its record and its neighbours, and entries link back', async ({ page }) => {
    await page.goto('/places/naco-sonora/');
    await expect(page.getByText('GeoNames 3995171')).toHaveAttribute('href', 'https://www.geonames.org/3995171');
    const dates = await page.locator('.entry-list time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort()).toEqual(dates);
    await expect(page.getByRole('heading', { name: 'Nearby places' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="nearby-heading"] a').first()).toHaveText('Bisbee');
    const entry = content.entries.find((item) => item.data.places.includes('naco-sonora'));
    await page.goto(`/entries/${entry?.id}/`);
    await expect(page.locator('ul[aria-labelledby="places-label"] a', { hasText: 'Naco, Sonora' })).toHaveAttribute('href', '/places/naco-sonora/');
  });
});

test('places.geojson is an RFC 7946 FeatureCollection with a point for every place', async ({ request }) => {
  const response = await request.get('/data/places.geojson');
  const collection = (await response.json()) as { type: string; features: { id: string; geometry: { coordinates: [number, number] } }[] };
  const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('geojson-schema/FeatureCollection.json'), 'utf8')) as object;
  const validate = new Ajv({ strict: false }).compile(schema);
  expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
  expect(collection).not.toHaveProperty('crs');
  expect(collection.features.map((feature) => feature.id).sort()).toEqual(content.places.map((place) => place.id).sort());
  const byId = new Map(content.places.map((place) => [place.id, place.data.coordinates]));
  for (const feature of collection.features) {
    const coordinates = byId.get(feature.id);
    expect(feature.geometry.coordinates).toEqual([coordinates?.longitude, coordinates?.latitude]);
  }
});

test('the timeline’s details name each entry’s places', async ({ request }) => {
  const details = (await (await request.get('/timeline-details.json')).json()) as {
    entries: Record<string, { places?: string[] }>;
    places?: Record<string, string>;
  };
  const entry = content.entries.find((item) => item.data.places.includes('phoenix'));
  expect(details.entries[entry?.id ?? '']?.places).toContain('phoenix');
  expect(details.places?.['phoenix']).toBe('Phoenix');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('finds nothing on the map, the places index and two place pages', async ({ page }) => {
      await serveAxe(page);
      const found: string[] = [];
      for (const path of ['/map/', '/places/', '/places/phoenix/', '/places/arizona/']) {
        await page.goto(path);
        for (const violation of await axeViolations(page, ALL_RULES))
          found.push(`${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
      expect(found).toEqual([]);
    });
  });
}
