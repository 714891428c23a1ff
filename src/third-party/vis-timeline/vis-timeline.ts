/**
 * What `<timeline-view>` needs from vis, behind one dynamic `import()` of this file, so
 * the bundler emits one chunk that only the timeline page loads, rather than one chunk per
 * package: fewer requests, and one gzip stream compresses better. vis's stylesheet is the
 * page's (`TimelineView.astro` imports it): a chunk with a stylesheet of its own would bring
 * Vite's preload helper (about 1 KB) to load both, and vis's first draw needs the styles anyway.
 *
 * Only what is used: vis-timeline's `Timeline` (its ES module also defines Graph2d, which the
 * bundler cannot drop, but nothing else is pulled in), vis-data's `DataSet`, and for dates the
 * UTC/English `visMoment` instead of moment (`vis-moment.ts`). With the
 * `src/integrations/vis-timeline-slim.ts` integration, vis-timeline's own `import 'moment'` and
 * `import 'xss'` resolve to `vis-moment.ts` and `vis-xss.ts`, so neither moment (nor any of its
 * locales) nor the xss sanitiser is shipped.
 */
export { DataSet } from 'vis-data/esnext';
export { Timeline } from 'vis-timeline/esnext';
export { visMoment } from './moment.ts';
