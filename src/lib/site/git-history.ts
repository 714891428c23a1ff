/**
 * When each content file was added and last changed, read from git history at build time.
 * Dates come from commits, so a build of the same commit is the same. Without git, or in a
 * shallow clone (where the oldest commit seen is not where a file began), `added` is unknown.
 */
import { execFileSync } from 'node:child_process';

export interface FileDates {
  /** ISO date-time of the commit that added the file, when known. */
  readonly added?: string;
  /** ISO date-time of the last commit that changed it. */
  readonly changed: string;
}

/** Parses `git log --format=%x00%cI --name-only` output (newest commit first). */
export function parseGitLog(output: string, historyComplete: boolean): Map<string, FileDates> {
  const dates = new Map<string, { added: string; changed: string }>();
  for (const block of output.split('\u0000').slice(1)) {
    const [date = '', ...files] = block.split('\n').map((line) => line.trim());
    for (const file of files) {
      if (!file) continue;
      const known = dates.get(file);
      if (known) known.added = date;
      else dates.set(file, { added: date, changed: date });
    }
  }
  const result = new Map<string, FileDates>();
  for (const [file, { added, changed }] of dates) result.set(file, historyComplete ? { added, changed } : { changed });
  return result;
}

export function readFileDates(projectRoot: string, path = 'content'): Map<string, FileDates> {
  try {
    const run = (args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    const shallow = run(['rev-parse', '--is-shallow-repository']).trim() === 'true';
    return parseGitLog(run(['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', path]), !shallow);
  } catch {
    return new Map();
  }
}
