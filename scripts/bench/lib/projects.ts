/**
 * The throwaway projects `npm run bench` builds, in a temporary folder outside `content/`:
 * - `full`: a copy of this site's code (config, `src`, `public`, `scripts`) over synthetic
 *   content, with `node_modules` linked and a one-commit git repository (the entry pages read
 *   their history from git), built exactly as `npm run validate && npm run build` would;
 * - `bare`: a minimal Astro project whose one collection globs the same entry Markdown files,
 *   with one plain page per entry, indexed by Pagefind in `astro:build:done`: the baseline for
 *   what the stack itself (Astro plus Pagefind) costs;
 * - `timeline`: the full site's code with every page but the timeline and its JSON removed,
 *   for the browser measurements at a size the full build is not run at.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { syntheticContent } from './synthetic.ts';

/** What a copy of the site needs besides `content/` (the project's fixed top level, minus docs and tests). */
const SITE_ITEMS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'] as const;

export function writeSyntheticContent(contentDir: string, entryCount: number): number {
  const files = syntheticContent(entryCount);
  for (const file of files) {
    const path = join(contentDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return files.length;
}

/** The date of the temporary repositories' one commit. */
export const COMMIT_DATE = '2026-01-01T00:00:00Z';

function gitCommit(dir: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: COMMIT_DATE, GIT_COMMITTER_DATE: COMMIT_DATE };
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'Synthetic content'],
  ]) {
    const result = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed in ${dir}: ${result.stderr}`);
  }
}

/** Copies the site's code into `dir`, links `node_modules`, writes N synthetic entries and commits. */
export function createFullProject(root: string, dir: string, entryCount: number, options: { pages?: readonly string[] } = {}): { files: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of SITE_ITEMS) cpSync(join(root, item), join(dir, item), { recursive: true });
  linkNodeModules(root, dir);
  if (options.pages) keepOnlyPages(join(dir, 'src', 'pages'), options.pages);
  const files = writeSyntheticContent(join(dir, 'content'), entryCount);
  gitCommit(dir);
  return { files };
}

/**
 * Links each installed package rather than the whole `node_modules` folder, so that Vite's and
 * Astro's caches (`node_modules/.vite`, `node_modules/.astro`) belong to the copy: builds in the
 * work tree or in other copies that run at the same time then cannot clear them under this one.
 */
function linkNodeModules(root: string, dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    symlinkSync(join(root, 'node_modules', name), join(target, name));
  }
}

/** Removes every file under `pagesDir` whose path (relative, with `/`) is not listed. */
function keepOnlyPages(pagesDir: string, keep: readonly string[]): void {
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
      } else if (!keep.includes(relative(pagesDir, path).split('\\').join('/'))) rmSync(path);
    }
  };
  walk(pagesDir);
}

/**
 * A bare Astro project over the same entry files: Astro's own glob loader (frontmatter as
 * data, no schema), Astro's default Markdown pipeline, one plain page per entry, and Pagefind
 * indexing them when the build is done. Built with the same Astro, Pagefind, Node and machine
 * as the full site.
 */
export function createBareProject(root: string, dir: string, entriesDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'entries'), { recursive: true });
  linkNodeModules(root, dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import { fileURLToPath } from 'node:url';",
      "import { defineConfig } from 'astro/config';",
      "import * as pagefind from 'pagefind';",
      '',
      '// Pagefind over the bare pages, the way Astro sites index themselves (in astro:build:done,',
      '// through its Node API): the stack’s own floor, with nothing of this project in it.',
      'const search = {',
      "  name: 'bare-pagefind',",
      '  hooks: {',
      "    'astro:build:done': async ({ dir }) => {",
      '      const started = performance.now();',
      "      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });",
      '      const added = await index.addDirectory({ path: fileURLToPath(dir) });',
      "      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });",
      '      await pagefind.close();',
      '      console.log(`bare-pagefind-timing ${JSON.stringify({ ms: Math.round(performance.now() - started), pages: added.page_count })}`);',
      '    },',
      '  },',
      '};',
      '',
      "export default defineConfig({ site: 'http://localhost:4321', trailingSlash: 'always', build: { format: 'directory' }, integrations: [search] });",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      '',
      `export const collections = { entries: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(entriesDir)} }) }) };`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'entries', '[id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      '',
      'export async function getStaticPaths() {',
      "  const entries = await getCollection('entries');",
      '  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<!doctype html>',
      '<html lang="en">',
      '  <head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>',
      '  <body>',
      '    <h1>{String(entry.data.title)}</h1>',
      '    <p>{String(entry.data.summary)}</p>',
      '    <Content />',
      '  </body>',
      '</html>',
      '',
    ].join('\n'),
  );
}
