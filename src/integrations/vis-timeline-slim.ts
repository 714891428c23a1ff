/**
 * Trims what the timeline page downloads: inside vis-timeline (and only there), `import 'moment'`
 * resolves to `src/scripts/vis-moment.ts` (UTC, English, the API vis calls) and
 * `import 'xss'` to `src/scripts/vis-xss.ts` (a pass-through: the site hands vis DOM nodes built
 * from text, never HTML strings; that file says why that is safe). Together about 25 KB gzipped
 * of the timeline page's JavaScript. Nothing else in the project is affected: a module outside
 * vis-timeline that imports `moment` or `xss` gets the real package.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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
              },
            ],
          },
        });
      },
    },
  };
}
