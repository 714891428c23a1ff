/**
 * How a source is shown: the copies an excerpt was read in, and the archived text with its
 * quotations told apart from what is merely stored.
 */
import { expect, test, type Locator } from '@playwright/test';

const DOJ_REPORT = '/sources/doj-oig-2012-09-review-of-fast-and-furious/';
/** An entry quoting the DOJ report, whose copies are on three sites. */
const ENTRY_QUOTING_IT = '/entries/case-named-operation-fast-and-furious/';

const backgroundOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
const colourOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).color);

for (const path of [DOJ_REPORT, ENTRY_QUOTING_IT]) {
  test(`a copy is linked as "Copy at <host>", its archival note as small print beside it (${path})`, async ({ page }) => {
    await page.goto(path);
    const copies = page.getByRole('link', { name: /^Copy at / });
    expect(await copies.count()).toBeGreaterThanOrEqual(path === DOJ_REPORT ? 5 : 3);
    for (const link of await copies.all()) {
      const host = new URL((await link.getAttribute('href')) as string).hostname.replace(/^www\./, '');
      await expect(link).toHaveText(`Copy at ${host}`);
    }
    await expect(page.getByRole('link', { name: 'Copy at thedailyjournalist.com' }).first()).toBeVisible();
    // The note is beside the link, smaller than it, and no link's text.
    const note = page.locator('small.copy-note', { hasText: 'The copy’s glitches are kept as found' }).first();
    await expect(note).toBeVisible();
    await expect(page.getByRole('link', { name: /glitches are kept/ })).toHaveCount(0);
    const sizes = await note.evaluate((element) => [
      parseFloat(getComputedStyle(element).fontSize),
      parseFloat(getComputedStyle(element.parentElement as Element).fontSize),
    ]);
    expect(sizes[0]).toBeLessThan(sizes[1] as number);
  });
}

test('neighbouring quotations are told apart, and text stored only for context is not highlighted', async ({ page }) => {
  await page.goto(DOJ_REPORT);
  // Passage 3 holds three quotations by three claims, parted only by spaces.
  const marks = page.locator('#passage-3 mark.quoted');
  await expect(marks).toHaveCount(3);
  const tints = await Promise.all((await marks.all()).map(backgroundOf));
  expect(tints[0]).not.toBe(tints[1]);
  expect(tints[1]).not.toBe(tints[2]);
  // Passage 7 opens with text no claim quotes: grey, on no highlight.
  const stored = page.locator('#passage-7 .stored').first();
  await expect(stored).toContainText('Numerous firearms bought by straw purchasers');
  expect(await backgroundOf(stored)).toBe('rgba(0, 0, 0, 0)');
  expect(await colourOf(stored)).not.toBe(await colourOf(page.locator('#passage-7 mark.quoted').first()));
  // The page says what the highlighting adds up to.
  await expect(page.locator('.archive-legend')).toContainText('Of the 12 passages stored here, claims quote 11 in full and 1 in part.');
});

test('a passage no claim quotes is drawn as stored, without highlight', async ({ page }) => {
  await page.goto('/sources/blog-post-2011-overt-invasion-of-mexico/');
  const storedOnly = page.locator('.archived-text .passage--none');
  expect(await storedOnly.count()).toBeGreaterThan(5);
  await expect(storedOnly.locator('mark')).toHaveCount(0);
  expect(await storedOnly.first().evaluate((element) => getComputedStyle(element).borderLeftStyle)).toBe('dashed');
  await expect(page.locator('.archive-legend')).toContainText(/are stored for context only\.$/);
});
