/**
 * What a box of the timeline shows and says, as plain data: the one description from which
 * the build writes the static view's links (`TimelineStatic.astro`) and the browser builds
 * vis-timeline's item content (`src/browser/timeline/dom.ts`), so that both look the same.
 * Text only: both renderers put it in text nodes and attributes, never into HTML.
 */
import type { EntryKind } from '../../domain/schema/index.ts';
import type { LayoutBox, Profile } from './layout.ts';
import { clusterWindow } from './layout.ts';
import { kindLabel, serialiseState, type GroupBy } from './state.ts';

export interface BoxContent {
  /** Classes of the box: `tl-box`, then `tl-box--item tl-box--<kind>` or `tl-box--cluster`. */
  readonly className: string;
  /** The kind whose shape the dot takes (items), none for clusters. */
  readonly kind?: EntryKind;
  /** What the box reads (clamped to two or three lines by CSS). */
  readonly text: string;
  /** Said before and after the text to screen readers ("19 March 2011, statement: "), hidden on screen. */
  readonly prefix: string;
  readonly suffix: string;
  /** The full text on hover. */
  readonly tooltip: string;
  /** For a range entry: its bar's width as a fraction of the box's. */
  readonly bar?: number;
}

export function boxContent(box: LayoutBox): BoxContent {
  if (box.type === 'item') {
    return {
      className: `tl-box tl-box--item tl-box--${box.kind}`,
      kind: box.kind,
      text: box.title,
      prefix: `${box.dateLabel}, ${box.kind}: `,
      suffix: '',
      tooltip: `${box.dateLabel} · ${kindLabel(box.kind)}: ${box.title}`,
      ...(box.bar !== undefined ? { bar: Math.min(1, box.bar / box.width) } : {}),
    };
  }
  return {
    className: 'tl-box tl-box--cluster',
    text: box.label,
    prefix: '',
    suffix: ` ${box.detail}`,
    tooltip: `${box.description}. Open to zoom in.`,
  };
}

/**
 * Where a static box leads without JavaScript: an item to its entry's page; a cluster to the
 * timeline zoomed on its period (`?start=&end=`) at the list's section of that year.
 */
export function boxHref(box: LayoutBox, options: { entryUrl: (id: string) => string; timelinePath: string; group: GroupBy; profile: Profile }): string {
  if (box.type === 'item') return options.entryUrl(box.entryId);
  const window = clusterWindow(box.period, options.profile);
  const year = new Date(box.start).getUTCFullYear();
  return `${options.timelinePath}${serialiseState({ group: options.group, start: window.start, end: window.end })}#timeline-year-${year}`;
}
