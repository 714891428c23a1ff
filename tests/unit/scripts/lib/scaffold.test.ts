import { describe, expect, it } from 'vitest';
import { scaffold } from '../../../../scripts/lib/scaffold.ts';
import { validateFiles } from '../../../../src/domain/validation/index.ts';

const encoder = new TextEncoder();

describe('scaffold', () => {
  it('writes an entry named after its title, with the schema line for editors', () => {
    const result = scaffold({ type: 'entry', title: 'Dodson says ATF let guns walk', today: '2026-11-28' });
    expect(result.file).toBe('content/entries/dodson-says-atf-let-guns-walk.md');
    expect(result.text).toContain('id: dodson-says-atf-let-guns-walk\n');
    expect(result.text).toContain('# yaml-language-server: $schema=../../.schemas/entries.schema.json');
    expect(result.text).not.toContain('quantity:');
  });

  it("adds a quantity block to count entries and today as a source's access date", () => {
    expect(scaffold({ type: 'entry', title: 'x', kind: 'count', today: '2026-11-28' }).text).toContain('quantity:\n  measure:');
    expect(scaffold({ type: 'source', title: 'A report', today: '2026-11-28' }).text).toContain('accessed: 2026-11-28');
  });

  it('quotes titles safely for YAML', () => {
    const result = scaffold({ type: 'topic', title: 'Title: with "quotes" # and hash', today: '2026-11-28' });
    expect(result.text).toContain('title: "Title: with \\"quotes\\" # and hash"');
  });

  it('leaves blanks the validator reports, so an unfinished file never passes', () => {
    const entry = scaffold({ type: 'entry', title: 'Unfinished claim', kind: 'count', today: '2026-11-28' });
    const result = validateFiles([{ collection: 'entries', file: entry.file, bytes: encoder.encode(entry.text) }]);
    const fields = result.problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['summary', 'date', 'topics', 'evidence[0].source', 'evidence[0].quote', 'quantity.stated']));
  });

  it('leaves a place without coordinates or basis until they are read from a data set', () => {
    const place = scaffold({ type: 'place', title: 'Peck Canyon', today: '2026-11-28' });
    expect(place.file).toBe('content/places/peck-canyon.md');
    expect(place.todo.join('\n')).toContain('npm run locate -- "Peck Canyon"');
    const result = validateFiles([{ collection: 'places', file: place.file, bytes: encoder.encode(place.text) }]);
    const fields = result.problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['country', 'coordinates.latitude', 'coordinates.longitude', 'basis']));
  });
});
