/**
 * What a reader sees in the search page's results: legible highlights in both themes, results
 * that say what they are and when, excerpts of the claims rather than of page labels, a "Did
 * you mean" for a typo, and nothing that cannot work without JavaScript. The index itself is
 * read from `dist/pagefind/` to check what the excerpts are made of.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, serveAxe } from './support/axe.ts';
import { contrastRatio, textAndBackground } from './support/contrast.ts';

const root = resolve(import.meta.dirname, '../..');

const results = (page: Page) => page.locator('[data-search-results] > li');
const summary = (page: Page) => page.locator('[data-search-summary]');

/** The result linking to `href`, asking for more results until it is drawn or none are left. */
async function resultFor(page: Page, href: string): Promise<Locator> {
  const result = results(page).filter({ has: page.locator(`a[href="${href}"]`) });
  const more = page.getByRole('button', { name: 'Show more results' });
  while ((await result.count()) === 0 && (await more.isVisible())) await more.click();
  return result;
}

/** Every page record in the built index: its address and the text Pagefind indexed. */
function indexedPages(): { url: string; content: string }[] {
  const dir = join(root, 'dist', 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

/** The text of every content file, to tell a word glued by the page from one written so. */
function contentText(dir = join(root, 'content')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((item) => (item.isDirectory() ? contentText(join(dir, item.name)) : item.name.endsWith('.md') ? readFileSync(join(dir, item.name), 'utf8') : ''))
    .join('\n');
}

test.describe('search results', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`a highlighted term keeps AA contrast in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/search/?q=Dodson');
      const mark = page.locator('main mark').first();
      await expect(mark).toHaveText(/Dodson/i);
      const { text, background } = await textAndBackground(mark);
      const ratio = contrastRatio(text, background);
      expect(ratio, `highlight ${JSON.stringify(text)} on ${JSON.stringify(background)}`).toBeGreaterThanOrEqual(4.5);
      // The highlight still differs from the text around it.
      const around = await textAndBackground(mark.locator('xpath=..'));
      expect(background).not.toEqual(around.background);
    });
  }

  test('a result says what it is, when, and who makes the claim, in the site’s own type', async ({ page }) => {
    await page.goto('/search/?q=Dodson');
    await expect(summary(page)).toContainText(/\d+ results? for “Dodson”/);

    const event = await resultFor(page, '/entries/dodson-interviewed-on-cbs-evening-news-2011-03-03/');
    await expect(event.locator('.kind')).toHaveText('event');
    await expect(event.locator('time')).toHaveText('3 March 2011');
    await expect(event).toContainText('claimed by Joint staff report prepared for Rep. Darrell E. Issa and Sen. Charles E. Grassley');

    const statement = await resultFor(page, '/entries/dodson-says-atf-intentionally-let-guns-go-to-mexico/');
    await expect(statement.locator('.kind')).toHaveText('statement');
    await expect(statement.locator('time')).toHaveText('circa 3 March 2011');
    await expect(statement).toContainText('claimed by John Dodson');

    const actor = await resultFor(page, '/actors/john-dodson/');
    await expect(actor.locator('.kind')).toHaveText('actor');
    await expect(actor).toContainText('Person');

    const source = await resultFor(page, '/sources/cbs-news-2011-03-03-dodson-segment/');
    await expect(source.locator('.kind')).toHaveText('source');
    await expect(source.locator('time')).toHaveText('3 March 2011');
    await expect(source).toContainText('Broadcast report');
    await expect(source).toContainText('CBS News');

    // The site's type: the body's font and size, the title as the site's list titles are.
    const type = await event.evaluate((item) => {
      const font = (element: Element | null) => (element ? getComputedStyle(element) : undefined);
      const body = getComputedStyle(document.body);
      return {
        body: [body.fontFamily, body.fontSize],
        title: [font(item.querySelector('a'))?.fontFamily, font(item.querySelector('a'))?.fontWeight],
        excerpt: [font(item.querySelector('[data-excerpt]'))?.fontFamily, font(item.querySelector('[data-excerpt]'))?.fontSize],
      };
    });
    expect(type.title[0]).toBe(type.body[0]);
    expect(Number(type.title[1])).toBeGreaterThanOrEqual(600);
    expect(type.excerpt).toEqual(type.body);
  });

  test('excerpts hold the claim’s words, not the labels around them, and no words glued together', async ({ page }) => {
    const pages = indexedPages();
    const entries = pages.filter((record) => record.url.startsWith('/entries/'));
    expect(entries.length).toBeGreaterThan(100);
    const labels = /(Who says so|Claimed by|Relayed by|Published in|Actors and topics|About the date)|· (event|statement|count)\b/;
    expect(entries.filter((record) => labels.test(record.content)).map((record) => `${record.url}: ${labels.exec(record.content)?.[0]}`)).toEqual([]);

    // A lower-case letter, digit or closing mark directly followed by a capital is glue unless
    // the content itself is written so ("McCain", a source's own "theBureau").
    const written = contentText();
    const glued = pages.flatMap((record) =>
      (record.content.match(/\S*[a-z0-9)\]”][A-Z]\S*/g) ?? [])
        .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
        .filter((word) => !written.includes(word))
        .map((word) => `${record.url}: ${word}`),
    );
    expect(glued).toEqual([]);

    // And what the reader sees: no label in the excerpts of a search.
    await page.goto('/search/?q=Borderland');
    await expect(results(page).first()).toBeVisible();
    for (const excerpt of await page.locator('[data-search-results] [data-excerpt]').allInnerTexts()) expect(excerpt).not.toMatch(labels);
  });

  test('a typo gets “Did you mean …?” with the closest indexed word; a word found gets none', async ({ page }) => {
    await page.goto('/search/?q=Dodsen');
    const suggestion = page.locator('[data-search-suggestion]');
    await expect(suggestion).toHaveText('Did you mean Dodson?');
    await expect(suggestion.getByRole('link', { name: 'Dodson' })).toHaveAttribute('href', '/search/?q=Dodson');
    await suggestion.getByRole('link', { name: 'Dodson' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Dodson$/);
    await expect(page.getByRole('searchbox', { name: /Search claims/ })).toHaveValue('Dodson');
    await expect(summary(page)).toContainText(/results? for “Dodson”/);
    await expect(suggestion).toBeHidden();
  });

  test('without JavaScript no search control is shown, only the way to the timeline', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=Dodson');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.locator('main').getByText(/Filters/)).toBeHidden();
    await expect(page.locator('main details')).toBeHidden();
    await expect(page.locator('main input')).toBeHidden();
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations once results, filters and a suggestion are drawn (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await serveAxe(page);
      const rules = { runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
      const found: string[] = [];
      const check = async () =>
        found.push(
          ...(await axeViolations(page, rules)).map(
            (violation) => `${page.url()}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
          ),
        );
      await page.goto('/search/?q=Dodsen');
      await expect(page.locator('[data-search-suggestion]')).toBeVisible();
      await check();
      await page.goto('/search/?q=Dodson&kind=event');
      await expect(results(page).first()).toBeVisible();
      await expect(page.locator('input[name="kind"][value="event"]')).toBeChecked();
      await check();
      expect(found).toEqual([]);
    });
  }
});
