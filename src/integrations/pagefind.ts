/**
 * The search index, built inside `astro build` as Starlight does: once every page is written
 * (`astro:build:done`, after the sitemap and the timeline's preload link), Pagefind's Node API
 * indexes `dist/` into `dist/pagefind/`. So a plain `astro build`, which Netlify's and
 * Cloudflare's Astro presets run, gives the whole site, search included.
 *
 * Then Pagefind's Component UI is changed so that filter indexes load only when wanted
 * (src/third-party/pagefind/component-ui-patches.ts). With BUILD_TIMING set, the build's phases
 * (src/site/build-timing.ts) and Pagefind's share are printed as one parseable line, for `npm run bench`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildTimings } from '../site/build-timing.ts';
import { patchPagefindComponentUi } from '../third-party/pagefind/component-ui-patches.ts';

export interface IndexedSite {
  readonly pages: number;
  readonly ms: number;
}

/** Indexes a built site with Pagefind and writes the index to `<outDir>/pagefind/`. */
export async function indexSite(outDir: string): Promise<IndexedSite> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const componentUi = join(outDir, 'pagefind', 'pagefind-component-ui.js');
    writeFileSync(componentUi, patchPagefindComponentUi(readFileSync(componentUi, 'utf8')));
    return { pages: added.page_count, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const indexed = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${indexed.pages} pages in ${(indexed.ms / 1000).toFixed(1)} s`);
        if (process.env['BUILD_TIMING'])
          console.log(`build-timing ${JSON.stringify({ ...buildTimings(), pagefind: indexed.ms, pagefindPages: indexed.pages })}`);
      },
    },
  };
}
