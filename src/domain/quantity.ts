/**
 * The numeric reading of a quantity claim: an interval of values the words allow.
 * Used to tell claims that agree from claims that disagree.
 */
import type { Qualifier, Quantity } from './schema/entry.ts';

/** Relative tolerance for "about" and "nearly": "about 30" allows 27 to 33, "nearly 30" 27 to 29. */
export const ABOUT_TOLERANCE = 0.1;

export interface Interval {
  readonly low: number;
  readonly high: number;
  /** Whether `low` itself is allowed ("at least 5") or excluded ("more than 5"). */
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/** The values a quantity claim allows. Counts are whole and non-negative. */
export function quantityInterval(quantity: Pick<Quantity, 'qualifier' | 'value' | 'lower' | 'upper'>): Interval {
  const value = quantity.value ?? 0;
  switch (quantity.qualifier) {
    case 'exact':
      return closed(value, value);
    case 'about':
      // Rounded, so that floating point cannot move a bound: 100 * 1.1 is 110.00000000000001.
      return closed(roundBound(value * (1 - ABOUT_TOLERANCE)), roundBound(value * (1 + ABOUT_TOLERANCE)));
    case 'more-than':
      return { low: value, high: Infinity, lowInclusive: false, highInclusive: false };
    case 'at-least':
      return { low: value, high: Infinity, lowInclusive: true, highInclusive: false };
    case 'at-most':
      return closed(0, value);
    case 'fewer-than':
      return { low: 0, high: value, lowInclusive: true, highInclusive: false };
    case 'nearly':
      // "Nearly 2,000" is under 2,000 but close to it: within the tolerance of "about", below the value.
      return { low: roundBound(value * (1 - ABOUT_TOLERANCE)), high: value, lowInclusive: true, highInclusive: false };
    case 'several':
    case 'range':
      return closed(quantity.lower ?? 0, quantity.upper ?? Infinity);
  }
}

function roundBound(bound: number): number {
  return Math.round(bound * 1e6) / 1e6;
}

function closed(low: number, high: number): Interval {
  return { low, high, lowInclusive: true, highInclusive: true };
}

/** Whether some value satisfies both claims. */
export function intervalsIntersect(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return a.highInclusive && b.lowInclusive;
  if (b.high === a.low) return b.highInclusive && a.lowInclusive;
  return true;
}

export function intervalsEqual(a: Interval, b: Interval): boolean {
  return a.low === b.low && a.high === b.high && a.lowInclusive === b.lowInclusive && a.highInclusive === b.highInclusive;
}

const QUALIFIER_WORDS: Record<Exclude<Qualifier, 'several' | 'range'>, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'at-most': 'at most ',
  'fewer-than': 'fewer than ',
  nearly: 'nearly ',
};

const POWER_WORDS: readonly [number, string][] = [
  [1_000_000, 'million'],
  [1_000, 'thousand'],
  [100, 'hundred'],
];

/** "Several hundred" for 200 to 999, "several thousand" for 2,000 to 9,999: the words that reading stands for, or undefined. */
function severalWords(lower: number, upper: number): string | undefined {
  for (const [power, word] of POWER_WORDS) if (lower === 2 * power && upper === 10 * power - 1) return `several ${word}`;
  // "Dozens" is read as 24 to 99 (two dozen up to the next hundred).
  if (lower === 24 && upper === 99) return 'dozens of';
  return undefined;
}

const number = (n: number | undefined) => (n === undefined ? '?' : n.toLocaleString('en-US'));

/**
 * The label of a quantity's reading, from its qualifier, numbers and unit (never from its
 * stated words): "more than 60 agents", "between 52 and 54 agents",
 * "several hundred agents (read as 200 to 999)"; a planned figure says so: "40 people (planned)".
 */
export function describeQuantity(quantity: Pick<Quantity, 'qualifier' | 'value' | 'lower' | 'upper' | 'unit'> & { planned?: boolean | undefined }): string {
  const planned = quantity.planned ? ' (planned)' : '';
  if (quantity.qualifier === 'range') {
    return `between ${number(quantity.lower)} and ${number(quantity.upper)} ${quantity.unit}${planned}`;
  }
  if (quantity.qualifier === 'several') {
    const read = `read as ${number(quantity.lower)} to ${number(quantity.upper)}`;
    const words = quantity.lower !== undefined && quantity.upper !== undefined ? severalWords(quantity.lower, quantity.upper) : undefined;
    return `${words ?? 'several'} ${quantity.unit} (${read})${planned}`;
  }
  return `${QUALIFIER_WORDS[quantity.qualifier]}${number(quantity.value)} ${quantity.unit}${planned}`;
}
