/**
 * A UTC-only, English-only stand-in for moment.js, with just the API vis-timeline 8 calls:
 * construction from a number, Date, ISO string or another instance; get/set of each calendar
 * field (`year` … `milliseconds`, `day`, `weekday`, `isoWeekday`, `week`, `dayOfYear`); `add` /
 * `subtract`; `startOf` / `endOf`; `isSame`; `diff`; `clone`; `format` with moment's tokens;
 * `locale` / `lang`. Like moment in UTC mode (`moment(x).utc()`, which is how this site always
 * drew its axis), instances are mutable and setters return the instance; setting a month or year
 * clamps the day to the month's length; weeks follow moment's English locale (weeks start on
 * Sunday; the week with 1 January is week 1). `tests/unit/third-party/vis-timeline/moment.test.ts` checks
 * it against moment itself.
 *
 * Why: moment (about 20 KB gzipped, locales left out) is vis-timeline's peer dependency but
 * the site only needs UTC dates in English. `src/integrations/vis-timeline-slim.ts` resolves
 * vis-timeline's `import 'moment'` to this module, and `timeline-view.ts` passes it as
 * vis's `moment` option.
 */

type Unit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export type VisMomentInput = VisMoment | Date | number | string | null | undefined;

const DAY = 86_400_000;
const UNITS: Record<string, Unit> = {};
for (const [unit, aliases] of Object.entries({
  millisecond: ['ms', 'milliseconds'],
  second: ['s', 'seconds'],
  minute: ['m', 'minutes'],
  hour: ['h', 'hours'],
  day: ['d', 'days', 'date', 'dates'],
  week: ['w', 'weeks'],
  month: ['M', 'months'],
  year: ['y', 'years'],
})) {
  UNITS[unit] = unit as Unit;
  for (const alias of aliases) UNITS[alias] = unit as Unit;
}

function unitOf(name: string): Unit {
  const unit = UNITS[name] ?? UNITS[name.toLowerCase()];
  if (!unit) throw new Error(`vis-moment: unknown unit ${name}`);
  return unit;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInYear = (year: number): number => (isLeap(year) ? 366 : 365);
function daysInMonth(year: number, month: number): number {
  const m = ((month % 12) + 12) % 12;
  const y = year + (month - m) / 12;
  return m === 1 ? (isLeap(y) ? 29 : 28) : 31 - ((m % 7) % 2);
}

/** moment's English locale: weeks start on Sunday (dow 0) and the week with 1 January is week 1 (doy 6). */
const DOW = 0;
const DOY = 6;
function firstWeekOffset(year: number): number {
  const fwd = 7 + DOW - DOY;
  const fwdlw = (7 + new Date(Date.UTC(year, 0, fwd)).getUTCDay() - DOW) % 7;
  return -fwdlw + fwd - 1;
}
const weeksInYear = (year: number): number => (daysInYear(year) - firstWeekOffset(year) + firstWeekOffset(year + 1)) / 7;

function ordinal(n: number): string {
  const b = n % 10;
  const suffix = Math.floor((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const pad = (n: number, width: number): string => `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;
const FORMAT_TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|Mo|M|Do|DDDD|DDD|DD|D|dddd|ddd|dd|d|E|e|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ww|w|Wo|WW|W|X|x|ZZ|Z|./g;

export class VisMoment {
  #time: number;

  constructor(time: number) {
    this.#time = time;
  }

  #date(): Date {
    return new Date(this.#time);
  }

  #set(update: (date: Date) => void): this {
    const date = this.#date();
    update(date);
    this.#time = date.getTime();
    return this;
  }

  valueOf(): number {
    return this.#time;
  }
  toDate(): Date {
    return this.#date();
  }
  toISOString(): string {
    return this.#date().toISOString();
  }
  toJSON(): string {
    return this.toISOString();
  }
  toString(): string {
    return this.format('ddd MMM DD YYYY HH:mm:ss [GMT+0000]');
  }
  isValid(): boolean {
    return Number.isFinite(this.#time);
  }
  clone(): VisMoment {
    return new VisMoment(this.#time);
  }
  /** Always UTC already. */
  utc(): this {
    return this;
  }
  local(): this {
    return this;
  }
  utcOffset(): number {
    return 0;
  }
  /** Always English: `locale('en')` returns the instance, `locale()` the name. */
  locale(): string;
  locale(name: string): this;
  locale(name?: string): this | string {
    return name === undefined ? 'en' : this;
  }
  lang(name?: string): this | string {
    return name === undefined ? 'en' : this;
  }

  year(): number;
  year(value: number): this;
  year(value?: number): number | this {
    if (value === undefined) return this.#date().getUTCFullYear();
    return this.#set((date) => {
      const month = date.getUTCMonth();
      date.setUTCFullYear(value, month, Math.min(date.getUTCDate(), daysInMonth(value, month)));
    });
  }
  month(): number;
  month(value: number): this;
  month(value?: number): number | this {
    if (value === undefined) return this.#date().getUTCMonth();
    return this.#set((date) => date.setUTCMonth(value, Math.min(date.getUTCDate(), daysInMonth(date.getUTCFullYear(), value))));
  }
  date(): number;
  date(value: number): this;
  date(value?: number): number | this {
    return value === undefined ? this.#date().getUTCDate() : this.#set((date) => date.setUTCDate(value));
  }
  hours(): number;
  hours(value: number): this;
  hours(value?: number): number | this {
    return value === undefined ? this.#date().getUTCHours() : this.#set((date) => date.setUTCHours(value));
  }
  minutes(): number;
  minutes(value: number): this;
  minutes(value?: number): number | this {
    return value === undefined ? this.#date().getUTCMinutes() : this.#set((date) => date.setUTCMinutes(value));
  }
  seconds(): number;
  seconds(value: number): this;
  seconds(value?: number): number | this {
    return value === undefined ? this.#date().getUTCSeconds() : this.#set((date) => date.setUTCSeconds(value));
  }
  milliseconds(): number;
  milliseconds(value: number): this;
  milliseconds(value?: number): number | this {
    return value === undefined ? this.#date().getUTCMilliseconds() : this.#set((date) => date.setUTCMilliseconds(value));
  }
  /** Day of the week, 0 (Sunday) to 6; setting moves within the week. */
  day(): number;
  day(value: number): this;
  day(value?: number): number | this {
    const day = this.#date().getUTCDay();
    return value === undefined ? day : this.add(value - day, 'day');
  }
  /** Locale-aware day of the week: in English the same as `day()`. */
  weekday(): number;
  weekday(value: number): this;
  weekday(value?: number): number | this {
    const weekday = (this.#date().getUTCDay() + 7 - DOW) % 7;
    return value === undefined ? weekday : this.add(value - weekday, 'day');
  }
  /** ISO day of the week, 1 (Monday) to 7 (Sunday). */
  isoWeekday(): number;
  isoWeekday(value: number): this;
  isoWeekday(value?: number): number | this {
    const day = this.#date().getUTCDay();
    if (value === undefined) return day || 7;
    return this.day(day % 7 ? value : value - 7);
  }
  dayOfYear(): number;
  dayOfYear(value: number): this;
  dayOfYear(value?: number): number | this {
    const date = this.#date();
    const dayOfYear = Math.round((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY) + 1;
    return value === undefined ? dayOfYear : this.add(value - dayOfYear, 'day');
  }
  /** Week of the year in moment's English locale. */
  week(): number;
  week(value: number): this;
  week(value?: number): number | this {
    const year = this.year();
    const week = Math.floor((this.dayOfYear() - firstWeekOffset(year) - 1) / 7) + 1;
    let result = week;
    if (week < 1) result = week + weeksInYear(year - 1);
    else if (week > weeksInYear(year)) result = week - weeksInYear(year);
    return value === undefined ? result : this.add((value - result) * 7, 'day');
  }
  weeks(): number;
  weeks(value: number): this;
  weeks(value?: number): number | this {
    return value === undefined ? this.week() : this.week(value);
  }

  add(amount: number, unitName: string): this {
    const unit = unitOf(unitName);
    const n = Number(amount);
    switch (unit) {
      case 'millisecond':
        this.#time += n;
        return this;
      case 'second':
        this.#time += n * 1000;
        return this;
      case 'minute':
        this.#time += n * 60_000;
        return this;
      case 'hour':
        this.#time += n * 3_600_000;
        return this;
      case 'day':
        return this.#set((date) => date.setUTCDate(date.getUTCDate() + Math.round(n)));
      case 'week':
        return this.#set((date) => date.setUTCDate(date.getUTCDate() + Math.round(n) * 7));
      case 'month':
        return this.month(this.month() + Math.round(n));
      case 'year':
        return this.month(this.month() + Math.round(n) * 12);
    }
  }
  subtract(amount: number, unit: string): this {
    return this.add(-amount, unit);
  }

  startOf(unitName: string): this {
    const unit = unitOf(unitName);
    const date = this.#date();
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth();
    const d = date.getUTCDate();
    switch (unit) {
      case 'year':
        this.#time = Date.UTC(y, 0, 1);
        break;
      case 'month':
        this.#time = Date.UTC(y, m, 1);
        break;
      case 'week':
        this.#time = Date.UTC(y, m, d - ((date.getUTCDay() + 7 - DOW) % 7));
        break;
      case 'day':
        this.#time = Date.UTC(y, m, d);
        break;
      case 'hour':
        this.#time -= this.#time - Math.floor(this.#time / 3_600_000) * 3_600_000;
        break;
      case 'minute':
        this.#time = Math.floor(this.#time / 60_000) * 60_000;
        break;
      case 'second':
        this.#time = Math.floor(this.#time / 1000) * 1000;
        break;
      case 'millisecond':
        break;
    }
    return this;
  }
  endOf(unitName: string): this {
    const unit = unitOf(unitName);
    if (unit === 'millisecond') return this;
    return this.startOf(unit).add(1, unit).add(-1, 'millisecond');
  }
  isSame(input: VisMomentInput, unitName?: string): boolean {
    const other = visMoment(input).valueOf();
    if (unitName === undefined) return this.#time === other;
    return this.clone().startOf(unitName).valueOf() <= other && other <= this.clone().endOf(unitName).valueOf();
  }
  isBefore(input: VisMomentInput): boolean {
    return this.#time < visMoment(input).valueOf();
  }
  isAfter(input: VisMomentInput): boolean {
    return this.#time > visMoment(input).valueOf();
  }
  /** Whole units between (truncated towards zero), like moment's `diff` without `precise`. */
  diff(input: VisMomentInput, unitName = 'millisecond'): number {
    const other = visMoment(input);
    const unit = unitOf(unitName);
    const ms = this.#time - other.valueOf();
    const months = () => monthDiff(this, other);
    const divisors: Record<Unit, number> = { millisecond: 1, second: 1000, minute: 60_000, hour: 3_600_000, day: DAY, week: 7 * DAY, month: 0, year: 0 };
    const value = unit === 'month' ? months() : unit === 'year' ? months() / 12 : ms / divisors[unit];
    return Math.trunc(value) || 0;
  }

  format(pattern?: string): string {
    if (!this.isValid()) return 'Invalid date';
    const date = this.#date();
    const y = date.getUTCFullYear();
    const M = date.getUTCMonth();
    const D = date.getUTCDate();
    const d = date.getUTCDay();
    const H = date.getUTCHours();
    const h = H % 12 || 12;
    const m = date.getUTCMinutes();
    const s = date.getUTCSeconds();
    const S = date.getUTCMilliseconds();
    const isoWeek = () => {
      // ISO 8601 week: Monday first, the week with 4 January is week 1.
      const thursday = new Date(Date.UTC(y, M, D + 3 - ((d + 6) % 7)));
      return Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / (7 * DAY)) + 1;
    };
    return (pattern ?? 'YYYY-MM-DDTHH:mm:ss[Z]').replace(FORMAT_TOKENS, (token: string, literal?: string) => {
      if (literal !== undefined) return literal;
      switch (token) {
        case 'YYYY':
          return y >= 0 && y <= 9999 ? pad(y, 4) : `${y < 0 ? '-' : '+'}${pad(Math.abs(y), 6)}`;
        case 'YY':
          return pad(y % 100, 2);
        case 'MMMM':
          return MONTHS[M] as string;
        case 'MMM':
          return (MONTHS[M] as string).slice(0, 3);
        case 'MM':
          return pad(M + 1, 2);
        case 'Mo':
          return ordinal(M + 1);
        case 'M':
          return String(M + 1);
        case 'Do':
          return ordinal(D);
        case 'DDDD':
          return pad(this.dayOfYear(), 3);
        case 'DDD':
          return String(this.dayOfYear());
        case 'DD':
          return pad(D, 2);
        case 'D':
          return String(D);
        case 'dddd':
          return WEEKDAYS[d] as string;
        case 'ddd':
          return (WEEKDAYS[d] as string).slice(0, 3);
        case 'dd':
          return (WEEKDAYS[d] as string).slice(0, 2);
        case 'd':
        case 'e':
          return String(d);
        case 'E':
          return String(d || 7);
        case 'HH':
          return pad(H, 2);
        case 'H':
          return String(H);
        case 'hh':
          return pad(h, 2);
        case 'h':
          return String(h);
        case 'mm':
          return pad(m, 2);
        case 'm':
          return String(m);
        case 'ss':
          return pad(s, 2);
        case 's':
          return String(s);
        case 'SSS':
          return pad(S, 3);
        case 'SS':
          return pad(Math.floor(S / 10), 2);
        case 'S':
          return String(Math.floor(S / 100));
        case 'A':
          return H < 12 ? 'AM' : 'PM';
        case 'a':
          return H < 12 ? 'am' : 'pm';
        case 'ww':
          return pad(this.week(), 2);
        case 'w':
          return String(this.week());
        case 'WW':
          return pad(isoWeek(), 2);
        case 'W':
          return String(isoWeek());
        case 'Wo':
          return ordinal(isoWeek());
        case 'X':
          return String(Math.floor(this.#time / 1000));
        case 'x':
          return String(this.#time);
        case 'ZZ':
          return '+0000';
        case 'Z':
          return '+00:00';
        default:
          return token;
      }
    });
  }
}

/**
 * moment's `monthDiff(a, b)`, line for line: whole months from `a` to `b` plus the fraction of the
 * month around the anchor, computed from the later day of month so month ends round as moment does.
 */
function monthDiff(a: VisMoment, b: VisMoment): number {
  if (a.date() < b.date()) return -monthDiff(b, a);
  const whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
  const anchor = a.clone().add(whole, 'month').valueOf();
  const later = b.valueOf() - anchor >= 0;
  const anchor2 = a
    .clone()
    .add(later ? whole + 1 : whole - 1, 'month')
    .valueOf();
  const adjust = later ? (b.valueOf() - anchor) / (anchor2 - anchor) : (b.valueOf() - anchor) / (anchor - anchor2);
  return -(whole + adjust) || 0;
}

function timeOf(input: VisMomentInput): number {
  if (input === undefined) return Date.now();
  if (input === null) return NaN;
  if (input instanceof VisMoment || input instanceof Date) return input.valueOf();
  if (typeof input === 'number') return input;
  return Date.parse(input);
}

/** `visMoment(x)`: a new UTC instance, as `moment(x).utc()` gives. */
export function visMoment(input?: VisMomentInput): VisMoment {
  return new VisMoment(timeOf(input));
}
visMoment.utc = visMoment;
visMoment.isMoment = (value: unknown): value is VisMoment => value instanceof VisMoment;
visMoment.isDate = (value: unknown): value is Date => value instanceof Date;
visMoment.locale = (_name?: string): string => 'en';
visMoment.lang = visMoment.locale;

export default visMoment;
