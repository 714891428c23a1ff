import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../../../../scripts/checks/lib/import-graph.ts';

const root = resolve(import.meta.dirname, '../../../..');

describe('importCycles', () => {
  it('finds every cycle, and nothing in a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      importCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe("the project's import graph", () => {
  const graph = importGraph(root, ['src', 'scripts']);

  it('reads the project', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/domain/validation/validate.ts')).toContain('src/domain/validation/cross-references.ts');
  });

  it('has no cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  /** Which layers each layer may import: the tree's folders are the architecture (README, "Layout"). */
  const ALLOWED: Record<string, readonly string[]> = {
    'src/domain': ['src/domain'],
    'src/site': ['src/domain', 'src/site'],
    'src/browser': ['src/domain', 'src/site', 'src/browser', 'src/third-party'],
    'src/third-party': ['src/third-party'],
    'src/integrations': ['src/domain', 'src/site', 'src/third-party', 'src/integrations'],
  };

  it('keeps the layers apart: the domain imports nothing above it, the site no browser code', () => {
    const layer = (file: string) => file.split('/').slice(0, 2).join('/');
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const allowed = ALLOWED[layer(file)];
      if (!allowed) continue;
      for (const target of targets) if (!allowed.includes(layer(target))) wrong.push(`${file} -> ${target}`);
    }
    expect(wrong).toEqual([]);
  });

  it('ships no zod to the browser: no code the browser runs imports a module that needs it', () => {
    // zod is the build's and the validator's; in a bundle it is dead weight, and its check for
    // eval (`Function('')`) is a violation under the site's CSP.
    const values = importGraph(root, ['src'], { valuesOnly: true });
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const target of values.get(file) ?? []) visit(target);
    };
    for (const file of values.keys()) if (file.startsWith('src/browser/') && file.endsWith('.ts')) visit(file);
    const withZod = [...reached].filter((file) =>
      /^\s*import\s+(?!type\s)[^'"]*from\s+['"](astro\/zod|zod)['"]/m.test(readFileSync(resolve(root, file), 'utf8')),
    );
    expect(reached.size).toBeGreaterThan(10);
    expect(withZod).toEqual([]);
  });
});
