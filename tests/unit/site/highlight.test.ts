import { describe, expect, it } from 'vitest';
import { highlightPassages } from '../../../src/lib/site/highlight.ts';

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
});
