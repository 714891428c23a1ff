/**
 * The repository the site is built from, when the build is told it: `REPOSITORY_URL`
 * (e.g. `https://github.com/owner/name`, set by the GitHub Pages workflow), else package.json's
 * `repository`. It gives each entry page its "Edit this entry" and "Suggest a correction" links
 * and the web editor its GitHub backend; with neither set, those links are left out rather
 * than pointed at a guess. `REPOSITORY_BRANCH` names the branch files are edited on (`main`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Repository {
  /** The repository's web address, without a trailing slash: `https://github.com/owner/name`. */
  readonly url: string;
  readonly host: 'github' | 'gitlab' | 'other';
  /** `owner/name`, for GitHub and GitLab. */
  readonly path?: string;
  readonly branch: string;
}

type RepositoryField = string | { url?: string } | undefined;

const SHORTHAND = /^(?:(github|gitlab):)?([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)$/;

/** The repository from the environment or the manifest, or undefined when neither names one that can be linked to. */
export function repositoryFrom(env: Record<string, string | undefined>, manifestRepository: RepositoryField): Repository | undefined {
  const branch = env['REPOSITORY_BRANCH']?.trim() || 'main';
  const given = env['REPOSITORY_URL']?.trim() || (typeof manifestRepository === 'string' ? manifestRepository : manifestRepository?.url)?.trim();
  if (!given) return undefined;
  const shorthand = SHORTHAND.exec(given);
  if (shorthand) {
    const host = (shorthand[1] ?? 'github') as 'github' | 'gitlab';
    const path = (shorthand[2] as string).replace(/\.git$/, '');
    return { url: `https://${host}.com/${path}`, host, path, branch };
  }
  let address: URL;
  try {
    address = new URL(given.replace(/^git\+/, ''));
  } catch {
    return undefined;
  }
  // Only addresses a reader's browser can open; `git@…`, `ssh:` and anything else are not linked.
  if (address.protocol !== 'https:' && address.protocol !== 'http:') return undefined;
  const path = address.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  const host = address.hostname === 'github.com' ? 'github' : address.hostname === 'gitlab.com' ? 'gitlab' : 'other';
  const url = `${address.origin}/${path}`;
  return host === 'other' || !/^[^/]+\/[^/]+$/.test(path) ? { url, host: 'other', branch } : { url, host, path, branch };
}

/** The page that edits a file of the repository in the browser (GitHub and GitLab), else the page showing it. */
export function fileEditUrl(repository: Repository, file: string): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  const branch = encodeURIComponent(repository.branch);
  if (repository.host === 'github') return `${repository.url}/edit/${branch}/${encoded}`;
  if (repository.host === 'gitlab') return `${repository.url}/-/edit/${branch}/${encoded}`;
  return `${repository.url}/blob/${branch}/${encoded}`;
}

/**
 * A new issue from the "Report an error" form (.github/ISSUE_TEMPLATE/report-an-error.yml),
 * with the entry filled in; GitHub fills a form's fields from the query, by their ids.
 */
export function correctionIssueUrl(repository: Repository, entry: { title: string; address: string }): string {
  if (repository.host !== 'github') return `${repository.url}/issues/new`;
  const query = new URLSearchParams({ template: 'report-an-error.yml', title: `Error: ${entry.title}`, entry: entry.address });
  return `${repository.url}/issues/new?${query.toString()}`;
}

let cached: { repository: Repository | undefined } | undefined;

/** The build's repository (from `process.env` and package.json), read once. */
export function siteRepository(projectRoot: string = process.cwd()): Repository | undefined {
  if (!cached) {
    let manifestRepository: RepositoryField;
    try {
      manifestRepository = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { repository?: RepositoryField }).repository;
    } catch {
      manifestRepository = undefined;
    }
    cached = { repository: repositoryFrom(process.env, manifestRepository) };
  }
  return cached.repository;
}
