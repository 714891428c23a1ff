import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../../src/lib/site/git-history.ts';

const LOG = '\u00002026-03-01T10:00:00+00:00\n\ncontent/entries/a.md\ncontent/entries/b.md\n\u00002026-02-01T10:00:00+00:00\n\ncontent/entries/a.md\n';

describe('parseGitLog', () => {
  it('takes the newest commit as last changed and the oldest as added', () => {
    const dates = parseGitLog(LOG, true);
    expect(dates.get('content/entries/a.md')).toEqual({ added: '2026-02-01T10:00:00+00:00', changed: '2026-03-01T10:00:00+00:00' });
    expect(dates.get('content/entries/b.md')).toEqual({ added: '2026-03-01T10:00:00+00:00', changed: '2026-03-01T10:00:00+00:00' });
  });

  it('does not claim to know when a file was added in a shallow history', () => {
    expect(parseGitLog(LOG, false).get('content/entries/a.md')).toEqual({ changed: '2026-03-01T10:00:00+00:00' });
  });
});
