import { describe, expect, it } from 'vitest';
import { describeFilesToCheck, filesToCheck, parseNameStatus, problemsInFilesToCheck } from '../../../../scripts/lib/changed-files.ts';
import type { ContentReference } from '../../../../src/domain/validation/cross-references.ts';
import type { Problem } from '../../../../src/domain/validation/problem.ts';

const problem = (file: string): Problem => ({ file, line: 1, column: 1, field: 'title', message: 'is required' });
const ref = (file: string, field: string, collection: ContentReference['collection'], id: string): ContentReference => ({ file, field, collection, id });

describe('parseNameStatus', () => {
  it('reads added, modified, renamed and deleted files from git', () => {
    const files = parseNameStatus(
      'M\tcontent/entries/a.md\nA\tcontent/sources/b.md\nR097\tcontent/entries/old.md\tcontent/entries/new.md\nD\tcontent/actors/gone.md\n',
    );
    expect([...files.changed].sort()).toEqual(['content/entries/a.md', 'content/entries/new.md', 'content/sources/b.md']);
    expect([...files.deleted].sort()).toEqual(['content/actors/gone.md', 'content/entries/old.md']);
    expect(parseNameStatus('M\tcontent/entries/a.md\n').deleted.size).toBe(0);
  });
});

describe('filesToCheck', () => {
  const references = [
    ref('content/entries/quotes-it.md', 'evidence[0].source', 'sources', 'report'),
    ref('content/entries/names-actor.md', 'attribution.by.actor', 'actors', 'agency'),
    ref('content/entries/links-actor.md', '(body)', 'actors', 'agency'),
    ref('content/sources/report.md', 'publisherActor', 'actors', 'agency'),
    ref('content/entries/unrelated.md', 'topics[0]', 'topics', 'story'),
    ref('content/actors/office.md', 'parent', 'actors', 'agency'),
    ref('content/actors/desk.md', 'parent', 'actors', 'office'),
    ref('content/entries/follows-old.md', 'related[0].entry', 'entries', 'old'),
  ];

  it('pulls in the files that quote a changed source', () => {
    const checked = filesToCheck({ changed: new Set(['content/sources/report.md']), deleted: new Set() }, references);
    expect([...checked.dependents.keys()]).toEqual(['content/entries/quotes-it.md']);
    expect(checked.dependents.get('content/entries/quotes-it.md')).toEqual({
      field: 'evidence[0].source',
      target: 'content/sources/report.md',
      change: 'changed',
    });
  });

  it('pulls in everything naming a changed actor, and follows parents on', () => {
    const checked = filesToCheck({ changed: new Set(['content/actors/agency.md']), deleted: new Set() }, references);
    expect([...checked.dependents.keys()].sort()).toEqual([
      'content/actors/desk.md',
      'content/actors/office.md',
      'content/entries/links-actor.md',
      'content/entries/names-actor.md',
      'content/sources/report.md',
    ]);
    expect(checked.dependents.get('content/actors/desk.md')).toEqual({ field: 'parent', target: 'content/actors/office.md', change: 'dependent' });
    // A source naming the changed actor is checked, but the entries quoting that source are not: quotes do not depend on the publisher.
    expect(checked.dependents.has('content/entries/quotes-it.md')).toBe(false);
  });

  it('pulls in the files that named a deleted or renamed file', () => {
    const checked = filesToCheck(parseNameStatus('R090\tcontent/entries/old.md\tcontent/entries/new.md\n'), references);
    expect([...checked.dependents]).toEqual([
      ['content/entries/follows-old.md', { field: 'related[0].entry', target: 'content/entries/old.md', change: 'deleted' }],
    ]);
  });

  it('reports the problems of changed and dependent files only', () => {
    const checked = filesToCheck({ changed: new Set(['content/sources/report.md']), deleted: new Set() }, references);
    const problems = [problem('content/sources/report.md'), problem('content/entries/quotes-it.md'), problem('content/entries/unrelated.md')];
    expect(problemsInFilesToCheck(problems, checked)).toEqual(problems.slice(0, 2));
  });

  it('says which files were checked because of which change', () => {
    const checked = filesToCheck({ changed: new Set(['content/actors/agency.md']), deleted: new Set(['content/entries/old.md']) }, references);
    expect(describeFilesToCheck(checked, 'HEAD')).toEqual([
      'Checking 1 changed content file and the files that named 1 deleted or renamed file against HEAD, and 6 files that depend on them:',
      '  content/actors/desk.md  parent names content/actors/office.md (checked too)',
      '  content/actors/office.md  parent names content/actors/agency.md (changed)',
      '  content/entries/follows-old.md  related[0].entry names content/entries/old.md (deleted)',
      '  content/entries/links-actor.md  links to content/actors/agency.md (changed)',
      '  content/entries/names-actor.md  attribution.by.actor names content/actors/agency.md (changed)',
      '  content/sources/report.md  publisherActor names content/actors/agency.md (changed)',
    ]);
    expect(describeFilesToCheck(filesToCheck({ changed: new Set(['content/topics/story.md']), deleted: new Set() }, []), 'main')).toEqual([
      'Checking 1 changed content file against main.',
    ]);
  });
});
