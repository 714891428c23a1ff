import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../../src/site/git-history.ts';

const LOG =
  '\u00002026-03-01T10:00:00+00:00\u001fCorrect the date of the PGR count\n\ncontent/entries/a.md\ncontent/entries/b.md\n' +
  '\u00002026-02-01T10:00:00+00:00\u001fAdd the PGR count\n\ncontent/entries/a.md\n';

describe('parseGitLog', () => {
  it('takes the newest commit as last changed and the oldest as added, listing every change', () => {
    const history = parseGitLog(LOG, true);
    expect(history.get('content/entries/a.md')).toEqual({
      added: '2026-02-01T10:00:00+00:00',
      changed: '2026-03-01T10:00:00+00:00',
      changes: [
        { date: '2026-03-01T10:00:00+00:00', subject: 'Correct the date of the PGR count' },
        { date: '2026-02-01T10:00:00+00:00', subject: 'Add the PGR count' },
      ],
      complete: true,
    });
    expect(history.get('content/entries/b.md')?.added).toBe('2026-03-01T10:00:00+00:00');
  });

  it('does not claim to know when a file was added in a shallow history', () => {
    const history = parseGitLog(LOG, false).get('content/entries/a.md');
    expect(history?.added).toBeUndefined();
    expect(history?.complete).toBe(false);
    expect(history?.changes).toHaveLength(2);
  });
});
