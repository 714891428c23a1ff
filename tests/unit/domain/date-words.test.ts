import { describe, expect, it } from 'vitest';
import { dateFromWords } from '../../../src/domain/date-words.ts';

describe('dateFromWords', () => {
  it('turns a month and year into YYYY-MM, never adding a day', () => {
    expect(dateFromWords('April 2011')).toBe('2011-04');
    expect(dateFromWords('Apr. 2011')).toBe('2011-04');
    expect(dateFromWords('Sept 2011')).toBe('2011-09');
    expect(dateFromWords('abril de 2011')).toBe('2011-04');
    expect(dateFromWords('2011/04')).toBe('2011-04');
  });

  it('turns a day, month and year into YYYY-MM-DD, in either order', () => {
    expect(dateFromWords('20 May 2011')).toBe('2011-05-20');
    expect(dateFromWords('May 20, 2011')).toBe('2011-05-20');
    expect(dateFromWords('March 1st, 2011')).toBe('2011-03-01');
    expect(dateFromWords('7 de febrero de 1985')).toBe('1985-02-07');
    expect(dateFromWords('2011/03/01')).toBe('2011-03-01');
  });

  it('suggests nothing for ambiguous, impossible or unknown forms', () => {
    expect(dateFromWords('03/04/2011')).toBeUndefined();
    expect(dateFromWords('31 February 2011')).toBeUndefined();
    expect(dateFromWords('Spring 2011')).toBeUndefined();
    expect(dateFromWords('last month')).toBeUndefined();
    expect(dateFromWords('2011/13')).toBeUndefined();
  });
});
