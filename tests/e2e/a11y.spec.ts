/**
 * Accessibility: axe (WCAG 2.0, 2.1 and 2.2 A and AA rules).
 *
 * - Light theme: every page of the sitemap, every rule. One test per slice of pages, run in
 *   parallel across the workers, so failures name their pages.
 * - Dark theme: the colour rules (`color-contrast`, `link-in-text-block`) on the pages that
 *   together hold every styling context of the site (`coverPages`, scripts/checks/lib/style-cover.ts):
 *   the timeline and search pages, whose content is drawn by script, and then as few pages as
 *   contain every chain of tags, classes and styled attributes that any page has. The themes
 *   differ only in custom-property values, so an element styled by the same selectors as one
 *   already checked gets the same verdict; the first test proves the premise (no positional
 *   selectors, no inline styles) on the built site.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { RunOptions } from 'axe-core';
import { sitePages, listFiles, pathForPage } from '../../scripts/checks/lib/dist.ts';
import { coverPages, positionalSelectors, styleContexts, styledAttributes } from '../../scripts/checks/lib/style-cover.ts';
import { axeViolations, serveAxe } from './support/axe.ts';

const ALL_RULES: Pick<RunOptions, 'runOnly'> = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
const COLOUR_RULES: Pick<RunOptions, 'runOnly'> = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } };
const LIGHT_SLICES = 8;
/** Pages whose content is drawn by script after load: always checked in both themes. */
const SCRIPTED = ['/timeline/', '/search/'];

const dist = resolve(import.meta.dirname, '../../dist');

/** Site paths from the built sitemap (`<loc>` URLs reduced to their paths). */
function sitemapPaths(): string[] {
  const index = readFileSync(resolve(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname);
  return sitemaps.flatMap((sitemap) =>
    [...readFileSync(resolve(dist, `.${sitemap}`), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname),
  );
}

const paths = sitemapPaths();
/** The site's own style sheets: every page's but those of the scripted pages' libraries. */
const siteCss = listFiles(dist)
  .filter((file) => file.startsWith('_astro/') && file.endsWith('.css') && !file.includes('vis-timeline'))
  .map((file) => readFileSync(resolve(dist, file), 'utf8'))
  .join('\n');
const styled = styledAttributes(
  listFiles(dist)
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(resolve(dist, file), 'utf8'))
    .join('\n'),
);
const contexts = new Map(sitePages(dist).map((file) => [pathForPage(file), styleContexts(readFileSync(resolve(dist, file), 'utf8'), styled)]));
const darkCover = coverPages(contexts, SCRIPTED);

async function violations(page: Page, path: string, rules: Pick<RunOptions, 'runOnly'>): Promise<string[]> {
  await page.goto(path, { waitUntil: 'load' });
  // The timeline and search draw after load; check what the reader sees once they have.
  if (path.endsWith('/timeline/'))
    await page
      .locator('timeline-view[data-ready], timeline-view .vis-timeline')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
  return (await axeViolations(page, rules)).map(
    (violation) =>
      `${path}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

test.describe.configure({ mode: 'parallel' });

test('axe run this way reports a violation, so a clean pass means something', async ({ page }) => {
  await serveAxe(page);
  await page.goto('/');
  // A low-contrast paragraph and an image without a text alternative, added to a real page.
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Barely visible';
    // Set through the CSSOM, which the Content Security Policy allows (a style attribute it would not).
    paragraph.style.color = '#eeeeee';
    document.querySelector('main')?.append(paragraph, document.createElement('img'));
  });
  const ids = (await axeViolations(page, ALL_RULES)).map((violation) => violation.id);
  expect(ids).toContain('image-alt');
  expect(ids).toContain('color-contrast');
});

test('the sitemap lists the pages to check, and the dark pass’s premise holds on the built site', () => {
  expect(paths.length).toBeGreaterThan(100);
  for (const path of SCRIPTED) expect(paths).toContain(path);
  // Styles decided by position or inline would break the argument for the dark pass's cover.
  expect(positionalSelectors(siteCss)).toEqual([]);
  for (const [path] of contexts)
    expect(readFileSync(resolve(dist, `.${path}${path.endsWith('/') ? 'index.html' : ''}`), 'utf8'), path).not.toMatch(/<[a-z][^>]*\sstyle=/i);
  // Every page of the sitemap was read for contexts, and the cover holds all of them.
  for (const path of paths) expect(contexts.has(path), path).toBe(true);
  const covered = new Set(darkCover.pages.flatMap((path) => [...(contexts.get(path) ?? [])]));
  expect(covered.size).toBe(darkCover.contexts);
  console.log(`dark theme: ${darkCover.pages.length} of ${contexts.size} pages hold all ${darkCover.contexts} styling contexts`);
});

for (let slice = 0; slice < LIGHT_SLICES; slice++) {
  test(`axe finds no violations, light theme, pages slice ${slice + 1} of ${LIGHT_SLICES}`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await serveAxe(page);
    const failures: string[] = [];
    for (const path of paths.filter((_, index) => index % LIGHT_SLICES === slice)) {
      failures.push(...(await violations(page, path, ALL_RULES)));
    }
    expect(failures).toEqual([]);
  });
}

test('axe finds no colour violations in the dark theme, on the pages that hold every styling context', async ({ page }) => {
  test.setTimeout(600_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await serveAxe(page);
  const failures: string[] = [];
  for (const path of darkCover.pages) failures.push(...(await violations(page, path, COLOUR_RULES)));
  expect(failures).toEqual([]);
});
