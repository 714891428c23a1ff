/**
 * Indexes a built site with Pagefind (its Node API, which drives Pagefind's own binary) and
 * writes the index to `<outDir>/pagefind/`. Run by `scripts/build.ts` after `astro build` has
 * finished and exited, so that Astro's memory is released before Pagefind takes its own:
 * the build's peak memory is the larger of the two, not their sum. Then patches Pagefind's
 * Component UI so that filter indexes load only when wanted (`pagefind-ui-patches.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { patchPagefindComponentUi } from './pagefind-ui-patches.ts';

export interface IndexedSite {
  readonly pages: number;
  readonly ms: number;
}

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
