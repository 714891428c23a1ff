/** Summaries of repeated measurements: one load of a page is noisy on a shared machine. */

/** The middle value; of an even count, the lower of the two middle values (a value that was measured). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] as number;
}

export interface MedianRun<T> {
  /** The run whose figure is the median: its other figures are reported as measured together. */
  readonly run: T;
  /** The figure of every run, in the order they ran. */
  readonly values: readonly number[];
  readonly min: number;
  readonly max: number;
}

/**
 * Of several runs, the one whose figure is the median (runs without the figure are left out),
 * with that figure's spread over all of them; undefined when no run has the figure.
 */
export function medianRun<T>(runs: readonly T[], figure: (run: T) => number | null): MedianRun<T> | undefined {
  const measured = runs.flatMap((run) => {
    const value = figure(run);
    return value === null ? [] : [{ run, value }];
  });
  if (measured.length === 0) return undefined;
  const values = measured.map(({ value }) => value);
  const middle = median(values);
  return { run: (measured.find(({ value }) => value === middle) as { run: T }).run, values, min: Math.min(...values), max: Math.max(...values) };
}
