/**
 * Where a full build's wall time goes, read from its output: the `build-timing` line that
 * src/integrations/pagefind.ts prints when BUILD_TIMING is set (our own phases, summed inside the
 * build process: src/site/build-timing.ts) and Astro's own "generating static routes … Completed
 * in Xs" line (page rendering, which the site model, data files and git history happen inside).
 */

export interface BuildParts {
  /** The validator, run by the content loader. */
  readonly validation: number;
  /** Rendering entry, actor and topic bodies to HTML, in the content loader. */
  readonly markdown: number;
  /** Astro rendering the pages, less the site model, data files and git history inside it. */
  readonly rendering: number;
  readonly siteModel: number;
  readonly dataFiles: number;
  readonly gitHistory: number;
  readonly pagefind: number;
  /** Everything else: starting Node and Astro, syncing the content store, bundling scripts and styles, writing files. */
  readonly other: number;
}

/** The parts of a build that took `wallMs`, from its output; undefined when the lines are missing. */
export function buildParts(output: string, wallMs: number): BuildParts | undefined {
  const line = /^build-timing (\{.*\})$/m.exec(output)?.[1];
  const routes = /generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/.exec(output);
  if (!line || !routes) return undefined;
  const timing = JSON.parse(line) as Record<string, number | undefined>;
  const ms = (name: string) => Math.max(0, Math.round(timing[name] ?? 0));
  const routesMs = Math.round(Number(routes[1]) * (routes[2] === 's' ? 1000 : 1));
  const siteModel = ms('site-model');
  const dataFiles = ms('data-files');
  const gitHistory = ms('git-history');
  const parts = {
    validation: ms('validation'),
    markdown: ms('markdown'),
    rendering: Math.max(0, routesMs - siteModel - dataFiles - gitHistory),
    siteModel,
    dataFiles,
    gitHistory,
    pagefind: ms('pagefind'),
  };
  const counted = Object.values(parts).reduce((sum, value) => sum + value, 0);
  return { ...parts, other: Math.max(0, Math.round(wallMs - counted)) };
}

/** The largest part, by name. */
export function largestPart(parts: BuildParts): keyof BuildParts {
  return (Object.entries(parts) as [keyof BuildParts, number][]).reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}
