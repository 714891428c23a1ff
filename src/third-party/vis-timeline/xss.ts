/**
 * Stands in for the `xss` package (js-xss and cssfilter, about 6 KB gzipped) inside
 * vis-timeline, which passes every *string* it puts into `innerHTML` through it. This stand-in
 * escapes every string as text: whatever vis is given as a string is shown as the text it is,
 * never read as markup. No string vis itself builds is markup any more:
 * - the strings vis writes on this site are axis labels ("2011", "Apr", from the layout's
 *   `tickLabel`), plain text that escaping leaves as it is;
 * - boxes and row labels are DOM nodes built from text (`src/browser/timeline/dom.ts`), which
 *   vis appends as they are, without the filter; vis's own clusters, whose boxes were the one
 *   markup string vis built (`<div title="…">N</div>`), are no longer used;
 * - tooltips (`showTooltips`), editing and the configurator are off.
 * So a future tooltip, string label or option that reached vis as HTML would be shown as text
 * rather than become a hole. `src/integrations/vis-timeline-slim.ts` resolves vis-timeline's
 * `import 'xss'` (and only vis-timeline's) to this module.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `html` as text: every character that could start markup or end an attribute, escaped. */
export function escapeHtml(html: string): string {
  return html.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** vis-timeline calls `new xss.FilterXSS(options).process(html)`; options are ignored: everything is text. */
export class FilterXSS {
  process(html: string): string {
    return escapeHtml(String(html));
  }
}

function filterXSS(html: string): string {
  return escapeHtml(String(html));
}
filterXSS.FilterXSS = FilterXSS;

export default filterXSS;
