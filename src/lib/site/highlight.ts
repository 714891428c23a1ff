/**
 * Archived text with the quoted passages marked: each passage split into plain and quoted
 * segments, each quoted segment naming the entries that quote it.
 */
import { locateQuote, splitPassages } from '../quotes.ts';

export interface Segment {
  readonly text: string;
  /** Ids of the entries quoting this segment; empty for unquoted text. */
  readonly quotedBy: readonly string[];
}

export interface Quotation {
  readonly entryId: string;
  readonly quote: string;
}

export function highlightPassages(archivedText: string, quotations: readonly Quotation[]): Segment[][] {
  return splitPassages(archivedText).map((passage) => {
    const text = passage.normalize('NFC');
    // Per character, which entries quote it; then runs of equal sets become segments.
    const owners: Set<string>[] = Array.from({ length: text.length }, () => new Set<string>());
    for (const { entryId, quote } of quotations) {
      const range = locateQuote(text, quote);
      if (!range) continue;
      for (let i = range.start; i < range.end; i++) (owners[i] as Set<string>).add(entryId);
    }
    const segments: Segment[] = [];
    let start = 0;
    const key = (i: number) => [...(owners[i] as Set<string>)].sort().join(' ');
    for (let i = 1; i <= text.length; i++) {
      if (i === text.length || key(i) !== key(start)) {
        segments.push({ text: text.slice(start, i), quotedBy: key(start) === '' ? [] : key(start).split(' ') });
        start = i;
      }
    }
    return segments;
  });
}
