/**
 * Sharing a page: its Open Graph and Twitter tags, the picture each page names (drawn at build
 * time, src/integrations/og-images.ts), and the entry pages' link to copy.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitePages, pathForPage } from '../../scripts/checks/lib/dist.ts';

const dist = resolve(import.meta.dirname, '../../dist');

/** The width and height a PNG's header gives, or undefined for a file that is no PNG. */
function pngSize(file: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!file.subarray(0, 8).equals(signature) || file.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

const meta = (html: string, attribute: 'property' | 'name', key: string) => new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];

test('every page names its own 1200 × 630 picture, drawn at build time, as a large Twitter card', () => {
  const problems: string[] = [];
  /** Picture hashes by page kind and title: pages with different titles must not share one. */
  const byTitle = new Map<string, string>();
  const pages = sitePages(dist);
  for (const file of pages) {
    const path = pathForPage(file);
    const html = readFileSync(resolve(dist, file), 'utf8');
    const image = meta(html, 'property', 'og:image');
    const title = meta(html, 'property', 'og:title');
    if (!image || !title) {
      problems.push(`${path}: no og:image or og:title`);
      continue;
    }
    if (meta(html, 'name', 'twitter:card') !== 'summary_large_image') problems.push(`${path}: twitter:card is not summary_large_image`);
    if (!meta(html, 'name', 'twitter:image:alt')) problems.push(`${path}: no twitter:image:alt`);
    const alt = meta(html, 'property', 'og:image:alt') ?? '';
    if (!alt.includes(title)) problems.push(`${path}: og:image:alt "${alt}" does not give the title "${title}"`);
    if (meta(html, 'property', 'og:image:width') !== '1200' || meta(html, 'property', 'og:image:height') !== '630') problems.push(`${path}: no size`);
    const imageFile = resolve(dist, `.${new URL(image).pathname}`);
    if (!existsSync(imageFile)) {
      problems.push(`${path}: ${image} was not drawn`);
      continue;
    }
    const png = readFileSync(imageFile);
    const size = pngSize(png);
    if (size?.width !== 1200 || size.height !== 630) problems.push(`${path}: ${image} is ${JSON.stringify(size)}, not a 1200 × 630 PNG`);
    byTitle.set(`${path.split('/')[1]} ${title}`, createHash('sha256').update(png).digest('hex'));
  }
  expect(problems).toEqual([]);
  expect(pages.length).toBeGreaterThan(300);
  // As many different pictures as different titles: each is drawn with its page's own.
  expect(new Set(byTitle.values()).size).toBe(byTitle.size);
});

for (const path of ['/entries/pgr-says-500-us-federal-agents-in-mexico/', '/sources/doj-oig-2012-09-review-of-fast-and-furious/', '/timeline/', '/']) {
  test(`${path} shares a picture the site serves`, async ({ page, request }) => {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/og\/.+\.png$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/);
    const response = await request.get(new URL(image as string).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
}

test('an entry page offers its link to copy, without JavaScript', async ({ browser }) => {
  const path = '/entries/pgr-says-500-us-federal-agents-in-mexico/';
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(new RegExp(`${path}$`));
  await expect(page.getByRole('link', { name: 'Link to this entry' })).toHaveAttribute('href', canonical as string);
  const address = page.locator('.copy-link__address');
  await expect(address).toHaveText(canonical as string);
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  await context.close();
});

test('one click on the entry’s address selects all of it, ready to copy', async ({ page }) => {
  await page.goto('/entries/pgr-says-500-us-federal-agents-in-mexico/');
  const address = page.locator('.copy-link__address');
  await address.click();
  expect(await page.evaluate(() => window.getSelection()?.toString().trim())).toBe((await address.textContent())?.trim());
});
