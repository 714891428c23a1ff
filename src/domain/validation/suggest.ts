/** "Did you mean `atf`?": the closest known name to a mistyped one. */

/**
 * Edits between two names, where swapping two neighbouring letters (`prg` for `pgr`) counts
 * as one edit, like an insertion, a deletion or a substitution: the optimal-string-alignment
 * form of the Damerau–Levenshtein distance. Typing slips are mostly of these four kinds; plain
 * Levenshtein counts a swap as two and so prefers a wrong name (`npr`) to the one meant.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Three rows: the one before the previous is needed to see a swap.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, (beforePrevious[j - 2] as number) + 1);
      current[j] = distance;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** The closest candidate within a distance proportional to the name's length, or undefined. */
export function closestMatch(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Cheap bound first: lengths that differ by more than the limit can never be close.
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** A hint for an unknown name: "did you mean `atf`?" or a fallback. */
export function didYouMean(name: string, candidates: Iterable<string>, fallback: string): string {
  const match = closestMatch(name, candidates);
  return match ? `did you mean \`${match}\`?` : fallback;
}
