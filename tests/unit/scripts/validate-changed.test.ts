/**
 * `npm run validate -- --changed` end to end, in a temporary git repository holding the valid
 * fixture set: an edit that breaks files it does not touch must be reported, with the reason
 * each of those files was checked.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VALID_CONTENT_DIR } from '../../fixtures/cases.ts';

const CLI = resolve(import.meta.dirname, '../../../scripts/validate.ts');
let repo: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
const validateChanged = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, '--changed', '--base', 'HEAD', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const edit = (path: string, change: (text: string) => string) => writeFileSync(join(repo, path), change(readFileSync(join(repo, path), 'utf8')));

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'validate-changed-'));
  cpSync(VALID_CONTENT_DIR, join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.invalid', 'commit', '-qm', 'Valid content');
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe('validate --changed', () => {
  it('passes when nothing changed', () => {
    const result = validateChanged();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Checking 0 changed content files against HEAD.');
  });

  it('reports an unchanged entry whose quote an edit of its source broke, and says why it was checked', () => {
    // The archived text no longer holds the entry's quote "several hundred" fixture agents work for the Example Agency.
    edit('content/sources/fixture-gazette-report.md', (text) => text.replace('fixture agents work for', 'fixture agents serve'));
    const result = validateChanged();
    expect(result.stdout).toContain('Checking 1 changed content file against HEAD, and 2 files that depend on it:');
    expect(result.stdout).toContain(
      '  content/entries/gazette-disputes-director.md  evidence[0].source names content/sources/fixture-gazette-report.md (changed)',
    );
    expect(result.stdout).toContain(
      '  content/entries/gazette-reports-several-hundred-agents.md  evidence[0].source names content/sources/fixture-gazette-report.md (changed)',
    );
    expect(result.stdout).toMatch(
      /^content\/entries\/gazette-reports-several-hundred-agents\.md:16:5 {2}evidence\[0\]\.quote {2}quote not found in the archived text of source `fixture-gazette-report`/m,
    );
    expect(result.status).toBe(1);
  });

  it('reports the files that named a deleted actor', () => {
    rmSync(join(repo, 'content/actors/fixture-gazette.md'));
    const result = validateChanged();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('content/sources/fixture-gazette-report.md  publisherActor names content/actors/fixture-gazette.md (deleted)');
    expect(result.stdout).toContain('content/sources/fixture-gazette-report.md:6:1  publisherActor  unknown actor `fixture-gazette`');
    expect(result.stdout).toContain(
      'content/entries/gazette-reports-several-hundred-agents.md:13:7  attribution.via[0].actor  unknown actor `fixture-gazette`',
    );
  });

  it('reports the files that named a renamed entry, committed on a branch', () => {
    git('checkout', '-qb', 'rename');
    renameSync(join(repo, 'content/entries/example-agency-opens-field-office.md'), join(repo, 'content/entries/example-agency-opens-an-office.md'));
    edit('content/entries/example-agency-opens-an-office.md', (text) =>
      text.replace('id: example-agency-opens-field-office', 'id: example-agency-opens-an-office'),
    );
    git('add', '-A');
    git('-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.invalid', 'commit', '-qm', 'Rename');
    const branch = validateChanged('--base', 'main');
    expect(branch.stdout).toContain(
      'content/entries/example-agency-says-500-agents.md  related[0].entry names content/entries/example-agency-opens-field-office.md (deleted)',
    );
    expect(branch.stdout).toContain('related[0].entry  unknown entry `example-agency-opens-field-office`  (did you mean `example-agency-opens-an-office`?)');
    expect(branch.status).toBe(1);
  });

  it('still ignores problems in files that neither changed nor depend on a change', () => {
    // An entry broken in the base commit, then a change to an actor it does not name.
    edit('content/entries/gazette-disputes-director.md', (text) => text.replace(/^title: .*$/m, 'title: ""'));
    git('add', '-A');
    git('-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.invalid', 'commit', '-qm', 'Broken title');
    edit('content/actors/example-agency-field-office.md', (text) => text.replace('A fictional field office', 'A fictional local office'));
    const result = validateChanged();
    expect(result.stdout).toContain('Checking 1 changed content file against HEAD, and 1 file that depends on it:');
    expect(result.stdout).toContain(
      '  content/entries/example-agency-opens-field-office.md  actors[1] names content/actors/example-agency-field-office.md (changed)',
    );
    expect(result.stdout).not.toContain('gazette-disputes-director');
    expect(result.status).toBe(0);
  });
});
