/** Turns zod's issues into problems an editor can act on, located at the field in the file. */
import type { z } from 'astro/zod';
import { fieldProblem, type ParsedFile } from './parse-file.ts';
import type { FieldPath, Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

const MAX_LISTED_VALUES = 12;

export function schemaProblems(parsed: ParsedFile, issues: readonly z.core.$ZodIssue[], knownFields: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    problems.push(...issueProblems(parsed, issue, path, knownFields));
  }
  return problems;
}

function issueProblems(parsed: ParsedFile, issue: z.core.$ZodIssue, path: FieldPath, knownFields: readonly string[]): Problem[] {
  const hint = (issue as { params?: { hint?: string } }).params?.hint;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        fieldProblem(parsed, [...path, key], 'unknown field', didYouMean(key, knownFields, 'remove it, or check the field reference')),
      );
    case 'invalid_type': {
      const found = valueAt(parsed.data, path);
      if (found === undefined) {
        return [fieldProblem(parsed, path, 'is required', `add \`${String(path[path.length - 1])}:\` to the frontmatter`)];
      }
      return [fieldProblem(parsed, path, `must be ${describeExpected(issue.expected)}, not ${describeValue(found)}`, hint)];
    }
    case 'invalid_value': {
      const found = valueAt(parsed.data, path);
      // A long vocabulary (the measures) is listed in the field reference, not in every message.
      const allowed =
        issue.values.length > MAX_LISTED_VALUES
          ? 'one of the values listed in the field reference (CONTRIBUTING.md)'
          : `one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}`;
      const suggestion = typeof found === 'string' ? didYouMean(found, issue.values.map(String), `use ${allowed}`) : `use ${allowed}`;
      return [fieldProblem(parsed, path, `${describeValue(found)} is not allowed here`, suggestion)];
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        // zod reports a bad discriminator at the discriminator itself (`['kind']`); older versions at the union.
        const discriminatorPath = path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
        const found = valueAt(parsed.data, discriminatorPath);
        if (found === undefined) return [fieldProblem(parsed, discriminatorPath, 'is required', 'use `event`, `statement` or `count`')];
        return [
          fieldProblem(
            parsed,
            discriminatorPath,
            `${describeValue(found)} is not a kind of entry`,
            typeof found === 'string'
              ? didYouMean(found, ['event', 'statement', 'count'], 'use `event`, `statement` or `count`')
              : 'use `event`, `statement` or `count`',
          ),
        ];
      }
      // A value that fits none of the alternatives: report what the first alternative expected.
      const first = issue.errors[0];
      if (first && first.length > 0) {
        return first.flatMap((inner) =>
          issueProblems(parsed, inner, [...path, ...inner.path.filter((s): s is string | number => typeof s !== 'symbol')], knownFields),
        );
      }
      return [fieldProblem(parsed, path, 'has the wrong form', hint)];
    }
    case 'too_small':
    case 'too_big':
      // The schemas word their own limits; zod's English defaults ("Too small: expected number to be >=0") are reworded.
      if (!/^Too (small|big):/.test(issue.message)) return [fieldProblem(parsed, path, issue.message, hint)];
      return [fieldProblem(parsed, path, describeLimit(issue), hint)];
    default:
      return [fieldProblem(parsed, path, issue.message, hint)];
  }
}

/** The value at a path in the raw frontmatter, or undefined. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a set of fields';
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return '`true` or `false`';
    default:
      return expected;
  }
}

function describeLimit(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'array':
    case 'set':
      return `${small ? 'needs at least' : 'may have at most'} ${limit} item${limit === '1' ? '' : 's'}`;
    case 'string':
      return `${small ? 'must have at least' : 'must have at most'} ${limit} character${limit === '1' ? '' : 's'}`;
    default:
      if (small) return inclusive ? `must be ${limit} or more` : `must be more than ${limit}`;
      return inclusive ? `must be ${limit} or less` : `must be less than ${limit}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

/** Every field name used anywhere in a schema, for "did you mean" on unknown fields. */
export function fieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    const shape = def['shape'] as Record<string, unknown> | undefined;
    if (shape) {
      for (const [key, child] of Object.entries(shape)) {
        names.add(key);
        walk(child);
      }
    }
    for (const key of ['innerType', 'element', 'in', 'out', 'schema']) walk(def[key]);
    for (const option of (def['options'] as unknown[] | undefined) ?? []) walk(option);
  };
  walk(schema);
  return [...names].sort();
}
