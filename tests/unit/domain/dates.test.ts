import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  daysInMonth,
  formatDateRange,
  formatPartialDate,
  isInFuture,
  monthName,
  parsePartialDate,
  partialDate,
  periodEnd,
  periodStart,
  periodsOverlap,
  todayUtc,
} from '../../../src/domain/dates.ts';

describe('parsePartialDate', () => {
  it('keeps exactly the precision given', () => {
    expect(parsePartialDate('2011')).toEqual({ ok: true, date: { text: '2011', precision: 'year', year: 2011 } });
    expect(parsePartialDate('2011-04')).toEqual({ ok: true, date: { text: '2011-04', precision: 'month', year: 2011, month: 4 } });
    expect(parsePartialDate('2011-04-19')).toEqual({
      ok: true,
      date: { text: '2011-04-19', precision: 'day', year: 2011, month: 4, day: 19 },
    });
  });

  it('refuses days that do not exist, naming the month length', () => {
    expect(parsePartialDate('2011-02-30')).toEqual({
      ok: false,
      message: '2011-02-30 does not exist (February 2011 has 28 days)',
      hint: 'check the day against the source',
    });
    expect(parsePartialDate('2011-04-31').ok).toBe(false);
    expect(parsePartialDate('2011-04-00').ok).toBe(false);
    expect(parsePartialDate('2011-12-31').ok).toBe(true);
  });

  it('follows the Gregorian leap-year rules', () => {
    expect(parsePartialDate('2012-02-29').ok).toBe(true);
    expect(parsePartialDate('2000-02-29').ok).toBe(true);
    expect(parsePartialDate('1900-02-29').ok).toBe(false);
    expect(parsePartialDate('2011-02-29').ok).toBe(false);
  });

  it('refuses months outside 01-12', () => {
    expect(parsePartialDate('2011-13')).toMatchObject({ ok: false, message: 'month 13 does not exist' });
    expect(parsePartialDate('2011-00-10')).toMatchObject({ ok: false, message: 'month 00 does not exist' });
  });

  it.each(['March 2011', '2011/03/01', '2011-3-1', '11-03-01', '20110301', ' 2011', '2011 ', '2011\n', '2011-03-01T00:00', '', '２０１１'])(
    'refuses the format %j',
    (text) => {
      const result = parsePartialDate(text);
      expect(result).toMatchObject({ ok: false, message: `"${text}" is not a date` });
      if (!result.ok) expect(result.hint).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
    },
  );

  it('refuses years before 1000', () => {
    expect(parsePartialDate('0999')).toMatchObject({ ok: false, message: 'year 0999 is out of range' });
  });
});

describe('partialDate', () => {
  it('returns the parsed date and throws on an invalid one', () => {
    expect(partialDate('2011-03').month).toBe(3);
    expect(() => partialDate('2011-02-30')).toThrow(/invalid partial date 2011-02-30/);
  });
});

describe('periods', () => {
  it('daysInMonth knows short months and leap years', () => {
    expect([1, 2, 4, 12].map((month) => daysInMonth(2011, month))).toEqual([31, 28, 30, 31]);
    expect(daysInMonth(2012, 2)).toBe(29);
  });

  it('a date denotes the whole of its year, month or day, in UTC', () => {
    expect(periodStart(partialDate('2011'))).toBe(Date.UTC(2011, 0, 1));
    expect(periodEnd(partialDate('2011'))).toBe(Date.UTC(2012, 0, 1));
    expect(periodStart(partialDate('2011-12'))).toBe(Date.UTC(2011, 11, 1));
    expect(periodEnd(partialDate('2011-12'))).toBe(Date.UTC(2012, 0, 1));
    expect(periodStart(partialDate('2011-12-31'))).toBe(Date.UTC(2011, 11, 31));
    expect(periodEnd(partialDate('2011-12-31'))).toBe(Date.UTC(2012, 0, 1));
  });

  it('periodsOverlap: nested and shared periods overlap, adjacent ones do not', () => {
    const period = (start: string, end?: string) => ({ start: partialDate(start), end: end === undefined ? undefined : partialDate(end) });
    expect(periodsOverlap(period('2011'), period('2011-06-15'))).toBe(true);
    expect(periodsOverlap(period('2011-06-15'), period('2011'))).toBe(true);
    expect(periodsOverlap(period('2011'), period('2012'))).toBe(false);
    expect(periodsOverlap(period('2011-01-31'), period('2011-02-01'))).toBe(false);
    expect(periodsOverlap(period('2009', '2011-03'), period('2011-03-31'))).toBe(true);
    expect(periodsOverlap(period('2009', '2011-03'), period('2011-04-01'))).toBe(false);
    expect(periodsOverlap(period('2005'), period('2011'))).toBe(false);
  });
});

describe('comparePartialDates', () => {
  it('orders by start, and a longer period before a shorter one starting with it', () => {
    const texts = ['2011-01-01', '2010-12-31', '2011', '2011-01', '2011-02', '2010'];
    const sorted = texts
      .map(partialDate)
      .sort(comparePartialDates)
      .map((date) => date.text);
    expect(sorted).toEqual(['2010', '2010-12-31', '2011', '2011-01', '2011-01-01', '2011-02']);
  });

  it('is zero only for the same period', () => {
    expect(comparePartialDates(partialDate('2011-03'), partialDate('2011-03'))).toBe(0);
    expect(comparePartialDates(partialDate('2011-03'), partialDate('2011-03-01'))).toBeLessThan(0);
    expect(comparePartialDates(partialDate('2011-03-01'), partialDate('2011-03'))).toBeGreaterThan(0);
  });
});

describe('isInFuture', () => {
  const now = new Date(Date.UTC(2011, 5, 15, 12));
  it('is true only when the period starts after now', () => {
    expect(isInFuture(partialDate('2011-06-16'), now)).toBe(true);
    expect(isInFuture(partialDate('2012'), now)).toBe(true);
    expect(isInFuture(partialDate('2011-06-15'), now)).toBe(false);
    // The current month and year have started, so they are not in the future.
    expect(isInFuture(partialDate('2011-06'), now)).toBe(false);
    expect(isInFuture(partialDate('2011'), now)).toBe(false);
  });

  it('uses the real clock by default', () => {
    expect(isInFuture(partialDate('2999'))).toBe(true);
    expect(isInFuture(partialDate('2000'))).toBe(false);
  });
});

describe('formatting', () => {
  it('formats each precision without inventing parts', () => {
    expect(formatPartialDate(partialDate('2011'))).toBe('2011');
    expect(formatPartialDate(partialDate('2011-04'))).toBe('April 2011');
    expect(formatPartialDate(partialDate('2011-04-09'))).toBe('9 April 2011');
    expect(formatPartialDate(partialDate('2011-04'), { circa: true })).toBe('circa April 2011');
  });

  it('formats ranges, with circa on the start only', () => {
    expect(formatDateRange(partialDate('2009'), partialDate('2011'))).toBe('2009 to 2011');
    expect(formatDateRange(partialDate('2011-03'), undefined)).toBe('March 2011');
    expect(formatDateRange(partialDate('2011-03'), partialDate('2011-05'), { circa: true })).toBe('circa March 2011 to May 2011');
  });

  it('names months and gives today in UTC', () => {
    expect(monthName(1)).toBe('January');
    expect(monthName(12)).toBe('December');
    expect(monthName(13)).toBe('13');
    expect(todayUtc(new Date(Date.UTC(2011, 0, 2, 23, 59)))).toBe('2011-01-02');
  });
});
