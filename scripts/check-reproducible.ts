/**
 * `npm run check:reproducible`: two clean builds of the same commit must give byte-identical
 * sites. Each build starts without Astro's caches and writes to its own folder; every file is
 * compared. Files that cannot be identical are listed in ALLOWED with the reason (none today).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareDirs } from '../src/lib/checks/compare-dirs.ts';

/** Paths (regular expressions) allowed to differ between builds, each with why. */
const ALLOWED: { pattern: RegExp; reason: string }[] = [];

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'reproducible-'));
const outDirs = [join(work, 'first'), join(work, 'second')];
try {
  for (const outDir of outDirs) {
    for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(resolve(root, cache), { recursive: true, force: true });
    const build = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts'), '--outDir', outDir], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) {
      console.log(build.stdout, build.stderr);
      throw new Error(`build into ${outDir} failed`);
    }
  }
  const { differences, files } = compareDirs(outDirs[0] as string, outDirs[1] as string);
  const unexplained = differences.filter((difference) => !ALLOWED.some((allowed) => allowed.pattern.test(difference.file)));
  for (const difference of differences) {
    const allowed = ALLOWED.find((entry) => entry.pattern.test(difference.file));
    console.log(`${difference.file}: ${difference.kind}${allowed ? ` (allowed: ${allowed.reason})` : ''}`);
  }
  console.log(`${files} files compared across two clean builds; ${differences.length} differ, ${unexplained.length} unexplained.`);
  process.exitCode = unexplained.length > 0 ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
