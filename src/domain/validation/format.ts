/**
 * The one error formatter, shared by `npm run validate` and the Astro build:
 * `content/entries/x.md:12:3  evidence[0].quote  message  (hint)`.
 */
import type { Problem } from './problem.ts';

export const OUTPUT_FORMATS = ['text', 'github', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** One line: `path:line:column  field  message  (hint)`. */
export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? `  (${problem.hint})` : '';
  return `${oneLine(problem.file)}:${problem.line}:${problem.column}  ${oneLine(problem.field)}  ${oneLine(problem.message)}${oneLine(hint)}`;
}

/** A GitHub Actions workflow command, shown as an annotation on the pull request's diff. */
export function formatGithubAnnotation(problem: Problem): string {
  const hint = problem.hint ? ` (${problem.hint})` : '';
  const properties = [`file=${escapeProperty(problem.file)}`, `line=${problem.line}`, `col=${problem.column}`, `title=${escapeProperty(problem.field)}`].join(
    ',',
  );
  return `::error ${properties}::${escapeData(`${problem.field}  ${problem.message}${hint}`)}`;
}

/** The problems as data, for tools. */
export function formatProblemsJson(problems: readonly Problem[]): string {
  return JSON.stringify({ problems, count: problems.length }, null, 2);
}

export function formatProblems(problems: readonly Problem[], format: OutputFormat = 'text'): string {
  if (format === 'json') return formatProblemsJson(problems);
  const lines = problems.map(format === 'github' ? formatGithubAnnotation : formatProblem);
  return lines.join('\n');
}

/** The closing line of a run: "2 problems in 1 file." */
export function summariseProblems(problems: readonly Problem[], filesChecked: number): string {
  if (problems.length === 0) return `No problems in ${plural(filesChecked, 'file')}.`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `${plural(problems.length, 'problem')} in ${plural(files, 'file')} (of ${filesChecked} checked).`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Line breaks: CR and LF, and those only some terminals, editors and log viewers honour. */
const LINE_BREAKS = /\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g;

/**
 * Characters a terminal or log viewer acts on instead of showing: C0 and C1 controls other than
 * tab, CR and LF (ESC starts colour, cursor and hyperlink sequences), DEL, the line breaks other
 * than CR and LF, and the bidirectional overrides and isolates that make a line read differently
 * from what it holds. Content is echoed in problems, so these are shown as escapes (`\u001b`).
 */
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function oneLine(text: string): string {
  return printable(text.replace(LINE_BREAKS, ' '));
}

// Escaping as GitHub's workflow-command parser expects.
function escapeData(text: string): string {
  return printable(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
