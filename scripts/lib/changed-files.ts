/**
 * `npm run validate -- --changed`: the whole content is still validated (references need it),
 * and the problems reported are those of the changed files and of the files that depend on
 * them: a file that names a changed, renamed or deleted file by its id (an entry quoting a
 * changed source, anything naming a changed actor, topic or entry, a cross-link in a body)
 * can be broken by that change without being touched itself. Relations within a collection
 * (an actor's `parent`, an entry's `related`) are followed on, because a change can close a
 * cycle through files it does not name.
 */
import { execFileSync } from 'node:child_process';
import type { ContentReference } from '../../src/domain/validation/cross-references.ts';
import type { Problem } from '../../src/domain/validation/problem.ts';

export interface ChangedFiles {
  /** Project-relative paths of added, modified or renamed (new path) content files. */
  readonly changed: ReadonlySet<string>;
  /** Project-relative paths of deleted files, and the old paths of renamed ones. */
  readonly deleted: ReadonlySet<string>;
}

/** Why a file that did not change is checked: the first reference it holds to a change. */
export interface Dependency {
  /** The field of the dependent file that names the changed one, e.g. `evidence[0].source`. */
  readonly field: string;
  /** The path of the changed (or deleted) file it names. */
  readonly target: string;
  /** What happened to the target: changed, deleted, or itself checked as a dependent. */
  readonly change: 'changed' | 'deleted' | 'dependent';
}

export interface FilesToCheck {
  readonly changed: ReadonlySet<string>;
  readonly deleted: ReadonlySet<string>;
  /** Files that did not change but depend on a change, with the reason. */
  readonly dependents: ReadonlyMap<string, Dependency>;
}

/** `entries/x` for `content/entries/x.md` (whatever folder holds the collections). */
function contentKey(path: string): string | undefined {
  const match = /(?:^|\/)([^/]+)\/([^/]+)\.md$/.exec(path);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The changed files and every file that depends on one of them, following `references` backwards. */
export function filesToCheck(files: ChangedFiles, references: readonly ContentReference[]): FilesToCheck {
  const targets = new Map<string, { path: string; change: Dependency['change'] }>();
  for (const path of files.deleted) {
    const key = contentKey(path);
    if (key) targets.set(key, { path, change: 'deleted' });
  }
  for (const path of files.changed) {
    const key = contentKey(path);
    if (key) targets.set(key, { path, change: 'changed' });
  }
  const referencesTo = new Map<string, ContentReference[]>();
  for (const reference of references) {
    const key = `${reference.collection}/${reference.id}`;
    const list = referencesTo.get(key);
    if (list) list.push(reference);
    else referencesTo.set(key, [reference]);
  }
  const dependents = new Map<string, Dependency>();
  const queue = [...targets.keys()];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    const target = targets.get(key) as { path: string; change: Dependency['change'] };
    for (const reference of referencesTo.get(key) ?? []) {
      if (files.changed.has(reference.file) || dependents.has(reference.file)) continue;
      dependents.set(reference.file, { field: reference.field, target: target.path, change: target.change });
      const ownKey = contentKey(reference.file);
      // Within a collection (parents, related entries) a change reaches further, through cycles it closes.
      if (ownKey && ownKey.startsWith(`${reference.collection}/`) && !targets.has(ownKey)) {
        targets.set(ownKey, { path: reference.file, change: 'dependent' });
        queue.push(ownKey);
      }
    }
  }
  return { changed: files.changed, deleted: files.deleted, dependents };
}

export function problemsInFilesToCheck(problems: readonly Problem[], files: FilesToCheck): Problem[] {
  const wanted = (file: string) => files.changed.has(file) || files.dependents.has(file);
  return problems.filter((problem) => wanted(problem.file) || wanted(problem.file.replace(/\/$/, '')));
}

/** What was checked and why, for the text output: one line per file that did not change. */
export function describeFilesToCheck(files: FilesToCheck, base: string): string[] {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const head =
    `Checking ${count(files.changed.size, 'changed content file')}` +
    (files.deleted.size > 0 ? ` and the files that named ${count(files.deleted.size, 'deleted or renamed file')}` : '') +
    ` against ${base}` +
    (files.dependents.size > 0
      ? `, and ${count(files.dependents.size, 'file')} that depend${files.dependents.size === 1 ? 's' : ''} on ${files.changed.size + files.deleted.size === 1 ? 'it' : 'them'}:`
      : '.');
  const lines = [...files.dependents]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, why]) => {
      const what = why.change === 'dependent' ? 'checked too' : why.change;
      return `  ${file}  ${why.field === '(body)' ? 'links to' : `${why.field} names`} ${why.target} (${what})`;
    });
  return [head, ...lines];
}

/** Parses `git diff --name-status` lines: `M\tpath`, `D\tpath`, `R100\told\tnew`. */
export function parseNameStatus(output: string): ChangedFiles {
  const changed = new Set<string>();
  const deleted = new Set<string>();
  for (const line of output.split('\n')) {
    const [status = '', ...paths] = line.split('\t');
    if (!status) continue;
    if (status.startsWith('D')) {
      if (paths[0]) deleted.add(paths[0]);
    } else if (status.startsWith('R')) {
      if (paths[0]) deleted.add(paths[0]);
      if (paths[1]) changed.add(paths[1]);
    } else if (paths[0]) changed.add(paths[0]);
  }
  return { changed, deleted };
}

/** Content files changed against `base` (committed, staged, unstaged and untracked). */
export function changedContentFiles(projectRoot: string, base: string): ChangedFiles {
  const git = (args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const mergeBase = git(['merge-base', base, 'HEAD']).trim();
  // `--relative`: paths from the project root even when the project is a folder of a larger repository.
  const committedAndWorking = parseNameStatus(git(['diff', '--name-status', '--relative', '-M', mergeBase, '--', 'content']));
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', 'content']).split('\n').filter(Boolean);
  return { changed: new Set([...committedAndWorking.changed, ...untracked]), deleted: committedAndWorking.deleted };
}
