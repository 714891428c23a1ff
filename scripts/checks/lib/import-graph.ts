/**
 * The project's own import graph: which file imports which, by relative specifiers in
 * TypeScript and Astro files. Used to keep the layers apart (the domain imports nothing of the
 * site, the site nothing of the browser code) and the graph free of cycles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SPECIFIER = /(?:^|[\s;])(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

const TYPE_ONLY = /^[\s;]*(?:import|export)\s+type\s/;

/**
 * Imports among the files under `dirs` (paths relative to `root`, with `/`). With
 * `valuesOnly`, `import type` is left out: what a bundler follows into the browser's code.
 */
export function importGraph(root: string, dirs: readonly string[], { valuesOnly = false } = {}): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  for (const file of dirs.flatMap((dir) => walk(resolve(root, dir)))) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(SPECIFIER)) {
      if (valuesOnly && TYPE_ONLY.test(match[0])) continue;
      const target = resolve(dirname(file), (match[1] ?? match[2]) as string);
      if (existsSync(target) && /\.(ts|astro|mjs)$/.test(target)) targets.push(rel(target));
    }
    graph.set(rel(file), targets);
  }
  return graph;
}

/** Every cycle in the graph, each as the files around it (strongly connected components of more than one file, or a file importing itself). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
