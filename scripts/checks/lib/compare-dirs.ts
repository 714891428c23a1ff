/** Byte-for-byte comparison of two built sites, for the reproducible-build check. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './dist.ts';

export interface DirDifference {
  readonly file: string;
  readonly kind: 'only-in-first' | 'only-in-second' | 'content';
}

export function compareDirs(first: string, second: string): { differences: DirDifference[]; files: number } {
  const a = new Set(listFiles(first));
  const b = new Set(listFiles(second));
  const differences: DirDifference[] = [];
  for (const file of a) if (!b.has(file)) differences.push({ file, kind: 'only-in-first' });
  for (const file of b) if (!a.has(file)) differences.push({ file, kind: 'only-in-second' });
  for (const file of a) {
    if (b.has(file) && !readFileSync(join(first, file)).equals(readFileSync(join(second, file)))) differences.push({ file, kind: 'content' });
  }
  return { differences: differences.sort((x, y) => x.file.localeCompare(y.file)), files: a.size };
}
