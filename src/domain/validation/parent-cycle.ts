/**
 * The chain of `parent`s from `id` back to itself, e.g. `['a', 'b', 'a']`, when `id` lies on a
 * cycle; undefined when its chain ends, or runs into a cycle that does not pass through it
 * (that cycle is reported at its own members). Actors and places both nest by `parent`.
 */
export function parentCycle(id: string, parents: ReadonlyMap<string, string | undefined>): string[] | undefined {
  const path = [id];
  for (let current = parents.get(id); current !== undefined; current = parents.get(current)) {
    if (current === id) return [...path, id];
    if (path.includes(current)) return undefined;
    path.push(current);
  }
  return undefined;
}
