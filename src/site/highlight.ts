/**
 * Archived text with the quoted passages marked: each passage split into plain and quoted
 * segments, each quoted segment naming the entries that quote it.
 */
import { quoteLocator, splitPassages, type TextRange } from '../domain/quotes.ts';

export interface Segment {
  readonly text: string;
  /** Ids of the entries quoting this segment; empty for unquoted text. */
  readonly quotedBy: readonly string[];
}

export interface Quotation {
  readonly entryId: string;
  readonly quote: string;
}

/** Where one entry's quote lies in a passage. */
type QuotedRange = TextRange & { readonly entryId: string };

export function highlightPassages(archivedText: string, quotations: readonly Quotation[]): Segment[][] {
  return splitPassages(archivedText).map((passage) => {
    const text = passage.normalize('NFC');
    const locate = quoteLocator(text);
    const quoted: QuotedRange[] = [];
    for (const { entryId, quote } of quotations) {
      const range = locate(quote);
      if (range) quoted.push({ ...range, entryId });
    }
    return segmentsOf(text, quoted);
  });
}

/**
 * Cuts the text at every start and end of a quoted range; a piece is quoted by the entries
 * whose ranges cover it, and neighbouring pieces quoted by the same entries are one segment.
 */
function segmentsOf(text: string, quoted: readonly QuotedRange[]): Segment[] {
  const cuts = [...new Set([0, text.length, ...quoted.flatMap(({ start, end }) => [start, end])])].sort((a, b) => a - b);
  const segments: { text: string; quotedBy: string[]; key: string }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const quotedBy = [...new Set(quoted.filter((range) => range.start <= start && range.end >= end).map((range) => range.entryId))].sort();
    const key = quotedBy.join(' ');
    const last = segments.at(-1);
    if (last && last.key === key) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), quotedBy, key });
  }
  return segments.map(({ text, quotedBy }) => ({ text, quotedBy }));
}

/**
 * How the page draws a segment. Nearly all of most sources' archived text is quoted (editors
 * store what claims cite), so a single highlight would cover it all and say little: quotations
 * alternate between two tints so that neighbouring ones stay apart, text that no claim quotes
 * is drawn as merely stored, and the spaces and punctuation between quotations as neither.
 */
export type SegmentRole = 'quoted' | 'quoted-alt' | 'stored' | 'between';

/** Text with no letter or digit: the space or full stop between two quotations is not unquoted text. */
const isFiller = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);

export function segmentRoles(segments: readonly Segment[]): SegmentRole[] {
  let quotations = 0;
  return segments.map((segment) => {
    if (segment.quotedBy.length > 0) return quotations++ % 2 === 0 ? 'quoted' : 'quoted-alt';
    return isFiller(segment.text) ? 'between' : 'stored';
  });
}

/** Whether claims quote a passage in full, in part, or not at all (stored for context only). */
export type Coverage = 'full' | 'part' | 'none';

export function passageCoverage(segments: readonly Segment[]): Coverage {
  const quoted = segments.some((segment) => segment.quotedBy.length > 0);
  const stored = segments.some((segment) => segment.quotedBy.length === 0 && !isFiller(segment.text));
  return quoted ? (stored ? 'part' : 'full') : 'none';
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * "Of the 12 passages stored here, claims quote 10 in full and 1 in part; 1 is stored for
 * context only.": what the highlighting adds up to, so a page that is nearly all highlight says why.
 */
export function coverageSummary(passages: readonly (readonly Segment[])[]): string {
  const tally = { full: 0, part: 0, none: 0 };
  for (const segments of passages) tally[passageCoverage(segments)]++;
  const total = passages.length;
  if (total === 0) return 'No passage is stored for this source.';
  const all = total === 1 ? 'the one passage' : total === 2 ? 'both passages' : `all ${total} passages`;
  if (tally.full === total) return `Claims quote ${all} stored here in full.`;
  if (tally.none === total)
    return total === 1 ? 'No claim quotes the passage stored here.' : `No claim quotes ${total === 2 ? 'either' : 'any'} of the ${total} passages stored here.`;
  const quoted = [tally.full > 0 && `${tally.full} in full`, tally.part > 0 && `${tally.part} in part`].filter(Boolean).join(' and ');
  const stored = tally.none > 0 ? `; ${count(tally.none, 'is', 'are')} stored for context only` : '';
  return `Of the ${count(total, 'passage', 'passages')} stored here, claims quote ${quoted}${stored}.`;
}
