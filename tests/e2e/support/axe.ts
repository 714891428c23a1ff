/**
 * axe in a page, for the accessibility checks. @axe-core/playwright's builder runs axe frame by
 * frame and finishes each run in a new blank page, about 1.2 s a page here; the site has no
 * frames, so axe-core runs in the page itself: its script is served from the site's own origin
 * (allowed by the pages' Content Security Policy, `script-src 'self'`), added to the page, and
 * asked for violations only. About 0.5 s a page, with the same rules and the same verdicts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Result, RunOptions } from 'axe-core';

const SCRIPT_PATH = '/__axe-core.js';
const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serves axe-core's script to the page at a path of its own origin; call once per page object. */
export async function serveAxe(page: Page): Promise<void> {
  await page.route(`**${SCRIPT_PATH}`, (route) => route.fulfill({ body: source, contentType: 'text/javascript; charset=utf-8' }));
}

/** The violations axe finds in the page as it is now. */
export async function axeViolations(page: Page, options: Pick<RunOptions, 'runOnly'>): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: SCRIPT_PATH });
  return page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<{ violations: Result[] }> } }).axe
        .run(document, runOptions)
        .then((results) => results.violations),
    { ...options, resultTypes: ['violations'] } as RunOptions,
  );
}
