/**
 * Indexes the built site with Pagefind at the end of `astro build`.
 * Pagefind's Node API, not its CLI: the index is part of the one build command (so
 * `npm start` and every test see a searchable site), the output folder comes from Astro
 * (respecting `outDir`), and an indexing error fails the build in the same process.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pagefind = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
          // For `npm run bench`: Pagefind's share of the build, as one parseable line.
          if (process.env.PAGEFIND_TIMING) logger.info(`pagefind-timing ${JSON.stringify({ ms: Math.round(performance.now() - started), pages: added.page_count })}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
