/**
 * When each content file was added and changed, read from git history at build time.
 * Dates come from commits, so a build of the same commit is the same. Without git, or in a
 * shallow clone (where the oldest commit seen is not where a file began), `added` is unknown
 * and `complete` is false.
 */
import { execFileSync } from 'node:child_process';
import { timed } from './build-timing.ts';

export interface FileChange {
  /** ISO date-time of the commit. */
  readonly date: string;
  /** The commit's subject line. */
  readonly subject: string;
}

export interface FileHistory {
  /** ISO date-time of the commit that added the file, when known. */
  readonly added?: string;
  /** ISO date-time of the last commit that changed it. */
  readonly changed: string;
  /** Every commit that touched the file, newest first. */
  readonly changes: readonly FileChange[];
  /** False when the history was cut short (a shallow clone). */
  readonly complete: boolean;
}

const FIELD = '\u001f';

/** Parses `git log --format=%x00%cI%x1f%s --name-only` output (newest commit first). */
export function parseGitLog(output: string, historyComplete: boolean): Map<string, FileHistory> {
  const changes = new Map<string, FileChange[]>();
  for (const block of output.split('\u0000').slice(1)) {
    const [header = '', ...files] = block.split('\n');
    const [date = '', subject = ''] = header.split(FIELD);
    for (const file of files.map((line) => line.trim())) {
      if (!file) continue;
      const list = changes.get(file);
      const change = { date: date.trim(), subject: subject.trim() };
      if (list) list.push(change);
      else changes.set(file, [change]);
    }
  }
  const result = new Map<string, FileHistory>();
  for (const [file, list] of changes) {
    const newest = list[0] as FileChange;
    const oldest = list[list.length - 1] as FileChange;
    result.set(file, { ...(historyComplete ? { added: oldest.date } : {}), changed: newest.date, changes: list, complete: historyComplete });
  }
  return result;
}

const cache = new Map<string, Map<string, FileHistory>>();

/** History of every file under `path`, read once per build. */
export function readFileHistory(projectRoot: string, path = 'content'): Map<string, FileHistory> {
  const key = `${projectRoot}\u0000${path}`;
  const known = cache.get(key);
  if (known) return known;
  const history = timed('git-history', () => readGitLog(projectRoot, path));
  cache.set(key, history);
  return history;
}

function readGitLog(projectRoot: string, path: string): Map<string, FileHistory> {
  let history = new Map<string, FileHistory>();
  try {
    const run = (args: string[]) =>
      execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    const shallow = run(['rev-parse', '--is-shallow-repository']).trim() === 'true';
    history = parseGitLog(run(['log', `--format=%x00%cI${FIELD}%s`, '--name-only', '--no-renames', '--', path]), !shallow);
  } catch {
    // Not a git checkout, or git is missing: pages say the history is unavailable.
  }
  return history;
}
