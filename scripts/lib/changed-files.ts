/**
 * `npm run validate -- --changed`: the whole content is still validated (references need it),
 * but only problems in changed files are reported. A deleted file can break files that did
 * not change, so when any content file was deleted, every problem is reported.
 */
import { execFileSync } from 'node:child_process';
import type { Problem } from '../../src/domain/validation/problem.ts';

export interface ChangedFiles {
  /** Project-relative paths of added, modified or renamed content files. */
  readonly changed: ReadonlySet<string>;
  /** Whether any content file was deleted. */
  readonly deleted: boolean;
}

export function problemsInChangedFiles(problems: readonly Problem[], files: ChangedFiles): Problem[] {
  if (files.deleted) return [...problems];
  return problems.filter((problem) => files.changed.has(problem.file.replace(/\/$/, '')) || files.changed.has(problem.file));
}

/** Parses `git diff --name-status` lines: `M\tpath`, `D\tpath`, `R100\told\tnew`. */
export function parseNameStatus(output: string): ChangedFiles {
  const changed = new Set<string>();
  let deleted = false;
  for (const line of output.split('\n')) {
    const [status = '', ...paths] = line.split('\t');
    if (!status) continue;
    if (status.startsWith('D')) deleted = true;
    else if (status.startsWith('R')) {
      deleted = true;
      if (paths[1]) changed.add(paths[1]);
    } else if (paths[0]) changed.add(paths[0]);
  }
  return { changed, deleted };
}

/** Content files changed against `base` (committed, staged, unstaged and untracked). */
export function changedContentFiles(projectRoot: string, base: string): ChangedFiles {
  const git = (args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const mergeBase = git(['merge-base', base, 'HEAD']).trim();
  const committedAndWorking = parseNameStatus(git(['diff', '--name-status', mergeBase, '--', 'content']));
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', 'content']).split('\n').filter(Boolean);
  return { changed: new Set([...committedAndWorking.changed, ...untracked]), deleted: committedAndWorking.deleted };
}
