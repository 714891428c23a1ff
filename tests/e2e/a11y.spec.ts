/**
 * Accessibility: axe (WCAG 2.0, 2.1 and 2.2 A and AA rules) on every page of the sitemap, in the
 * light and the dark theme. One test per theme and slice of pages, so failures name their pages.
 * The themes differ only in colours (the dark theme is a set of custom properties under
 * `prefers-color-scheme: dark`), so the dark pass runs the rules that depend on colour; the
 * light pass runs them all. That halves a run that otherwise takes most of the test budget.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const SLICES = 8;

/** Site paths from the built sitemap (`<loc>` URLs reduced to their paths). */
function sitemapPaths(): string[] {
  const dist = resolve(import.meta.dirname, '../../dist');
  const index = readFileSync(resolve(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname);
  return sitemaps.flatMap((sitemap) =>
    [...readFileSync(resolve(dist, `.${sitemap}`), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname),
  );
}

const paths = sitemapPaths();

test('the sitemap lists the pages to check', () => {
  expect(paths.length).toBeGreaterThan(100);
  expect(paths).toContain('/timeline/');
  expect(paths).toContain('/search/');
});

for (const scheme of ['light', 'dark'] as const) {
  for (let slice = 0; slice < SLICES; slice++) {
    test(`axe finds no violations, ${scheme} theme, pages slice ${slice + 1} of ${SLICES}`, async ({ page }) => {
      test.setTimeout(600_000);
      await page.emulateMedia({ colorScheme: scheme });
      const failures: string[] = [];
      for (const path of paths.filter((_, index) => index % SLICES === slice)) {
        await page.goto(path, { waitUntil: 'load' });
        // The timeline and search draw after load; check what the reader sees once they have.
        if (path.endsWith('/timeline/')) await page.locator('timeline-view[data-ready], timeline-view .vis-timeline').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
        const axe = scheme === 'dark' ? new AxeBuilder({ page }).withRules(COLOUR_RULES) : new AxeBuilder({ page }).withTags(TAGS);
        const results = await axe.analyze();
        for (const violation of results.violations) {
          failures.push(`${path}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
}
