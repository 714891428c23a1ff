/**
 * The one YAML reader of the project. gray-matter splits the frontmatter from the body and
 * hands the YAML here, both in the validator and in the Astro content loader, so the two
 * can never read a file differently. YAML 1.2 core schema: `2011-03-20` stays a string
 * (no timestamp conversion), duplicate keys are errors, aliases are bounded.
 * The `yaml` package defines what a file means; js-yaml reads the files it can read to the
 * same value first, because it is about ten times faster (src/domain/validation/yaml-quick.ts).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath } from './problem.ts';
import { readPlainYaml } from './yaml-quick.ts';

export interface YamlPosition {
  /** 1-based, relative to the YAML text. */
  line: number;
  column: number;
}

export interface ParsedYaml {
  readonly value: unknown;
  readonly errors: readonly { message: string; position: YamlPosition }[];
  /** Where a field is written: the key of the deepest part of `path` that exists. */
  locate(path: FieldPath): YamlPosition;
}

const MAX_ALIAS_COUNT = 50;

export function parseYaml(text: string): ParsedYaml {
  const quick = readPlainYaml(text);
  if (quick !== undefined) return { value: quick, errors: [], locate: locator(text) };
  return parseFully(text);
}

/** Reads `text` with the `yaml` package: its value, or its errors with their positions. */
export function parseFully(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
  const position = (offset: number): YamlPosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // Warnings count as errors: an unresolved tag (`!!js/function`) would otherwise pass silently as text.
  const errors = [...document.errors, ...document.warnings].map((error) => ({
    message: (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, ''),
    position: position(error.pos[0]),
  }));
  let value: unknown = undefined;
  if (errors.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      errors.push({ message: error instanceof Error ? error.message : String(error), position: { line: 1, column: 1 } });
    }
  }
  return { value, errors, locate: locator(text) };
}

/**
 * Where fields are written in `text`. Only files with problems are ever located; parsing
 * those again on demand keeps thousands of syntax trees out of memory for the files that are fine.
 */
function locator(text: string): ParsedYaml['locate'] {
  let located: { document: Document; lineCounter: LineCounter } | undefined;
  return (path) => {
    located ??= reparse(text);
    const { line, col } = located.lineCounter.linePos(locateOffset(located.document, path));
    return { line, column: col };
  };
}

function reparse(text: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { document: parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, strict: true }), lineCounter };
}

function locateOffset(document: Document, path: FieldPath): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
