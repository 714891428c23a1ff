import { describe, expect, it } from 'vitest';
import { isMeasureId, MEASURE_IDS, MEASURES, measureLabel } from '../../../src/domain/measures.ts';
import { ID_PATTERN } from '../../../src/domain/schema/index.ts';

describe('the measure vocabulary', () => {
  it('has ids of the id form, each with a label and a one-sentence definition naming its subject', () => {
    for (const id of MEASURE_IDS) {
      expect(id).toMatch(ID_PATTERN);
      const { label, definition } = MEASURES[id];
      expect(label.trim()).not.toBe('');
      expect(definition, id).toMatch(/^[A-Z.%][^]*\.$/);
      expect(definition, id).toMatch(/subject/);
      // One sentence: no full stop followed by a capital inside it.
      expect(definition.slice(0, -1), id).not.toMatch(/[a-z)]\. [A-Z]/);
    }
  });

  it('gives every measure its own label', () => {
    const labels = MEASURE_IDS.map((id) => MEASURES[id].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('knows its ids and labels them; an id outside it is shown as words', () => {
    expect(isMeasureId('agents-in-mexico')).toBe(true);
    expect(isMeasureId('agents-in-mexcio')).toBe(false);
    expect(isMeasureId('toString')).toBe(false);
    expect(measureLabel('agents-in-mexico')).toBe('U.S. agents in Mexico');
    expect(measureLabel('old-measure-id')).toBe('Old measure id');
  });
});
