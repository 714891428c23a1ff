/**
 * `npm run bench [-- --sizes 1000,10000 --timeline 5000 --search-query agency --keep]`
 *
 * For each size N: writes N synthetic entries (with sources and archived text, actors, topics,
 * quotes, counts, relations, conflicts and cross-links; `scripts/bench/lib/synthetic.ts`) into a
 * temporary copy of the site under the system's temporary folder (never `content/`), then measures, each as a
 * child process under GNU time with the process tree's memory sampled from /proc:
 *   1. the validator (`node scripts/validate.ts --content content`),
 *   2. the site build (`npm run build`, which is `astro build`: the content loader runs the
 *      validator, then the pages, then Pagefind in `astro:build:done`), with BUILD_TIMING set so
 *      that it prints its parts (scripts/bench/lib/build-parts.ts),
 *   3. the stack's floor: a bare Astro site with one plain page per entry from the same Markdown
 *      files, indexed by Pagefind the same way (its share printed too).
 * The validator's command, which editors run first for a fast report, is measured on its own and
 * also reported added to the build (`fullWithCli`).
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
  measureFirstViewHtml,
  measureSiteTimeline,
  measureTimelineJs,
  readTimeline,
  writeTimelineJsPage,
  type SearchResult,
  type TimelineJsResult,
  type TimelineResult,
  type ZoomStep,
} from './lib/browser.ts';
import { buildParts, largestPart, type BuildParts } from './lib/build-parts.ts';
import { GNU_TIME, measure, type Measured } from './lib/measure.ts';
import { createBareProject, createFullProject } from './lib/projects.ts';
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
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(
    'Usage: npm run bench [-- --sizes 1000,10000] [--timeline 5000|0] [--timeline-loads 5] [--timelinejs3-loads 3] [--validator-runs 3] [--search-query WORD] [--tmp DIR] [--out FILE] [--keep] [--no-browser]',
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

/** The builds read their version date and history from each copy's one-commit repository, as a real build does. */
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_TIMING: '1' };

interface SizeResult {
  entries: number;
  contentFiles: number;
  pages: { full: number; bare: number; pagefindIndexed: number };
  /** The run with the median wall time, of `validateRunsMs`. */
  validate: ReturnType<typeof summary>;
  validateRunsMs: number[];
  build: ReturnType<typeof summary>;
  /** Where the full build's time went. */
  parts: BuildParts | null;
  pagefindMs: number | null;
  full: { wallMs: number; peakTreeMB: number };
  fullWithCli: { wallMs: number; peakTreeMB: number };
  /** The stack's floor: bare Astro plus bare Pagefind, in one build. */
  bare: ReturnType<typeof summary>;
  barePagefindMs: number | null;
  /** Full build against the floor; `timeVsAstroOnly` against bare Astro without its Pagefind step. */
  ratio: { time: number; memory: number; timeVsAstroOnly: number | null };
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

  log(`${entries} entries: npm run build (astro build, Pagefind in its last step)`);
  const build = await measure(process.execPath, [astroBin, 'build'], { cwd: full, env, quiet: true });
  check('npm run build', build);
  const output = build.stdout + build.stderr;
  const parts = buildParts(output, build.wallMs) ?? null;
  const pagefindPages = Number(/"pagefindPages":(\d+)/.exec(output)?.[1] ?? 0);
  log(`  ${build.wallMs} ms, ${build.peakTreeMB} MB; parts: ${parts ? JSON.stringify(parts) : 'not printed'}`);

  log(`${entries} entries: bare Astro + Pagefind build`);
  const bareBuild = await measure(process.execPath, [astroBin, 'build'], { cwd: bare, env, quiet: true });
  check('bare astro build', bareBuild);
  const barePagefind = /bare-pagefind-timing (\{.*\})/.exec(bareBuild.stdout + bareBuild.stderr)?.[1];
  const barePagefindMs = barePagefind ? (JSON.parse(barePagefind) as { ms: number }).ms : null;
  log(`  ${bareBuild.wallMs} ms (Pagefind ${barePagefindMs ?? '?'} ms), ${bareBuild.peakTreeMB} MB`);

  const fullWall = build.wallMs;
  const fullPeak = build.peakTreeMB;
  const dist = join(full, 'dist');
  const result: SizeResult = {
    entries,
    contentFiles: files,
    pages: { full: countFiles(dist, '.html'), bare: countFiles(join(bare, 'dist'), '.html'), pagefindIndexed: pagefindPages },
    validate: summary(validate),
    validateRunsMs: [...validateRunsMs],
    build: summary(build),
    parts,
    pagefindMs: parts?.pagefind ?? null,
    full: { wallMs: fullWall, peakTreeMB: fullPeak },
    fullWithCli: { wallMs: validate.wallMs + build.wallMs, peakTreeMB: Math.max(validate.peakTreeMB, build.peakTreeMB) },
    bare: summary(bareBuild),
    barePagefindMs,
    ratio: {
      time: round(fullWall / bareBuild.wallMs),
      memory: round(fullPeak / bareBuild.peakTreeMB),
      timeVsAstroOnly: barePagefindMs === null ? null : round(fullWall / (bareBuild.wallMs - barePagefindMs)),
    },
    pagefindShareOfFull: parts ? round(parts.pagefind / fullWall, 3) : null,
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

async function benchTimeline(entries: number): Promise<{
  build: ReturnType<typeof summary>;
  site: Loads<TimelineResult> & { firstViewPaintMs: number | null; firstViewPaintRunsMs: readonly number[] };
  firstViewHtml: { bytes: number; gzipBytes: number; boxes: number };
  timelinejs3: Loads<TimelineJsResult>;
}> {
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
    const runs = await repeat(timelineLoads, () => measureSiteTimeline(browser, server.origin));
    const paints = runs.flatMap((run) => (run.firstContentfulPaintMs === null ? [] : [run.firstContentfulPaintMs]));
    const site = { ...summariseLoads(runs), firstViewPaintMs: paints.length > 0 ? median(paints) : null, firstViewPaintRunsMs: paints };
    const firstViewHtml = await measureFirstViewHtml(browser, server.origin);
    await server.close();
    log(
      `  first view painted ${site.firstViewPaintMs} ms after navigation start (loads: ${paints.join(', ')} ms); vis took over at ${site.firstRenderMs} ms (loads: ${site.firstRenderRunsMs.join(', ')} ms); zoom median ${site.zoomMedianMs} ms, max ${site.zoomMaxMs} ms`,
    );
    log(`  first view in the HTML: ${firstViewHtml.boxes} boxes, ${firstViewHtml.bytes} B, ${firstViewHtml.gzipBytes} B gzipped`);
    const tl3Server = await serveStatic(tl3Dir);
    log(`timeline: TimelineJS3 in Chromium (${data.entries.length} events), ${timelineJsLoads} loads`);
    const timelinejs3 = summariseLoads(await repeat(timelineJsLoads, () => measureTimelineJs(browser, tl3Server.origin, data.entries.length)));
    await tl3Server.close();
    log(
      `  first render ${timelinejs3.firstRenderMs ?? timelinejs3.error} ms (loads: ${timelinejs3.firstRenderRunsMs.join(', ')} ms); zoom max ${timelinejs3.zoomMaxMs} ms`,
    );
    return { build: summary(build), site, firstViewHtml, timelinejs3 };
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
        goal: `full build time vs bare Astro + bare Pagefind, ${largest.entries} entries`,
        target: '≤ 1.5x',
        actual: `${largest.ratio.time}x (${sec(largest.full.wallMs)} vs ${sec(largest.bare.wallMs)}, of which Pagefind ${sec(largest.barePagefindMs ?? 0)}); vs bare Astro alone ${largest.ratio.timeVsAstroOnly ?? '?'}x`,
        pass: largest.ratio.time <= 1.5,
      },
      {
        goal: `full build peak memory vs bare Astro + bare Pagefind, ${largest.entries} entries`,
        target: '≤ 1.5x',
        actual: `${largest.ratio.memory}x (${largest.full.peakTreeMB} MB vs ${largest.bare.peakTreeMB} MB)`,
        pass: largest.ratio.memory <= 1.5,
      },
      {
        goal: `full build's parts, ${largest.entries} entries`,
        target: '(reported: the largest part names where the difference lies)',
        actual: largest.parts
          ? `${Object.entries(largest.parts)
              .map(([name, ms]) => `${name} ${sec(ms)}`)
              .join(', ')}; largest: ${largestPart(largest.parts)}`
          : 'not printed',
        pass: null,
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
    const { site, timelinejs3, firstViewHtml } = results.timeline;
    list.push(
      {
        goal: `timeline first view visible (drawn in the HTML), ${site.entries} entries`,
        target: '< 0.5 s',
        actual: `${site.firstViewPaintMs} ms from navigation start (first contentful paint), median of ${site.firstViewPaintRunsMs.length} loads (${site.firstViewPaintRunsMs.join(', ')} ms)`,
        pass: site.firstViewPaintMs !== null && site.firstViewPaintMs < 500,
      },
      {
        goal: `timeline interactive (vis-timeline took over), ${site.entries} entries`,
        target: '< 1.5 s',
        actual: `${site.firstRenderMs} ms from navigation start, median of ${site.loads} loads (${site.firstRenderMinMs} to ${site.firstRenderMaxMs} ms); ${site.dataToRenderMs} ms from data request; ${site.drawnItems} items + ${site.drawnClusters} clusters in the DOM`,
        pass: site.firstRenderMs < 1500,
      },
      {
        goal: `first view's HTML (both profiles), ${site.entries} entries`,
        target: '≤ 40 KB gzipped',
        actual: `${kb(firstViewHtml.gzipBytes)} gzipped (${kb(firstViewHtml.bytes)} raw), ${firstViewHtml.boxes} boxes`,
        pass: firstViewHtml.gzipBytes <= 40 * 1024,
      },
      {
        goal: 'timeline zoom step (button to next frame)',
        target: '< 200 ms',
        actual: `median ${site.zoomMedianMs} ms, max ${site.zoomMaxMs} ms over ${site.zoomSteps} steps`,
        pass: site.zoomMaxMs !== null && site.zoomMaxMs < 200,
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

const PART_NAMES = [
  'validation',
  'markdown',
  'rendering',
  'siteModel',
  'dataFiles',
  'gitHistory',
  'pagefind',
  'other',
] as const satisfies readonly (keyof BuildParts)[];
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
    '| size | validator command | full build (of which Pagefind) | validator + build | bare Astro + Pagefind (of which Pagefind) | full/bare time | full/bare memory |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const size of sizeResults) {
    console.log(
      `| ${size.entries} entries, ${size.pages.full} pages | ${sec(size.validate.wallMs)}, ${size.validate.peakTreeMB} MB | ${sec(size.build.wallMs)} (${sec(size.pagefindMs ?? 0)}), ${size.build.peakTreeMB} MB | ${sec(size.fullWithCli.wallMs)}, ${size.fullWithCli.peakTreeMB} MB | ${sec(size.bare.wallMs)} (${sec(size.barePagefindMs ?? 0)}), ${size.bare.peakTreeMB} MB (${size.pages.bare} pages) | ${size.ratio.time}x | ${size.ratio.memory}x |`,
    );
  }
  console.log('');
  console.log(`| size | ${PART_NAMES.join(' | ')} |`);
  console.log(`| --- |${PART_NAMES.map(() => ' --- |').join('')}`);
  for (const size of sizeResults) {
    if (size.parts) console.log(`| ${size.entries} entries | ${PART_NAMES.map((name) => sec((size.parts as BuildParts)[name])).join(' | ')} |`);
  }
  console.log('');
  console.log('| goal | target | actual | met |');
  console.log('| --- | --- | --- | --- |');
  for (const goal of results.goals) console.log(`| ${goal.goal} | ${goal.target} | ${goal.actual} | ${goal.pass === null ? '—' : goal.pass ? 'yes' : 'NO'} |`);
  console.log('');
  log(`done in ${sec(totalMs)}; results in ${resolve(values.out)}`);
}

await main();
