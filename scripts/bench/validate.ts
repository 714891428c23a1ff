/**
 * `npm run bench:validate [-- --entries 10000]`: writes synthetic content to a temporary
 * folder and times the standalone validator over it (reading, parsing, schema, references,
 * quotes, Markdown). Prints the figure; the goal is under 5 s for 10,000 entries here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticContent } from './lib/synthetic.ts';
import { median } from './lib/stats.ts';
import { validateContentDir } from '../../src/domain/validation/index.ts';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
const entryCount = Number(values.entries);
const runs = Number(values.runs);
const root = mkdtempSync(join(tmpdir(), 'bench-validate-'));
try {
  const files = syntheticContent(entryCount);
  for (const file of files) {
    const path = join(root, 'content', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = validateContentDir(join(root, 'content'), root);
    times.push(performance.now() - start);
    if (result.problems.length > 0) {
      console.error(`synthetic content has ${result.problems.length} problems, e.g. ${JSON.stringify(result.problems[0])}`);
      process.exit(1);
    }
  }
  const best = Math.min(...times);
  console.log(
    JSON.stringify({ entries: entryCount, files: files.length, runs, bestMs: Math.round(best), medianMs: Math.round(median(times)), node: process.version }),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
