import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/domain/slug.ts';

describe('slugify', () => {
  it('makes lower-case hyphenated ASCII ids, dropping accents', () => {
    expect(slugify('Felipe Calderón launches a crackdown')).toBe('felipe-calderon-launches-a-crackdown');
    expect(slugify('  "Fast and Furious" — named  ')).toBe('fast-and-furious-named');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('one two three four five six seven eight nine ten eleven twelve thirteen', 20);
    expect(slug).toBe('one-two-three-four');
    expect(slug.length).toBeLessThanOrEqual(20);
  });

  it('returns an empty id when nothing is left', () => {
    expect(slugify('¿¡!?')).toBe('');
  });
});
