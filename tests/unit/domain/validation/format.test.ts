import { describe, expect, it } from 'vitest';
import {
  formatGithubAnnotation,
  formatProblem,
  formatProblems,
  formatProblemsJson,
  OUTPUT_FORMATS,
  summariseProblems,
} from '../../../../src/domain/validation/format.ts';
import { formatFieldPath, sortProblems, type Problem } from '../../../../src/domain/validation/problem.ts';

const problem: Problem = { file: 'content/entries/x.md', line: 12, column: 3, field: 'evidence[0].quote', message: 'quote not found', hint: 'copy it exactly' };

describe('formatProblem (text)', () => {
  it('prints path:line:column, field, message and hint separated by two spaces', () => {
    expect(formatProblem(problem)).toBe('content/entries/x.md:12:3  evidence[0].quote  quote not found  (copy it exactly)');
  });

  it('leaves out the hint when there is none', () => {
    const { hint: _hint, ...bare } = problem;
    expect(formatProblem(bare)).toBe('content/entries/x.md:12:3  evidence[0].quote  quote not found');
  });

  it('keeps every problem on one line, whatever the message, hint, field or file contain', () => {
    const line = formatProblem({ ...problem, file: 'content/entries/a\nb.md', field: 'odd\nkey', message: 'first\r\n  second', hint: 'one\ntwo' });
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toBe('content/entries/a b.md:12:3  odd key  first second  (one two)');
  });
});

describe('formatGithubAnnotation', () => {
  it('writes an ::error workflow command with file, line, col and title', () => {
    expect(formatGithubAnnotation(problem)).toBe(
      '::error file=content/entries/x.md,line=12,col=3,title=evidence[0].quote::evidence[0].quote  quote not found (copy it exactly)',
    );
  });

  it('escapes %, CR and LF in the message', () => {
    const line = formatGithubAnnotation({ ...problem, message: '100% wrong\r\nreally', hint: 'a\nb' });
    expect(line).toBe('::error file=content/entries/x.md,line=12,col=3,title=evidence[0].quote::evidence[0].quote  100%25 wrong%0D%0Areally (a%0Ab)');
    expect(line).not.toMatch(/[\r\n]/);
  });

  it('escapes %, :, , and newlines in properties, so they cannot end or add a property', () => {
    const line = formatGithubAnnotation({ file: 'content/a,b:c%d\ne.md', line: 1, column: 1, field: 'x,y:z', message: 'm: n, o' });
    expect(line).toBe('::error file=content/a%2Cb%3Ac%25d%0Ae.md,line=1,col=1,title=x%2Cy%3Az::x,y:z  m: n, o');
    // The data part keeps `:` and `,`: only the properties need them escaped.
    expect(line.split('::')).toHaveLength(3);
  });
});

describe('formatProblemsJson', () => {
  it('is parsable and carries every field and the count', () => {
    const parsed = JSON.parse(formatProblemsJson([problem, { ...problem, line: 13, hint: undefined as unknown as string }])) as {
      problems: Problem[];
      count: number;
    };
    expect(parsed.count).toBe(2);
    expect(parsed.problems[0]).toEqual(problem);
    expect(parsed.problems[1]).not.toHaveProperty('hint');
    expect(JSON.parse(formatProblemsJson([]))).toEqual({ problems: [], count: 0 });
  });
});

describe('formatProblems', () => {
  const second: Problem = { ...problem, line: 20, field: 'title', message: 'is required' };

  it('joins one line per problem in text and github formats', () => {
    expect(formatProblems([problem, second])).toBe(`${formatProblem(problem)}\n${formatProblem(second)}`);
    expect(formatProblems([problem, second], 'github').split('\n')).toEqual([formatGithubAnnotation(problem), formatGithubAnnotation(second)]);
    expect(formatProblems([], 'text')).toBe('');
  });

  it('returns JSON for the json format', () => {
    expect(formatProblems([problem], 'json')).toBe(formatProblemsJson([problem]));
    expect(OUTPUT_FORMATS).toEqual(['text', 'github', 'json']);
  });
});

describe('summariseProblems', () => {
  it('counts problems and distinct files, with correct plurals', () => {
    expect(summariseProblems([], 1)).toBe('No problems in 1 file.');
    expect(summariseProblems([], 12)).toBe('No problems in 12 files.');
    expect(summariseProblems([problem], 3)).toBe('1 problem in 1 file (of 3 checked).');
    expect(summariseProblems([problem, { ...problem, line: 2 }, { ...problem, file: 'content/actors/y.md' }], 3)).toBe('3 problems in 2 files (of 3 checked).');
  });
});

describe('formatFieldPath', () => {
  it('writes dotted names and bracketed indexes', () => {
    expect(formatFieldPath(['evidence', 0, 'quote'])).toBe('evidence[0].quote');
    expect(formatFieldPath(['attribution', 'via', 1, 'actor'])).toBe('attribution.via[1].actor');
    expect(formatFieldPath([])).toBe('(frontmatter)');
  });
});

describe('sortProblems', () => {
  it('orders by file, then line, column and field, without changing its input', () => {
    const input: Problem[] = [
      { file: 'b.md', line: 1, column: 1, field: 'a', message: '' },
      { file: 'a.md', line: 10, column: 1, field: 'a', message: '' },
      { file: 'a.md', line: 2, column: 5, field: 'b', message: '' },
      { file: 'a.md', line: 2, column: 5, field: 'a', message: '' },
      { file: 'a.md', line: 2, column: 1, field: 'z', message: '' },
    ];
    const sorted = sortProblems(input);
    expect(sorted.map((p) => `${p.file}:${p.line}:${p.column}:${p.field}`)).toEqual(['a.md:2:1:z', 'a.md:2:5:a', 'a.md:2:5:b', 'a.md:10:1:a', 'b.md:1:1:a']);
    expect(input[0]?.file).toBe('b.md');
  });
});
