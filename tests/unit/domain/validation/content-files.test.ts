import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../src/domain/validation/content-files.ts';
import { validateContentDir } from '../../../../src/domain/validation/index.ts';

describe('readContentFiles', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'content-files-'));
    mkdirSync(join(root, 'content', 'entries', 'nested'), { recursive: true });
    mkdirSync(join(root, 'content', 'actors'), { recursive: true });
    mkdirSync(join(root, 'content', 'unknown-collection'), { recursive: true });
    writeFileSync(join(root, 'content', 'entries', 'b.md'), 'b');
    writeFileSync(join(root, 'content', 'entries', 'a.md'), 'a');
    writeFileSync(join(root, 'content', 'actors', 'x.txt'), 'x');
    writeFileSync(join(root, 'content', 'unknown-collection', 'ignored.md'), 'ignored');
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('lists the files of each collection in collection order then name order, with project-relative paths', () => {
    const files = readContentFiles(join(root, 'content'), root);
    expect(files.map((file) => [file.collection, file.file, new TextDecoder().decode(file.bytes)])).toEqual([
      ['entries', 'content/entries/a.md', 'a'],
      ['entries', 'content/entries/b.md', 'b'],
      ['entries', 'content/entries/nested/', ''],
      ['actors', 'content/actors/x.txt', 'x'],
    ]);
  });

  it('feeds the validator, which reports folders and non-Markdown files', () => {
    const result = validateContentDir(join(root, 'content'));
    expect(result.filesChecked).toBe(4);
    expect(result.problems.map((problem) => `${problem.file} ${problem.message}`)).toEqual([
      'content/actors/x.txt not a Markdown file',
      'content/entries/a.md file has no frontmatter',
      'content/entries/b.md file has no frontmatter',
      'content/entries/nested/ folders are not allowed inside a collection',
    ]);
  });

  it('treats a missing content folder as empty', () => {
    expect(readContentFiles(join(root, 'does-not-exist'), root)).toEqual([]);
  });
});

describe('readContentFiles and symbolic links', () => {
  it('reports a symbolic link (even a dangling one) instead of following it', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { validateFiles } = await import('../../../../src/domain/validation/validate.ts');
    const root = mkdtempSync(join(tmpdir(), 'symlink-'));
    mkdirSync(join(root, 'content', 'entries'), { recursive: true });
    symlinkSync('/nonexistent/target.md', join(root, 'content', 'entries', 'dangling.md'));
    symlinkSync('/etc/hostname', join(root, 'content', 'entries', 'outside.md'));
    const files = readContentFiles(join(root, 'content'), root);
    const result = validateFiles(files);
    expect(result.problems.map((p) => `${p.file}  ${p.message}`)).toEqual([
      'content/entries/dangling.md  not a regular file (a symbolic link or device)',
      'content/entries/outside.md  not a regular file (a symbolic link or device)',
    ]);
  });
});
