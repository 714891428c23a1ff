/**
 * Makes the timeline page's vis-timeline small and fast. First, it patches vis-timeline's ES
 * module with the performance fixes in `src/third-party/vis-timeline/patches.ts` (the build fails, naming
 * the patch, if vis changed so that one no longer applies). Second, it trims what the page
 * downloads: inside vis-timeline (and only there), `import 'moment'`
 * resolves to `src/third-party/vis-timeline/moment.ts` (UTC, English, the API vis calls) and
 * `import 'xss'` to `src/third-party/vis-timeline/xss.ts` (a pass-through: the site hands vis DOM nodes built
 * from text, never HTML strings; that file says why that is safe). Together about 25 KB gzipped
 * of the timeline page's JavaScript. Nothing else in the project is affected: a module outside
 * vis-timeline that imports `moment` or `xss` gets the real package. Third, once built, the
 * timeline page gets a `<link rel="modulepreload">` to vis's chunk, so that it downloads and
 * compiles while the page is parsed (`src/third-party/vis-timeline/preload.ts`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { elementScriptSrc, resolveFrom, visChunkImport, withModulePreload } from '../third-party/vis-timeline/preload.ts';
import { patchVisTimeline } from '../third-party/vis-timeline/patches.ts';

/** vis-timeline's ES module, the file `vis-timeline/esnext` resolves to. */
const VIS_TIMELINE_MODULE = /[\\/]node_modules[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

const REPLACEMENTS: Record<string, string> = {
  moment: fileURLToPath(new URL('../third-party/vis-timeline/moment.ts', import.meta.url)),
  xss: fileURLToPath(new URL('../third-party/vis-timeline/xss.ts', import.meta.url)),
};

export default function visTimelineSlim(): AstroIntegration {
  let base = '/';
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
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        addVisPreload(fileURLToPath(new URL(`${TIMELINE_PAGE}/index.html`, dir)), fileURLToPath(dir), base);
      },
    },
  };
}

/** The page with `<timeline-view>` (`src/pages/timeline/index.astro`), relative to the output folder. */
const TIMELINE_PAGE = 'timeline';

/** Adds the modulepreload link to the built timeline page; stops the build when the chunk cannot be found. */
function addVisPreload(pageFile: string, outDir: string, siteBase: string): void {
  if (!existsSync(pageFile)) return;
  const html = readFileSync(pageFile, 'utf8');
  const src = elementScriptSrc(html);
  const scriptPath = src && src.startsWith(siteBase) ? `${outDir}/${src.slice(siteBase.length)}` : undefined;
  const chunk = scriptPath && existsSync(scriptPath) ? visChunkImport(readFileSync(scriptPath, 'utf8')) : undefined;
  if (!src || !chunk) {
    throw new Error(
      `vis-timeline-slim: cannot find vis-timeline's chunk from ${pageFile} (its <timeline-view> script, then that script's import("./vis-timeline.….js")); see src/third-party/vis-timeline/preload.ts`,
    );
  }
  writeFileSync(pageFile, withModulePreload(html, resolveFrom(src, chunk)));
}
