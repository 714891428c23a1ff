/**
 * `npm run bench [-- --sizes 1000,10000 --timeline 5000 --search-query agency --keep]`
 *
 * For each size N: writes N synthetic entries (with sources and archived text, actors, topics,
 * quotes, counts, relations, conflicts and cross-links; `scripts/bench/lib/synthetic.ts`) into a
 * temporary copy of the site under the system's temporary folder (never `content/`), then measures, each as a
 * child process under GNU time with the process tree's memory sampled from /proc:
 *   1. the validator (`node scripts/validate.ts --content content`),
 *   2. the site build (`npm run build`: `astro build`, then Pagefind in its own process; its
 *      share is logged by scripts/build.ts when PAGEFIND_TIMING is set),
 *   3. a bare Astro site with one plain page per entry from the same Markdown files.
 * "Full build" = the site build, `npm run build` (scripts/build.ts): `astro build`, whose content
 * loader runs the whole validator in-process (a content problem fails the build with the
 * validator's report), then the pages; then Pagefind. The validator's command, which editors and `npm test` run first for
 * a fast report, is measured on its own and also reported added to the build (`fullWithCli`).
 * Then, in headless Chromium: the timeline page of a timeline-only build at --timeline entries
 * (default 5,000) against Knight Lab's TimelineJS3 loading the same events, and the first search
 * on the largest full build. Writes `scripts/bench/results.json` and prints every figure against its goal.
 * See scripts/bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  launchChromium,
  measureSearch,
  measureSiteTimeline,
  measureTimelineJs,
  readTimeline,
  writeTimelineJsPage,
  type SearchResult,
  type TimelineJsResult,
  type TimelineResult,
  type ZoomStep,
} from './lib/browser.ts';
import { GNU_TIME, measure, type Measured } from './lib/measure.ts';
import { COMMIT_DATE, createBareProject, createFullProject } from './lib/projects.ts';
import { serveStatic } from './lib/static-server.ts';
import { median, medianRun, type MedianRun } from './lib/stats.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    timeline: { type: 'string', default: '5000' },
    // Each timeline is loaded this many times, in a fresh browser context each; the load with
    // the median first render is reported, with the spread over all loads.
    'timeline-loads': { type: 'string', default: '5' },
    // TimelineJS3 takes over 10 s a load; it is the comparison, so fewer loads by default.
    'timelinejs3-loads': { type: 'string', default: '3' },
    // The validator's command takes seconds: run this many times, the median run reported.
    'validator-runs': { type: 'string', default: '3' },
    'search-query': { type: 'string', default: 'agency' },
    // Outside the work tree, so that no type check, watcher or test run sees the copies.
    tmp: { type: 'string', default: join(tmpdir(), 'timeline-bench') },
    out: { type: 'string', default: join(root, 'bench', 'results.json') },
    keep: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'git-version': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(
    'Usage: npm run bench [-- --sizes 1000,10000] [--timeline 5000|0] [--timeline-loads 5] [--timelinejs3-loads 3] [--validator-runs 3] [--search-query WORD] [--tmp DIR] [--out FILE] [--keep] [--no-browser] [--git-version]',
  );
  process.exit(0);
}
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const timelineSize = Number(values.timeline);
const loadCount = (value: string) => Math.max(1, Math.floor(Number(value)) || 1);
const timelineLoads = loadCount(values['timeline-loads']);
const timelineJsLoads = loadCount(values['timelinejs3-loads']);
const validatorRuns = loadCount(values['validator-runs']);
const tmp = resolve(values.tmp);
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const benchStarted = performance.now();
const loadBefore = loadavg();

function log(message: string): void {
  const seconds = ((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${seconds}s] ${message}`);
}

function countFiles(dir: string, suffix: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) count += countFiles(path, suffix);
    else if (name.endsWith(suffix)) count += 1;
  }
  return count;
}

function check(step: string, result: Measured): void {
  if (result.exitCode === 0) return;
  console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
  throw new Error(`${step} failed with exit code ${result.exitCode}`);
}

/** A measured step without its output. */
function summary(result: Measured) {
  return { wallMs: result.wallMs, peakTreeMB: result.peakTreeMB, maxRssMB: result.maxRssMB, maxRssFrom: result.maxRssFrom, byProcessMB: result.byProcessMB };
}

/**
 * SOURCE_DATE_EPOCH is the temporary repository's commit date (see projects.ts), so pages show
 * the same version date as git would give. It is set because `siteVersionDate()`
 * (src/site/version.ts) runs `git log -1` once per page, unmemoised: ~90 ms of process
 * spawning per entry page here, which alone would take the 10,000-entry build past 15 minutes.
 * `--git-version` leaves it unset to measure that cost.
 */
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PAGEFIND_TIMING: '1',
  ...(values['git-version'] ? {} : { SOURCE_DATE_EPOCH: String(Date.parse(COMMIT_DATE) / 1000) }),
};

interface SizeResult {
  entries: number;
  contentFiles: number;
  pages: { full: number; bare: number; pagefindIndexed: number };
  /** The run with the median wall time, of `validateRunsMs`. */
  validate: ReturnType<typeof summary>;
  validateRunsMs: number[];
  build: ReturnType<typeof summary>;
  pagefindMs: number | null;
  full: { wallMs: number; peakTreeMB: number };
  fullWithCli: { wallMs: number; peakTreeMB: number };
  bare: ReturnType<typeof summary>;
  ratio: { time: number; memory: number };
  pagefindShareOfFull: number | null;
}

async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await run());
  return results;
}

async function benchSize(entries: number): Promise<{ result: SizeResult; dist: string }> {
  const dir = join(tmp, `n${entries}`);
  log(`${entries} entries: writing synthetic content and the project copies`);
  const full = join(dir, 'full');
  const { files } = createFullProject(root, full, entries);
  const bare = join(dir, 'bare');
  createBareProject(root, bare, join(full, 'content', 'entries'));

  log(`${entries} entries: validator, ${validatorRuns} runs`);
  const validateRuns = await repeat(validatorRuns, async () => {
    const run = await measure(process.execPath, ['scripts/validate.ts', '--content', 'content'], { cwd: full, env, quiet: true });
    check('validate', run);
    return run;
  });
  const { run: validate, values: validateRunsMs } = medianRun(validateRuns, (run) => run.wallMs) as MedianRun<Measured>;
  log(`  ${validate.wallMs} ms (runs: ${validateRunsMs.join(', ')} ms), ${validate.peakTreeMB} MB`);

  log(`${entries} entries: npm run build (astro build, then Pagefind)`);
  const build = await measure(process.execPath, ['scripts/build.ts'], { cwd: full, env, quiet: true });
  check('npm run build', build);
  const timing = /pagefind-timing (\{.*\})/.exec(build.stdout + build.stderr)?.[1];
  const pagefind = timing ? (JSON.parse(timing) as { ms: number; pages: number }) : undefined;
  log(`  ${build.wallMs} ms, ${build.peakTreeMB} MB (Pagefind ${pagefind?.ms ?? '?'} ms)`);

  log(`${entries} entries: bare Astro build`);
  const bareBuild = await measure(process.execPath, [astroBin, 'build'], { cwd: bare, env, quiet: true });
  check('bare astro build', bareBuild);
  log(`  ${bareBuild.wallMs} ms, ${bareBuild.peakTreeMB} MB`);

  const fullWall = build.wallMs;
  const fullPeak = build.peakTreeMB;
  const dist = join(full, 'dist');
  const result: SizeResult = {
    entries,
    contentFiles: files,
    pages: { full: countFiles(dist, '.html'), bare: countFiles(join(bare, 'dist'), '.html'), pagefindIndexed: pagefind?.pages ?? 0 },
    validate: summary(validate),
    validateRunsMs: [...validateRunsMs],
    build: summary(build),
    pagefindMs: pagefind?.ms ?? null,
    full: { wallMs: fullWall, peakTreeMB: fullPeak },
    fullWithCli: { wallMs: validate.wallMs + build.wallMs, peakTreeMB: Math.max(validate.peakTreeMB, build.peakTreeMB) },
    bare: summary(bareBuild),
    ratio: { time: round(fullWall / bareBuild.wallMs), memory: round(fullPeak / bareBuild.peakTreeMB) },
    pagefindShareOfFull: pagefind ? round(pagefind.ms / fullWall, 3) : null,
  };
  rmSync(bare, { recursive: true, force: true });
  return { result, dist };
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Several loads of one timeline: the load with the median first render, and the spread over all loads. */
type Loads<T> = T & {
  readonly loads: number;
  readonly firstRenderRunsMs: readonly number[];
  readonly firstRenderMinMs: number | null;
  readonly firstRenderMaxMs: number | null;
  /** Over the zoom steps of every load. */
  readonly zoomMedianMs: number | null;
  readonly zoomMaxMs: number | null;
  readonly zoomSteps: number;
};

function summariseLoads<T extends { firstRenderMs: number | null; zoom: readonly ZoomStep[] }>(runs: readonly T[]): Loads<T> {
  const middle = medianRun(runs, (run) => run.firstRenderMs);
  const zoomMs = runs.flatMap((run) => run.zoom.flatMap((step) => (step.ms === null ? [] : [step.ms])));
  return {
    ...(middle?.run ?? (runs[0] as T)),
    loads: runs.length,
    firstRenderRunsMs: middle?.values ?? [],
    firstRenderMinMs: middle?.min ?? null,
    firstRenderMaxMs: middle?.max ?? null,
    zoomMedianMs: zoomMs.length > 0 ? median(zoomMs) : null,
    zoomMaxMs: zoomMs.length > 0 ? Math.max(...zoomMs) : null,
    zoomSteps: zoomMs.length,
  };
}

async function benchTimeline(
  entries: number,
): Promise<{ build: ReturnType<typeof summary>; site: Loads<TimelineResult>; timelinejs3: Loads<TimelineJsResult> }> {
  const dir = join(tmp, `timeline-${entries}`);
  log(`timeline: a timeline-only build of ${entries} entries`);
  createFullProject(root, dir, entries, { pages: ['timeline/index.astro', 'timeline.json.ts', 'timeline-details.json.ts'] });
  const build = await measure(process.execPath, [astroBin, 'build'], { cwd: dir, env, quiet: true });
  check('timeline build', build);
  const dist = join(dir, 'dist');
  const timeline = readTimeline(dist);
  const { data } = timeline;
  const tl3Dir = join(dir, 'timelinejs3');
  writeTimelineJsPage(tl3Dir, join(root, 'node_modules', '@knight-lab', 'timelinejs'), timeline);

  const browser = await launchChromium();
  try {
    const server = await serveStatic(dist);
    log(`timeline: the site's timeline in Chromium (${data.entries.length} entries), ${timelineLoads} loads`);
    const site = summariseLoads(await repeat(timelineLoads, () => measureSiteTimeline(browser, server.origin)));
    await server.close();
    log(
      `  first render ${site.firstRenderMs} ms after navigation start (loads: ${site.firstRenderRunsMs.join(', ')} ms); zoom median ${site.zoomMedianMs} ms, max ${site.zoomMaxMs} ms`,
    );
    const tl3Server = await serveStatic(tl3Dir);
    log(`timeline: TimelineJS3 in Chromium (${data.entries.length} events), ${timelineJsLoads} loads`);
    const timelinejs3 = summariseLoads(await repeat(timelineJsLoads, () => measureTimelineJs(browser, tl3Server.origin, data.entries.length)));
    await tl3Server.close();
    log(
      `  first render ${timelinejs3.firstRenderMs ?? timelinejs3.error} ms (loads: ${timelinejs3.firstRenderRunsMs.join(', ')} ms); zoom max ${timelinejs3.zoomMaxMs} ms`,
    );
    return { build: summary(build), site, timelinejs3 };
  } finally {
    await browser.close();
  }
}

async function benchSearch(dist: string, entries: number): Promise<SearchResult & { entries: number }> {
  log(`search: first search for "${values['search-query']}" on the ${entries}-entry site`);
  const browser = await launchChromium();
  const server = await serveStatic(dist);
  try {
    const result = await measureSearch(browser, server.origin, values['search-query']);
    log(`  page ${result.pageLoad.bytes} B, first search ${result.firstSearch.bytes} B in ${result.firstSearch.requests} requests`);
    return { ...result, entries };
  } finally {
    await server.close();
    await browser.close();
  }
}

function machine() {
  let chromium: string;
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = 'unknown';
  }
  const version = (pkg: string) => (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    visTimeline: version('vis-timeline'),
    timelinejs3: version('@knight-lab/timelinejs'),
    chromium,
    peakMemory: existsSync(GNU_TIME) ? 'GNU time -v (largest process) and /proc sampling (process tree sum of PSS)' : '/proc sampling only',
  };
}

interface Goal {
  readonly goal: string;
  readonly target: string;
  readonly actual: string;
  readonly pass: boolean | null;
}

function goals(results: { sizes: SizeResult[]; timeline?: Awaited<ReturnType<typeof benchTimeline>>; search?: SearchResult & { entries: number } }): Goal[] {
  const list: Goal[] = [];
  const largest = results.sizes[results.sizes.length - 1];
  const smallest = results.sizes[0];
  if (largest) {
    list.push(
      {
        goal: `full build time vs bare Astro, ${largest.entries} entries`,
        target: '≤ 1.5x',
        actual: `${largest.ratio.time}x (${sec(largest.full.wallMs)} vs ${sec(largest.bare.wallMs)})`,
        pass: largest.ratio.time <= 1.5,
      },
      {
        goal: `full build peak memory vs bare Astro, ${largest.entries} entries`,
        target: '≤ 1.5x',
        actual: `${largest.ratio.memory}x (${largest.full.peakTreeMB} MB vs ${largest.bare.peakTreeMB} MB)`,
        pass: largest.ratio.memory <= 1.5,
      },
      {
        goal: `validator alone, ${largest.entries} entries`,
        target: '< 5 s',
        actual: `${sec(largest.validate.wallMs)}, median of ${largest.validateRunsMs.length} runs (${largest.validateRunsMs.map(sec).join(', ')})`,
        pass: largest.validate.wallMs < 5000,
      },
      {
        goal: `Pagefind's share of the full build, ${largest.entries} entries`,
        target: '(reported)',
        actual: largest.pagefindShareOfFull === null ? 'unknown' : `${Math.round(largest.pagefindShareOfFull * 100)}% (${sec(largest.pagefindMs ?? 0)})`,
        pass: null,
      },
    );
  }
  if (largest && smallest && largest !== smallest) {
    const growth = round(largest.full.wallMs / smallest.full.wallMs);
    const factor = largest.entries / smallest.entries;
    list.push({
      goal: `full build growth ${smallest.entries} → ${largest.entries} entries`,
      target: `≤ ${round(factor * 1.1, 1)}x`,
      actual: `${growth}x (bare Astro ${round(largest.bare.wallMs / smallest.bare.wallMs)}x)`,
      pass: growth <= factor * 1.1,
    });
  }
  if (results.timeline) {
    const { site, timelinejs3 } = results.timeline;
    list.push(
      {
        goal: `timeline first render, ${site.entries} entries`,
        target: '< 1 s',
        actual: `${site.firstRenderMs} ms from navigation start, median of ${site.loads} loads (${site.firstRenderMinMs} to ${site.firstRenderMaxMs} ms); ${site.dataToRenderMs} ms from data request; ${site.drawnItems} items + ${site.drawnClusters} clusters in the DOM`,
        pass: site.firstRenderMs < 1000,
      },
      {
        goal: 'timeline zoom step (button to next frame)',
        target: 'responsive (< 100 ms)',
        actual: `median ${site.zoomMedianMs} ms, max ${site.zoomMaxMs} ms over ${site.zoomSteps} steps`,
        pass: site.zoomMaxMs !== null && site.zoomMaxMs < 100,
      },
      {
        goal: `TimelineJS3 first render, same ${timelinejs3.events} events`,
        target: '(comparison)',
        actual:
          timelinejs3.firstRenderMs === null
            ? String(timelinejs3.error)
            : `${timelinejs3.firstRenderMs} ms, median of ${timelinejs3.loads} loads (${timelinejs3.firstRenderMinMs} to ${timelinejs3.firstRenderMaxMs} ms); ${timelinejs3.drawnMarkers} markers in the DOM; zoom max ${timelinejs3.zoomMaxMs} ms`,
        pass: null,
      },
      {
        goal: 'timeline page JavaScript (gzip, over the wire)',
        target: '≤ 100 KB',
        actual: `${kb(site.jsTransferBytes)}`,
        pass: site.jsTransferBytes <= 100 * 1024,
      },
    );
  }
  if (results.search) {
    const { search } = results;
    list.push({
      goal: `first search transfer, ${search.entries} entries ("${search.query}")`,
      target: '≤ 150 KB',
      actual: `${kb(search.firstSearch.bytes)} in ${search.firstSearch.requests} requests (page itself ${kb(search.pageLoad.bytes)})`,
      pass: search.firstSearch.bytes <= 150 * 1024,
    });
  }
  return list;
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  mkdirSync(tmp, { recursive: true });
  const sizeResults: SizeResult[] = [];
  let largestDist: string | undefined;
  for (const entries of sizes) {
    const { result, dist } = await benchSize(entries);
    sizeResults.push(result);
    largestDist = dist;
  }
  let timeline: Awaited<ReturnType<typeof benchTimeline>> | undefined;
  let search: (SearchResult & { entries: number }) | undefined;
  if (!values['no-browser']) {
    if (timelineSize > 0) timeline = await benchTimeline(timelineSize);
    const largest = sizes[sizes.length - 1];
    if (largestDist && largest) search = await benchSearch(largestDist, largest);
  }
  const totalMs = Math.round(performance.now() - benchStarted);
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    loadAverage: { before: loadBefore.map((n) => round(n)), after: loadavg().map((n) => round(n)) },
    command: `node scripts/bench/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
    sourceDateEpoch: values['git-version']
      ? 'unset: pages ran `git log -1` each'
      : 'set to the temporary commit date (see scripts/bench/README.md, hot spot 1)',
    sizes: sizeResults,
    ...(sizeResults.length > 1
      ? {
          growth: {
            from: sizeResults[0]?.entries,
            to: sizeResults[sizeResults.length - 1]?.entries,
            full: round((sizeResults[sizeResults.length - 1] as SizeResult).full.wallMs / (sizeResults[0] as SizeResult).full.wallMs),
            validate: round((sizeResults[sizeResults.length - 1] as SizeResult).validate.wallMs / (sizeResults[0] as SizeResult).validate.wallMs),
            build: round((sizeResults[sizeResults.length - 1] as SizeResult).build.wallMs / (sizeResults[0] as SizeResult).build.wallMs),
            bare: round((sizeResults[sizeResults.length - 1] as SizeResult).bare.wallMs / (sizeResults[0] as SizeResult).bare.wallMs),
          },
        }
      : {}),
    ...(timeline ? { timeline } : {}),
    ...(search ? { search } : {}),
    goals: goals({ sizes: sizeResults, ...(timeline ? { timeline } : {}), ...(search ? { search } : {}) }),
    totalMs,
  };
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(resolve(values.out), `${JSON.stringify(results, null, 2)}\n`);
  if (!values.keep) rmSync(tmp, { recursive: true, force: true });

  console.log('');
  console.log(
    '| size | validator command | full build = astro build (of which Pagefind) | validator + build | bare Astro | full/bare time | full/bare memory |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const size of sizeResults) {
    console.log(
      `| ${size.entries} entries, ${size.pages.full} pages | ${sec(size.validate.wallMs)}, ${size.validate.peakTreeMB} MB | ${sec(size.build.wallMs)} (${sec(size.pagefindMs ?? 0)}), ${size.build.peakTreeMB} MB | ${sec(size.fullWithCli.wallMs)}, ${size.fullWithCli.peakTreeMB} MB | ${sec(size.bare.wallMs)}, ${size.bare.peakTreeMB} MB (${size.pages.bare} pages) | ${size.ratio.time}x | ${size.ratio.memory}x |`,
    );
  }
  console.log('');
  console.log('| goal | target | actual | met |');
  console.log('| --- | --- | --- | --- |');
  for (const goal of results.goals) console.log(`| ${goal.goal} | ${goal.target} | ${goal.actual} | ${goal.pass === null ? '—' : goal.pass ? 'yes' : 'NO'} |`);
  console.log('');
  log(`done in ${sec(totalMs)}; results in ${resolve(values.out)}`);
}

await main();
