/**
 * What `<timeline-view>` needs from vis, behind one dynamic `import()` of this file, so
 * the bundler emits one chunk (plus vis's stylesheet) that only the timeline page loads, rather
 * than one chunk per package: fewer requests, and one gzip stream compresses better.
 *
 * Only what is used: vis-timeline's `Timeline` (its ES module also defines Graph2d, which the
 * bundler cannot drop, but nothing else is pulled in), vis-data's `DataSet`, and for dates the
 * UTC/English `visMoment` instead of moment (`vis-moment.ts`). With the
 * `src/integrations/vis-timeline-slim.ts` integration, vis-timeline's own `import 'moment'` and
 * `import 'xss'` resolve to `vis-moment.ts` and `vis-xss.ts`, so neither moment (nor any of its
 * locales) nor the xss sanitiser is shipped.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

export { DataSet } from 'vis-data/esnext';
export { Timeline } from 'vis-timeline/esnext';
export { visMoment } from './moment.ts';
