/**
 * `src/third-party/vis-timeline/moment.ts` against moment itself in UTC mode (`moment(x).utc()`, how the
 * timeline drew its axis before): every getter, setter, `add`, `startOf`/`endOf`, `isSame`,
 * `diff` and format token that vis-timeline uses, on random instants from 1900 to 2100.
 */
import fc from 'fast-check';
import moment from 'moment';
import { describe, expect, it } from 'vitest';
import { visMoment } from '../../../../src/third-party/vis-timeline/moment.ts';

// A fixed seed: the same cases on every run, so CI cannot turn red by the luck of the draw.
fc.configureGlobal({ seed: 20261128 });

const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
const real = (t: number) => moment(t).utc();
const UNITS = ['millisecond', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
const FIELDS = ['year', 'month', 'date', 'hours', 'minutes', 'seconds', 'milliseconds', 'day', 'weekday', 'isoWeekday', 'week', 'dayOfYear'] as const;
// vis-timeline's TimeStep.FORMAT, its class names and tooltips, and moment's default format.
const FORMATS = [
  'SSS',
  's',
  'HH:mm',
  'ddd D',
  'D',
  'w',
  'MMM',
  'YYYY',
  'HH:mm:ss',
  'D MMMM HH:mm',
  'ddd D MMMM',
  'MMMM YYYY',
  'dddd',
  'MM/DD/YYYY hh:mm',
  'dddd, MMMM Do YYYY, H:mm:ss',
  'YYYY-MM-DD [at] HH:mm A',
  'Mo DDD DDDD W WW ww E e dd h a SS S X x',
];

describe('vis-moment matches moment in UTC', () => {
  it('diffs months across month ends as moment does (a case random runs once found)', () => {
    // 1933-07-31T23:59:59.999Z and 1963-02-28T23:59:59.999Z: the day of month decides the direction.
    for (const [a, b] of [
      [-1149292800001, -215827200001],
      [-215827200001, -1149292800001],
    ] as const) {
      expect(visMoment(a).diff(visMoment(b), 'months')).toBe(real(a).diff(real(b), 'months'));
      expect(visMoment(a).diff(visMoment(b), 'years')).toBe(real(a).diff(real(b), 'years'));
    }
  });

  it('reads every field', () => {
    fc.assert(
      fc.property(instant, (t) => {
        for (const field of FIELDS)
          expect((visMoment(t) as unknown as Record<string, () => number>)[field]!(), field).toBe(
            (real(t) as unknown as Record<string, () => number>)[field]!(),
          );
      }),
      { numRuns: 2000 },
    );
  });

  it('formats like moment', () => {
    fc.assert(
      fc.property(instant, (t) => {
        for (const format of FORMATS) expect(visMoment(t).format(format), format).toBe(real(t).format(format));
        expect(visMoment(t).format()).toBe(real(t).format());
      }),
      { numRuns: 1000 },
    );
  });

  it('adds and subtracts every unit, clamping days at month ends', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...UNITS), fc.integer({ min: -40, max: 40 }), (t, unit, amount) => {
        expect(visMoment(t).add(amount, unit).valueOf(), `${unit} ${amount}`).toBe(real(t).add(amount, unit).valueOf());
        expect(visMoment(t).subtract(amount, unit).valueOf()).toBe(real(t).subtract(amount, unit).valueOf());
      }),
      { numRuns: 3000 },
    );
  });

  it('sets fields with overflow as moment does', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...FIELDS), fc.integer({ min: -2, max: 60 }), (t, field, raw) => {
        const value = field === 'year' ? 1990 + raw : field === 'isoWeekday' ? 1 + (Math.abs(raw) % 7) : field === 'week' ? 1 + (Math.abs(raw) % 52) : raw;
        const ours = (visMoment(t) as unknown as Record<string, (v: number) => { valueOf(): number }>)[field]!(value).valueOf();
        const theirs = (real(t) as unknown as Record<string, (v: number) => { valueOf(): number }>)[field]!(value).valueOf();
        expect(ours, `${field}(${value})`).toBe(theirs);
      }),
      { numRuns: 3000 },
    );
  });

  it('chains setters the way TimeStep rounds (year, month, date(0), …)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 100 }), (t, step) => {
        const chain = <M extends { year(v?: number): unknown }>(m: M) =>
          (
            m as unknown as {
              year(v: number): {
                month(v: number): {
                  date(v: number): { hours(v: number): { minutes(v: number): { seconds(v: number): { milliseconds(v: number): { valueOf(): number } } } } };
                };
              };
            }
          )
            .year(Math.round(2000 / step) * step)
            .month(0)
            .date(0)
            .hours(0)
            .minutes(0)
            .seconds(0)
            .milliseconds(0)
            .valueOf();
        expect(chain(visMoment(t))).toBe(chain(real(t)));
        expect(visMoment(t).weekday(0).add(1, 'week').valueOf()).toBe(real(t).weekday(0).add(1, 'week').valueOf());
      }),
      { numRuns: 1000 },
    );
  });

  it('starts and ends units, compares and differs like moment', () => {
    fc.assert(
      fc.property(instant, instant, fc.constantFrom(...UNITS), (a, b, unit) => {
        expect(visMoment(a).startOf(unit).valueOf(), `startOf ${unit}`).toBe(real(a).startOf(unit).valueOf());
        expect(visMoment(a).endOf(unit).valueOf(), `endOf ${unit}`).toBe(real(a).endOf(unit).valueOf());
        const near = a + ((b - a) % (40 * 86_400_000));
        expect(visMoment(a).isSame(near, unit), `isSame ${unit}`).toBe(real(a).isSame(near, unit));
        expect(visMoment(a).diff(visMoment(b), 'days')).toBe(real(a).diff(real(b), 'days'));
        expect(visMoment(a).diff(visMoment(b), 'months')).toBe(real(a).diff(real(b), 'months'));
      }),
      { numRuns: 2000 },
    );
  });

  it('parses what vis passes it, and answers the static checks', () => {
    for (const input of ['2011-03-19T00:00:00.000Z', '2011-03', '2011', new Date(Date.UTC(2011, 2, 19)), 1_300_000_000_000]) {
      expect(visMoment(input).valueOf()).toBe(moment.utc(input).valueOf());
    }
    expect(visMoment.isMoment(visMoment())).toBe(true);
    expect(visMoment.isMoment(new Date())).toBe(false);
    expect(visMoment(visMoment(5)).valueOf()).toBe(5);
    expect(visMoment(5).locale('en').valueOf()).toBe(5);
    expect(visMoment(5).clone().add(1, 'day').valueOf()).toBe(5 + 86_400_000);
  });
});
