import { describe, expect, it } from 'vitest';
import { parseNameStatus, problemsInChangedFiles } from '../../../../scripts/lib/changed-files.ts';
import type { Problem } from '../../../../src/domain/validation/problem.ts';

const problem = (file: string): Problem => ({ file, line: 1, column: 1, field: 'title', message: 'is required' });

describe('validate --changed', () => {
  it('reads added, modified, renamed and deleted files from git', () => {
    const files = parseNameStatus('M\tcontent/entries/a.md\nA\tcontent/sources/b.md\nR097\tcontent/entries/old.md\tcontent/entries/new.md\n');
    expect([...files.changed].sort()).toEqual(['content/entries/a.md', 'content/entries/new.md', 'content/sources/b.md']);
    expect(files.deleted).toBe(true);
    expect(parseNameStatus('M\tcontent/entries/a.md\n').deleted).toBe(false);
  });

  it('reports only problems in changed files, unless a file was deleted', () => {
    const problems = [problem('content/entries/a.md'), problem('content/entries/untouched.md')];
    expect(problemsInChangedFiles(problems, { changed: new Set(['content/entries/a.md']), deleted: false })).toEqual([problems[0]]);
    expect(problemsInChangedFiles(problems, { changed: new Set(['content/entries/a.md']), deleted: true })).toEqual(problems);
  });
});
