import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForComparison, splitPassages } from '../../../src/domain/quotes.ts';
import { coverageSummary, highlightPassages, passageCoverage, segmentRoles, type Quotation, type Segment } from '../../../src/site/highlight.ts';

/**
 * The plainest statement of what highlighting means, as a model for the implementation: mark,
 * character by character, every entry whose quote covers it (a quote's first occurrence,
 * normalised as quotes are compared), then cut where the set of entries changes.
 */
function modelHighlight(archivedText: string, quotations: readonly Quotation[]): Segment[][] {
  return splitPassages(archivedText).map((passage) => {
    const text = passage.normalize('NFC');
    let normalised = '';
    const offsets: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i] as string;
      if (/\s/.test(char)) continue;
      if (normalised.length > 0 && /\s/.test(text[i - 1] as string)) {
        let space = i - 1;
        while (space > 0 && /\s/.test(text[space - 1] as string)) space--;
        normalised += ' ';
        offsets.push(space);
      }
      normalised += normaliseForComparison(char) || char;
      offsets.push(i);
    }
    const owners = Array.from({ length: text.length }, () => new Set<string>());
    for (const { entryId, quote } of quotations) {
      const needle = normaliseForComparison(quote);
      const at = needle.length === 0 ? -1 : normalised.indexOf(needle);
      if (at === -1) continue;
      for (let i = offsets[at] as number; i <= (offsets[at + needle.length - 1] as number); i++) owners[i]?.add(entryId);
    }
    const key = (i: number) => [...(owners[i] as Set<string>)].sort().join(' ');
    const segments: Segment[] = [];
    let start = 0;
    for (let i = 1; i <= text.length; i++) {
      if (i === text.length || key(i) !== key(start)) {
        segments.push({ text: text.slice(start, i), quotedBy: key(start) === '' ? [] : key(start).split(' ') });
        start = i;
      }
    }
    return segments;
  });
}

describe('highlightPassages', () => {
  const text = 'First passage says “hello”\nand goodbye.\n\nSecond passage.';

  it('marks a quote found across a line break and with other quote marks', () => {
    const [first, second] = highlightPassages(text, [{ entryId: 'e1', quote: 'says "hello" and goodbye' }]);
    expect(first).toEqual([
      { text: 'First passage ', quotedBy: [] },
      { text: 'says “hello”\nand goodbye', quotedBy: ['e1'] },
      { text: '.', quotedBy: [] },
    ]);
    expect(second).toEqual([{ text: 'Second passage.', quotedBy: [] }]);
  });

  it('splits overlapping quotes into segments naming every entry', () => {
    const [first] = highlightPassages('one two three four', [
      { entryId: 'a', quote: 'one two three' },
      { entryId: 'b', quote: 'two three four' },
    ]);
    expect(first).toEqual([
      { text: 'one ', quotedBy: ['a'] },
      { text: 'two three', quotedBy: ['a', 'b'] },
      { text: ' four', quotedBy: ['b'] },
    ]);
  });

  it('keeps every character of the archived text', () => {
    const passages = highlightPassages(text, [{ entryId: 'e1', quote: 'hello' }]);
    expect(passages.map((segments) => segments.map((s) => s.text).join(''))).toEqual(['First passage says “hello”\nand goodbye.', 'Second passage.']);
  });

  it('agrees with the character-by-character model on generated texts and quotes', () => {
    // Letters, spaces of several kinds, blank lines (passage breaks), curly and straight quote
    // marks, a combining accent (NFC), a character outside the BMP.
    const piece = fc.constantFrom('a', 'b', 'ab', 'é', 'e\u0301', ' ', '  ', '\n', '\n\n', '\u00A0', '“', '”', '"', "'", '’', '😀', '.', '500');
    const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));
    const cases = fc.sample(
      text.chain((archived) =>
        fc.tuple(
          fc.constant(archived),
          fc.array(
            fc.tuple(
              fc.constantFrom('e1', 'e2', 'e3'),
              fc.oneof(
                // A stretch of the archived text, its quote marks and spaces restyled or not.
                fc.tuple(fc.nat(archived.length), fc.nat(archived.length), fc.boolean()).map(([from, to, restyle]) => {
                  const stretch = archived.slice(Math.min(from, to), Math.max(from, to));
                  return restyle ? stretch.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/\s+/g, ' ') : stretch;
                }),
                fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join('')),
              ),
            ),
            { maxLength: 5 },
          ),
        ),
      ),
      { seed: Number(process.env.FUZZ_SEED ?? 20261128), numRuns: Number(process.env.FUZZ_ROUNDS ?? 3000) },
    );
    let withQuote = 0;
    let withOverlap = 0;
    for (const [archived, pairs] of cases) {
      const quotations = pairs.map(([entryId, quote]) => ({ entryId, quote }));
      const actual = highlightPassages(archived, quotations);
      expect(actual, JSON.stringify({ archived, quotations })).toEqual(modelHighlight(archived, quotations));
      const segments = actual.flat();
      if (segments.some((segment) => segment.quotedBy.length > 0)) withQuote++;
      if (segments.some((segment) => segment.quotedBy.length > 1)) withOverlap++;
    }
    // The generator must reach the interesting cases, not only texts nothing is found in.
    expect(withQuote).toBeGreaterThan(cases.length / 3);
    expect(withOverlap).toBeGreaterThan(cases.length / 20);
  });
});

describe('segmentRoles and passageCoverage', () => {
  const quoted = (text: string, ...quotedBy: string[]): Segment => ({ text, quotedBy });

  it('alternates the tint of neighbouring quotations, even where only a space parts them', () => {
    const segments = [quoted('One.', 'a'), quoted(' '), quoted('Two.', 'b'), quoted(' '), quoted('Three.', 'a', 'b')];
    expect(segmentRoles(segments)).toEqual(['quoted', 'between', 'quoted-alt', 'between', 'quoted']);
    expect(passageCoverage(segments)).toBe('full');
  });

  it('tells text that no claim quotes from the spaces and punctuation between quotations', () => {
    const segments = [quoted('Context first, '), quoted('then the quote', 'a'), quoted('.')];
    expect(segmentRoles(segments)).toEqual(['stored', 'quoted', 'between']);
    expect(passageCoverage(segments)).toBe('part');
    expect(passageCoverage([quoted('Nothing here is quoted.')])).toBe('none');
  });

  it('derives the roles from highlighting itself', () => {
    const [passage] = highlightPassages('Alpha beta. Gamma delta.', [
      { entryId: 'x', quote: 'Alpha beta.' },
      { entryId: 'y', quote: 'Gamma' },
    ]);
    expect(segmentRoles(passage as Segment[])).toEqual(['quoted', 'between', 'quoted-alt', 'stored']);
  });
});

describe('coverageSummary', () => {
  const full = [{ text: 'q', quotedBy: ['a'] }];
  const part = [
    { text: 'q', quotedBy: ['a'] },
    { text: ' and context', quotedBy: [] },
  ];
  const none = [{ text: 'context', quotedBy: [] }];

  it('says how many passages claims quote, in full and in part, and how many are context', () => {
    expect(coverageSummary([full, full, part, none])).toBe(
      'Of the 4 passages stored here, claims quote 2 in full and 1 in part; 1 is stored for context only.',
    );
    expect(coverageSummary([part, none, none])).toBe('Of the 3 passages stored here, claims quote 1 in part; 2 are stored for context only.');
    expect(coverageSummary([full, full, full])).toBe('Claims quote all 3 passages stored here in full.');
    expect(coverageSummary([full, full])).toBe('Claims quote both passages stored here in full.');
    expect(coverageSummary([full])).toBe('Claims quote the one passage stored here in full.');
    expect(coverageSummary([none, none])).toBe('No claim quotes either of the 2 passages stored here.');
    expect(coverageSummary([none, none, none])).toBe('No claim quotes any of the 3 passages stored here.');
    expect(coverageSummary([])).toBe('No passage is stored for this source.');
  });
});
