/**
 * Stands in for the `xss` package (js-xss and cssfilter, about 6 KB gzipped) inside
 * vis-timeline, which passes every *string* it puts into `innerHTML` through it. On this site
 * no string from content reaches vis:
 * - item and group labels are DOM nodes built from text nodes by `timeline-dom.ts` (`h()`), and
 *   vis appends an Element as it is, without the filter;
 * - the only strings vis writes are its own: axis labels (dates formatted by `vis-moment.ts`) and
 *   cluster boxes, `<div title="…">N</div>` from a count and our constant `titleTemplate`;
 * - tooltips (`showTooltips`), editing and the configurator, which would show item titles or
 *   option names as HTML, are switched off.
 * So the sanitiser has nothing to clean. `src/integrations/vis-timeline-slim.ts` resolves
 * vis-timeline's `import 'xss'` (and only vis-timeline's) to this module; if that integration is
 * not installed, vis keeps the real sanitiser and nothing changes but the bundle's size.
 */
/** The pass-through filter: vis-timeline calls `new xss.FilterXSS(options).process(html)`. */
export class FilterXSS {
  process(html: string): string {
    return html;
  }
}

function filterXSS(html: string): string {
  return html;
}
filterXSS.FilterXSS = FilterXSS;

export default filterXSS;
