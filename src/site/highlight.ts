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
