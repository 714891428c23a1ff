/**
 * Where a build's time goes, for `npm run bench` (set BUILD_TIMING): each phase's total wall time
 * in milliseconds. The content loader and the pages run in one process but in separately bundled
 * copies of this module, so the totals live on `globalThis`. `src/integrations/pagefind.ts` prints
 * them as one line once the build is done. Without BUILD_TIMING nothing is measured.
 */

export type BuildPhase = 'validation' | 'markdown' | 'site-model' | 'data-files' | 'git-history';

const KEY = Symbol.for('agents-in-mexico.build-timing');
type Totals = Partial<Record<BuildPhase, number>>;

function totals(): Totals {
  const holder = globalThis as { [KEY]?: Totals };
  holder[KEY] ??= {};
  return holder[KEY];
}

function add(phase: BuildPhase, ms: number): void {
  const all = totals();
  all[phase] = (all[phase] ?? 0) + ms;
}

const enabled = (): boolean => Boolean(process.env['BUILD_TIMING']);

/** Runs `work`, adding its time to `phase` when timing is on. */
export function timed<T>(phase: BuildPhase, work: () => T): T {
  if (!enabled()) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    add(phase, performance.now() - started);
  }
}

/** Awaits `work`, adding the time until it settles to `phase` when timing is on. */
export async function timedAsync<T>(phase: BuildPhase, work: () => Promise<T>): Promise<T> {
  if (!enabled()) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    add(phase, performance.now() - started);
  }
}

/** The totals so far, rounded to whole milliseconds. */
export function buildTimings(): Record<string, number> {
  return Object.fromEntries(Object.entries(totals()).map(([phase, ms]) => [phase, Math.round(ms)]));
}
