/**
 * Dates written in words ("April 2011", "20 May 2011", "May 20, 2011", "abril de 2011"),
 * turned into the form content uses (`2011-04`, `2011-05-20`) so that the validator can
 * suggest it. Only forms with one reading are turned: `03/04/2011` could be March or April,
 * and gets no suggestion. The precision is the words': a month and year never gain a day.
 */

import { daysInMonth } from './dates.ts';

const MONTHS: Record<string, number> = {};
const ENGLISH = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Spanish, because many of the sources are Mexican; `setiembre` is an accepted spelling.
const SPANISH = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
ENGLISH.forEach((name, index) => {
  MONTHS[name] = index + 1;
  // Abbreviations: `Apr`, `Sept`.
  MONTHS[name.slice(0, 3)] = index + 1;
});
MONTHS['sept'] = 9;
SPANISH.forEach((name, index) => (MONTHS[name] = index + 1));
MONTHS['setiembre'] = 9;

const MONTH = '([a-záéíóú]+)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|º|°)?';
const YEAR = '(\\d{4})';
const OF = '(?:\\s+de)?';

/** Each form with the order of its parts: m month, d day, y year. */
const FORMS: readonly [RegExp, string][] = [
  [new RegExp(`^${MONTH},?${OF}\\s+${YEAR}$`, 'i'), 'my'],
  [new RegExp(`^${DAY}${OF}\\s+${MONTH}${OF},?\\s+${YEAR}$`, 'i'), 'dmy'],
  [new RegExp(`^${MONTH}\\s+${DAY},?\\s+${YEAR}$`, 'i'), 'mdy'],
  [/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/, 'ymd'],
  [/^(\d{4})[/.](\d{1,2})$/, 'ym'],
];

const pad = (value: number) => String(value).padStart(2, '0');

/** `2011-04` for "April 2011", `2011-05-20` for "20 May 2011"; undefined when the text is not such a date. */
export function dateFromWords(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  for (const [pattern, order] of FORMS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const parts: Record<string, string> = {};
    [...order].forEach((part, index) => (parts[part] = match[index + 1] as string));
    const month = /^\d+$/.test(parts['m'] ?? '') ? Number(parts['m']) : MONTHS[(parts['m'] ?? '').toLowerCase()];
    if (month === undefined || month < 1 || month > 12) return undefined;
    const yearMonth = `${parts['y']}-${pad(month)}`;
    if (parts['d'] === undefined) return yearMonth;
    const day = Number(parts['d']);
    return day >= 1 && day <= daysInMonth(Number(parts['y']), month) ? `${yearMonth}-${pad(day)}` : undefined;
  }
  return undefined;
}
