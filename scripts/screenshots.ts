/**
 * `node scripts/screenshots.ts [baseUrl] [outDir]`: screenshots of one page of each type,
 * light and dark, desktop and 360 px wide, for a person to look at. Expects a served site.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:4321';
const outDir = process.argv[3] ?? '/tmp/shots';
const pages = (
  process.env.SHOT_PAGES ??
  '/,/entries/pgr-says-500-us-federal-agents-in-mexico/,/actors/dea/,/sources/ap-2011-us-law-enforcement-in-mexico/,/topics/us-agents-in-mexico/,/conflicts/,/methodology/'
).split(',');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
for (const [width, label] of [
  [1280, 'desktop'],
  [360, 'narrow'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
      const name = path.replace(/\/$/, '').replace(/^\//, '').replace(/\//g, '_') || 'home';
      await page.screenshot({ path: `${outDir}/${name}-${label}-${scheme}.png`, fullPage: true });
      // Long pages also in parts, each small enough to read at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let part = 0, y = 0; y < height && part < 4; part++, y += 1200) {
        await page.screenshot({
          path: `${outDir}/${name}-${label}-${scheme}-part${part + 1}.png`,
          fullPage: true,
          clip: { x: 0, y, width, height: Math.min(1200, height - y) },
        });
      }
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${outDir}`);
