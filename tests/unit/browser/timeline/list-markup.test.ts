import { describe, expect, it } from 'vitest';
import { splitBeforeSections } from '../../../../src/browser/timeline/list-markup.ts';

describe('splitBeforeSections', () => {
  it('cuts before each section tag and keeps every character', () => {
    const markup = '\n  <section data-year="2010"><h2>2010</h2></section>\n  <section\n data-year="2011"><ol><li>a</li></ol></section>\n';
    const pieces = splitBeforeSections(markup);
    expect(pieces).toEqual(['<section data-year="2010"><h2>2010</h2></section>\n  ', '<section\n data-year="2011"><ol><li>a</li></ol></section>\n']);
    expect(pieces.join('')).toBe(markup.trimStart());
  });

  it('does not cut at escaped text or at other tags starting with "section"', () => {
    const markup = '<section data-year="2010"><p>&lt;section data-year="x"&gt; and <sections></sections></p></section>';
    expect(splitBeforeSections(markup)).toEqual([markup]);
  });

  it('keeps text before the first section as its own piece, and drops blank input', () => {
    expect(splitBeforeSections('<p>lead</p><section>x</section>')).toEqual(['<p>lead</p>', '<section>x</section>']);
    expect(splitBeforeSections('  \n ')).toEqual([]);
  });
});
