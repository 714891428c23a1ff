/**
 * `npm run check:reproducible [-- --against DIR]`: a clean build of the same commit must give
 * the site byte for byte. The site in DIR (default `dist/`, the one `npm test` built and checked)
 * is compared with a build made from scratch, without Astro's caches, in a folder of its own;
 * with `--against none`, two clean builds are compared. Files that cannot be identical are listed
 * in ALLOWED with the reason (none today).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareDirs } from './lib/compare-dirs.ts';

/** Paths (regular expressions) allowed to differ between builds, each with why. */
const ALLOWED: { pattern: RegExp; reason: string }[] = [];

const root = process.cwd();
const { values } = parseArgs({ options: { against: { type: 'string', default: 'dist' } } });
const work = mkdtempSync(join(tmpdir(), 'reproducible-'));

function cleanBuild(outDir: string): void {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(resolve(root, cache), { recursive: true, force: true });
  const build = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    console.log(build.stdout, build.stderr);
    throw new Error(`build into ${outDir} failed`);
  }
}

try {
  let first = values.against === 'none' ? join(work, 'first') : resolve(root, values.against);
  if (values.against === 'none') cleanBuild(first);
  else if (!existsSync(join(first, 'index.html'))) {
    console.log(`${values.against}/ holds no built site; comparing two clean builds instead.`);
    first = join(work, 'first');
    cleanBuild(first);
  }
  const second = join(work, 'second');
  cleanBuild(second);
  const { differences, files } = compareDirs(first, second);
  const unexplained = differences.filter((difference) => !ALLOWED.some((allowed) => allowed.pattern.test(difference.file)));
  for (const difference of differences) {
    const allowed = ALLOWED.find((entry) => entry.pattern.test(difference.file));
    console.log(`${difference.file}: ${difference.kind}${allowed ? ` (allowed: ${allowed.reason})` : ''}`);
  }
  console.log(
    `${files} files compared between ${first === join(work, 'first') ? 'two clean builds' : `${values.against}/ and a clean build`}; ${differences.length} differ, ${unexplained.length} unexplained.`,
  );
  process.exitCode = unexplained.length > 0 ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
