/**
 * Layout that a reader notices between pages: words that run together where elements meet, the
 * header's height from page to page, topic cards, and what a printed page keeps.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlPages, pathForPage } from '../../scripts/checks/lib/dist.ts';

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
  for (const file of htmlPages(dist)) {
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
