/**
 * Partial dates: a claim's date carries exactly the precision its source gives
 * (`2011`, `2011-03`, `2011-03-20`). Nothing here ever invents a missing day or month.
 * All arithmetic is in UTC so a date never shifts with the reader's time zone.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly text: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1-12, present for month and day precision. */
  readonly month?: number;
  /** 1-31, present for day precision. */
  readonly day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DateParseResult = { ok: true; date: PartialDate } | { ok: false; message: string; hint: string };

const FORMAT_HINT = 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, with only the parts the source gives';

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days (2011-02-30). */
export function parsePartialDate(text: string): DateParseResult {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return { ok: false, message: `"${text}" is not a date`, hint: FORMAT_HINT };
  const year = Number(match[1]);
  if (year < 1000) return { ok: false, message: `year ${match[1]} is out of range`, hint: FORMAT_HINT };
  if (match[2] === undefined) return { ok: true, date: { text, precision: 'year', year } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { ok: false, message: `month ${match[2]} does not exist`, hint: 'months run from 01 to 12' };
  }
  if (match[3] === undefined) return { ok: true, date: { text, precision: 'month', year, month } };
  const day = Number(match[3]);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return {
      ok: false,
      message: `${text} does not exist (${monthName(month)} ${year} has ${lastDay} days)`,
      hint: 'check the day against the source',
    };
  }
  return { ok: true, date: { text, precision: 'day', year, month, day } };
}

/** Parses a date already known to be valid; throws on a programming error, never on content. */
export function partialDate(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`invalid partial date ${text}: ${result.message}`);
  return result.date;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First instant (UTC, ms) of the period the date denotes. */
export function periodStart(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** First instant (UTC, ms) after the period the date denotes: a year, a month or a day. */
export function periodEnd(date: PartialDate): number {
  if (date.precision === 'year') return Date.UTC(date.year + 1, 0, 1);
  if (date.precision === 'month') return Date.UTC(date.year, date.month ?? 1, 1);
  return Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1);
}

/** Whether two periods (each from a date and an optional end date) share any instant. */
export function periodsOverlap(a: { start: PartialDate; end?: PartialDate | undefined }, b: { start: PartialDate; end?: PartialDate | undefined }): boolean {
  const aStart = periodStart(a.start);
  const aEnd = periodEnd(a.end ?? a.start);
  const bStart = periodStart(b.start);
  const bEnd = periodEnd(b.end ?? b.start);
  return aStart < bEnd && bStart < aEnd;
}

/**
 * Chronological order: earlier periods first; at the same start, the less precise
 * (longer) period first, so "2011" sorts before "2011-01-01".
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return periodStart(a) - periodStart(b) || periodEnd(b) - periodEnd(a);
}

/** Whether the period starts after `now`: a claim cannot be dated in the future. */
export function isInFuture(date: PartialDate, now: Date = new Date()): boolean {
  return periodStart(date) > now.getTime();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** "2011", "April 2011" or "19 April 2011"; with `circa`, prefixed "circa". */
export function formatPartialDate(date: PartialDate, options: { circa?: boolean } = {}): string {
  let text: string;
  if (date.precision === 'year') text = String(date.year);
  else if (date.precision === 'month') text = `${monthName(date.month ?? 1)} ${date.year}`;
  else text = `${date.day} ${monthName(date.month ?? 1)} ${date.year}`;
  return options.circa ? `circa ${text}` : text;
}

/** A date range as words: "2009 to 2011", "March to May 2011". */
export function formatDateRange(start: PartialDate, end: PartialDate | undefined, options: { circa?: boolean } = {}): string {
  const from = formatPartialDate(start, options);
  if (!end) return from;
  return `${from} to ${formatPartialDate(end)}`;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
