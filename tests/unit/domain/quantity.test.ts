import { describe, expect, it } from 'vitest';
import { ABOUT_TOLERANCE, describeQuantity, intervalsEqual, intervalsIntersect, quantityInterval, type Interval } from '../../../src/domain/quantity.ts';
import type { Qualifier } from '../../../src/domain/schema/entry.ts';

const q = (qualifier: Qualifier, value?: number, lower?: number, upper?: number) => ({ qualifier, value, lower, upper });
const interval = (low: number, high: number, lowInclusive = true, highInclusive = true): Interval => ({ low, high, lowInclusive, highInclusive });

describe('quantityInterval', () => {
  it('reads each qualifier as the values its words allow', () => {
    expect(quantityInterval(q('exact', 40))).toEqual(interval(40, 40));
    expect(quantityInterval(q('more-than', 60))).toEqual(interval(60, Infinity, false, false));
    expect(quantityInterval(q('at-least', 60))).toEqual(interval(60, Infinity, true, false));
    expect(quantityInterval(q('at-most', 60))).toEqual(interval(0, 60));
    expect(quantityInterval(q('fewer-than', 60))).toEqual(interval(0, 60, true, false));
    expect(quantityInterval(q('nearly', 2000))).toEqual(interval(1800, 2000, true, false));
    expect(quantityInterval(q('several', undefined, 200, 999))).toEqual(interval(200, 999));
    expect(quantityInterval(q('range', undefined, 20, 40))).toEqual(interval(20, 40));
  });

  it(`reads "about" as ±${ABOUT_TOLERANCE * 100}%`, () => {
    expect(ABOUT_TOLERANCE).toBe(0.1);
    expect(quantityInterval(q('about', 30))).toEqual(interval(27, 33));
    expect(quantityInterval(q('about', 3))).toEqual(interval(2.7, 3.3));
  });

  it('gives exact "about" bounds, free of floating-point error', () => {
    for (let value = 10; value <= 5000; value += 10) {
      const { low, high } = quantityInterval(q('about', value));
      expect([low, high], String(value)).toEqual([(value * 9) / 10, (value * 11) / 10]);
    }
  });
});

describe('intervalsIntersect', () => {
  const exact = (value: number) => quantityInterval(q('exact', value));

  it('is true when some value satisfies both', () => {
    expect(intervalsIntersect(exact(500), quantityInterval(q('several', undefined, 200, 999)))).toBe(true);
    expect(intervalsIntersect(quantityInterval(q('about', 500)), exact(500))).toBe(true);
    expect(intervalsIntersect(quantityInterval(q('more-than', 60)), exact(61))).toBe(true);
    expect(intervalsIntersect(quantityInterval(q('at-least', 60)), quantityInterval(q('at-most', 60)))).toBe(true);
  });

  it('is false when no value does', () => {
    expect(intervalsIntersect(quantityInterval(q('about', 30)), exact(40))).toBe(false);
    expect(intervalsIntersect(exact(40), quantityInterval(q('about', 30)))).toBe(false);
    expect(intervalsIntersect(exact(500), exact(501))).toBe(false);
  });

  it('respects open and closed ends where intervals touch', () => {
    expect(intervalsIntersect(quantityInterval(q('about', 100)), quantityInterval(q('more-than', 110)))).toBe(false);
    expect(intervalsIntersect(quantityInterval(q('about', 100)), quantityInterval(q('at-least', 110)))).toBe(true);
    expect(intervalsIntersect(quantityInterval(q('about', 100)), quantityInterval(q('fewer-than', 90)))).toBe(false);
    expect(intervalsIntersect(quantityInterval(q('about', 100)), exact(90))).toBe(true);
    expect(intervalsIntersect(quantityInterval(q('more-than', 60)), exact(60))).toBe(false);
    expect(intervalsIntersect(exact(60), quantityInterval(q('more-than', 60)))).toBe(false);
    expect(intervalsIntersect(quantityInterval(q('at-least', 60)), exact(60))).toBe(true);
    expect(intervalsIntersect(quantityInterval(q('fewer-than', 60)), exact(60))).toBe(false);
    expect(intervalsIntersect(exact(60), quantityInterval(q('at-most', 60)))).toBe(true);
    expect(intervalsIntersect(quantityInterval(q('fewer-than', 60)), quantityInterval(q('at-least', 60)))).toBe(false);
  });

  it('reads "nearly" as just under the value, so "nearly 2,000" and "over 2,000" cannot both hold', () => {
    expect(intervalsIntersect(quantityInterval(q('nearly', 2000)), quantityInterval(q('more-than', 2000)))).toBe(false);
    expect(intervalsIntersect(quantityInterval(q('nearly', 2000)), quantityInterval(q('about', 2000)))).toBe(true);
    expect(intervalsIntersect(quantityInterval(q('nearly', 2000)), exact(2000))).toBe(false);
    expect(intervalsIntersect(quantityInterval(q('nearly', 2000)), exact(1990))).toBe(true);
    expect(describeQuantity({ ...q('nearly', 2000), unit: 'firearms' })).toBe('nearly 2,000 firearms');
  });
});

describe('intervalsEqual', () => {
  it('compares both bounds and both ends', () => {
    expect(intervalsEqual(quantityInterval(q('exact', 5)), interval(5, 5))).toBe(true);
    expect(intervalsEqual(quantityInterval(q('more-than', 5)), quantityInterval(q('at-least', 5)))).toBe(false);
    expect(intervalsEqual(quantityInterval(q('about', 500)), quantityInterval(q('exact', 500)))).toBe(false);
    expect(intervalsEqual(interval(1, 2), interval(1, 3))).toBe(false);
  });
});

describe('describeQuantity', () => {
  it('puts the number in words, with thousands separators', () => {
    expect(describeQuantity({ ...q('more-than', 60), unit: 'agents' })).toBe('more than 60 agents');
    expect(describeQuantity({ ...q('exact', 1500), unit: 'agents' })).toBe('1,500 agents');
    expect(describeQuantity({ ...q('fewer-than', 5), unit: 'deputies' })).toBe('fewer than 5 deputies');
    expect(describeQuantity({ ...q('range', undefined, 20, 40), unit: 'staff' })).toBe('between 20 and 40 staff');
    expect(describeQuantity({ ...q('about'), unit: 'agents' })).toBe('about ? agents');
  });

  it('labels a reading of "several" by the magnitude its bounds stand for, never dropping it', () => {
    expect(describeQuantity({ ...q('several', undefined, 200, 999), unit: 'agents' })).toBe('several hundred agents (read as 200 to 999)');
    expect(describeQuantity({ ...q('several', undefined, 2000, 9999), unit: 'pages' })).toBe('several thousand pages (read as 2,000 to 9,999)');
    expect(describeQuantity({ ...q('several', undefined, 24, 99), unit: 'agents' })).toBe('dozens of agents (read as 24 to 99)');
    // Bounds that stand for no magnitude word keep "several" and give the reading.
    expect(describeQuantity({ ...q('several', undefined, 3, 9), unit: 'agents' })).toBe('several agents (read as 3 to 9)');
  });

  it('says when a figure is planned rather than counted', () => {
    expect(describeQuantity({ ...q('exact', 40), unit: 'people', planned: true })).toBe('40 people (planned)');
    expect(describeQuantity({ ...q('exact', 40), unit: 'people', planned: false })).toBe('40 people');
  });
});
