/**
 * The date of the site's version: the commit date of the checkout, so that two builds of the
 * same commit are identical (no wall-clock time on any page). `SOURCE_DATE_EPOCH` overrides it,
 * as in other reproducible builds; without either, the build says "undated".
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

/** The version date, read once per build (every entry page asks for it). */
export function siteVersionDate(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string | undefined {
  const key = `${env['SOURCE_DATE_EPOCH'] ?? ''}\u0000${cwd}`;
  if (!cache.has(key)) cache.set(key, readVersionDate(env, cwd));
  return cache.get(key);
}

function readVersionDate(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  } catch {
    return undefined;
  }
}
