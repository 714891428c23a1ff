import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticContent, syntheticCounts } from '../../../../scripts/bench/lib/synthetic.ts';
import { validateContentDir } from '../../../../src/domain/validation/index.ts';

describe("the benchmark's synthetic content", () => {
  const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes the validator, as the content it stands for must (a schema change that the generator missed fails here, not an hour into `npm run bench`)', () => {
    const dir = join(root, 'content');
    const files = syntheticContent(120);
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
    const result = validateContentDir(dir, root);
    expect(result.problems.map((problem) => `${problem.file}:${problem.line} ${problem.field} ${problem.message}`)).toEqual([]);
    expect(files.filter((file) => file.path.startsWith('entries/'))).toHaveLength(120);
    expect(files.filter((file) => file.path.startsWith('sources/'))).toHaveLength(syntheticCounts(120).sources);
    expect(files.some((file) => file.path.startsWith('places/'))).toBe(true);
  });
});
