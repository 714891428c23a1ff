/** Turns zod's issues into problems an editor can act on, located at the field in the file. */
import type { z } from 'astro/zod';
import { fieldProblem, type ParsedFile } from './parse-file.ts';
import type { FieldPath, Problem } from './problem.ts';
import { closestMatch, didYouMean } from './suggest.ts';

const MAX_LISTED_VALUES = 12;

export function schemaProblems(parsed: ParsedFile, issues: readonly z.core.$ZodIssue[], schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    problems.push(...issueProblems(parsed, issue, path, schema));
  }
  return problems;
}

function issueProblems(parsed: ParsedFile, issue: z.core.$ZodIssue, path: FieldPath, schema: z.ZodType): Problem[] {
  const hint = (issue as { params?: { hint?: string } }).params?.hint;
  switch (issue.code) {
    case 'unrecognized_keys': {
      // Only the fields of the object the key is in: `qoute` in a piece of evidence is `quote`, never `note` (a field of `related`).
      const fields = fieldsAt(schema, path, parsed.data);
      return issue.keys.map((key) => fieldProblem(parsed, [...path, key], 'unknown field', didYouMean(key, fields, 'remove it, or check the field reference')));
    }
    case 'invalid_type': {
      const found = valueAt(parsed.data, path);
      if (found === undefined) return [fieldProblem(parsed, path, 'is required', missingFieldHint(parsed, path, schema))];
      return [
        fieldProblem(
          parsed,
          path,
          `must be ${describeExpected(issue.expected)}, not ${describeValue(found)}`,
          hint ?? quotedValueHint(issue.expected, found, path),
        ),
      ];
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
          issueProblems(parsed, inner, [...path, ...inner.path.filter((s): s is string | number => typeof s !== 'symbol')], schema),
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

/** "add `title:`", unless a misspelt key beside it is the field (`qoute` for `quote`): then say so. */
function missingFieldHint(parsed: ParsedFile, path: FieldPath, schema: z.ZodType): string {
  const name = String(path[path.length - 1]);
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? parsed.data : valueAt(parsed.data, parentPath);
  if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    const valid = new Set(fieldsAt(schema, parentPath, parsed.data));
    const unknown = Object.keys(parent).filter((key) => !valid.has(key));
    const misspelt = unknown.find((key) => closestMatch(key, [name]) === name);
    if (misspelt !== undefined) return `\`${misspelt}\` on line ${parsed.locate([...parentPath, misspelt]).line} looks like it, misspelt`;
  }
  return `add \`${name}:\` to the frontmatter`;
}

/**
 * YAML reads anything in quotes as text: `"500"` is not the number 500, nor `"true"` a yes.
 * When text would be the expected value once unquoted, say so.
 */
function quotedValueHint(expected: string, found: unknown, path: FieldPath): string | undefined {
  if (typeof found !== 'string') return undefined;
  const field = String(path[path.length - 1]);
  const number = (expected === 'number' || expected === 'int') && /^-?\d+(?:\.\d+)?$/.test(found.trim());
  const boolean = expected === 'boolean' && /^(?:true|false)$/.test(found.trim());
  return number || boolean ? `remove the quotes: \`${field}: ${found.trim()}\`` : undefined;
}

type ZodDef = { type?: string; shape?: Record<string, unknown>; element?: unknown; options?: unknown[]; discriminator?: string; values?: unknown[] } & Record<
  string,
  unknown
>;

const defOf = (node: unknown): ZodDef | undefined => (node as { _zod?: { def?: ZodDef } } | undefined)?._zod?.def;

/** The schemas a node stands for once its wrappers (optional, default, pipe, …) are removed, its unions spread. */
function unwrap(node: unknown, data: unknown): unknown[] {
  const def = defOf(node);
  if (!def) return [];
  if (def.type === 'union') {
    let options = def.options ?? [];
    // A discriminated union (the kinds of entry): the option the data names, when it names one.
    const discriminator = def.discriminator;
    if (discriminator && data !== null && typeof data === 'object') {
      const wanted = (data as Record<string, unknown>)[discriminator];
      const chosen = options.filter((option) => unwrap(option, data).some((object) => literalAt(object, discriminator) === wanted));
      if (chosen.length > 0) options = chosen;
    }
    return options.flatMap((option) => unwrap(option, data));
  }
  if (def.type === 'pipe') return unwrap(def['in'], data);
  for (const key of ['innerType', 'schema']) if (def[key]) return unwrap(def[key], data);
  return [node];
}

function literalAt(object: unknown, key: string): unknown {
  const field = defOf(defOf(object)?.shape?.[key]);
  return field?.type === 'literal' ? field.values?.[0] : undefined;
}

/**
 * The field names valid in the object at `path` of a schema (`['evidence', 0]`: the fields of a
 * piece of evidence), following the data through lists and the kinds of entry.
 */
export function fieldsAt(schema: z.ZodType, path: FieldPath, data: unknown): string[] {
  let nodes: { node: unknown; data: unknown }[] = [{ node: schema, data }];
  for (const segment of path) {
    const next: { node: unknown; data: unknown }[] = [];
    for (const { node, data: value } of nodes) {
      const child = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
      for (const inner of unwrap(node, value)) {
        const def = defOf(inner);
        if (def?.type === 'object' && typeof segment === 'string' && def.shape?.[segment]) next.push({ node: def.shape[segment], data: child });
        if (def?.type === 'array' && typeof segment === 'number') next.push({ node: def.element, data: child });
      }
    }
    nodes = next;
  }
  const names = new Set<string>();
  for (const { node, data: value } of nodes)
    for (const inner of unwrap(node, value)) for (const name of Object.keys(defOf(inner)?.shape ?? {})) names.add(name);
  return [...names].sort();
}
