import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../src/site/text-fragment.ts';

describe('textFragmentUrl', () => {
  it('links short quotes whole, escaping the characters the syntax reserves', () => {
    expect(textFragmentUrl('https://example.org/a', 'co-operation, here & there')).toBe('https://example.org/a#:~:text=co%2Doperation%2C%20here%20%26%20there');
  });

  it('links long quotes by their first and last words', () => {
    const url = textFragmentUrl('https://example.org/a', 'one two three four five six seven eight nine ten');
    expect(url).toBe('https://example.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });

  it('keeps an existing fragment before the directive', () => {
    expect(textFragmentUrl('https://example.org/a#part', 'word')).toBe('https://example.org/a#part:~:text=word');
  });
});
