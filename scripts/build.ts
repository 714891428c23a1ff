/**
 * `npm run build [-- --outDir DIR]`: builds the site, then its search index.
 *
 * 1. `astro build` (in its own process): the content loader validates every file with the
 *    validator (a problem stops the build with the validator's report), then the pages.
 * 2. Pagefind indexes the pages (`src/lib/search/pagefind-index.ts`) once Astro's process has
 *    exited, so the two never hold their memory at the same time.
 * Exits with Astro's status when the build fails; an indexing error is printed without a stack.
 * With PAGEFIND_TIMING set, prints Pagefind's share as one parseable line (for `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite } from '../src/lib/search/pagefind-index.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(process.cwd(), values.outDir);

const astro = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

try {
  const indexed = await indexSite(outDir);
  console.log(`[search] Pagefind indexed ${indexed.pages} pages in ${(indexed.ms / 1000).toFixed(1)} s`);
  if (process.env.PAGEFIND_TIMING) console.log(`pagefind-timing ${JSON.stringify(indexed)}`);
} catch (error) {
  console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
