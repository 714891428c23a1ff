/**
 * Makes the timeline page's vis-timeline small and fast. First, it patches vis-timeline's ES
 * module with the performance fixes in `src/lib/vis-timeline-patches.ts` (the build fails, naming
 * the patch, if vis changed so that one no longer applies). Second, it trims what the page
 * downloads: inside vis-timeline (and only there), `import 'moment'`
 * resolves to `src/scripts/vis-moment.ts` (UTC, English, the API vis calls) and
 * `import 'xss'` to `src/scripts/vis-xss.ts` (a pass-through: the site hands vis DOM nodes built
 * from text, never HTML strings; that file says why that is safe). Together about 25 KB gzipped
 * of the timeline page's JavaScript. Nothing else in the project is affected: a module outside
 * vis-timeline that imports `moment` or `xss` gets the real package.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { patchVisTimeline } from '../lib/vis-timeline-patches.ts';

/** vis-timeline's ES module, the file `vis-timeline/esnext` resolves to. */
const VIS_TIMELINE_MODULE = /[\\/]node_modules[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

const REPLACEMENTS: Record<string, string> = {
  moment: fileURLToPath(new URL('../scripts/vis-moment.ts', import.meta.url)),
  xss: fileURLToPath(new URL('../scripts/vis-xss.ts', import.meta.url)),
};

export default function visTimelineSlim(): AstroIntegration {
  return {
    name: 'vis-timeline-slim',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'vis-timeline-slim',
                enforce: 'pre',
                resolveId(id: string, importer: string | undefined) {
                  const replacement = REPLACEMENTS[id];
                  if (replacement && importer && /[\\/]node_modules[\\/]vis-timeline[\\/]/.test(importer)) return replacement;
                  return null;
                },
                transform(code: string, id: string) {
                  if (!VIS_TIMELINE_MODULE.test(id.split('?')[0] ?? id)) return null;
                  return { code: patchVisTimeline(code), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
