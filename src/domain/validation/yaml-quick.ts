/**
 * A quick first reading of frontmatter YAML with js-yaml, about ten times faster than the
 * `yaml` package on this project's files (see scripts/bench/README.md). It answers only when its
 * value is the one `yaml` would give; for anything else it answers `undefined` and the
 * caller reads the text with `yaml` (src/domain/validation/yaml.ts), which also reports
 * errors and positions. How the two are kept in agreement:
 *
 * - Plain scalars resolve by YAML 1.2's core schema exactly as `yaml` 2 implements it
 *   (`yaml/dist/schema/core`): the same patterns, tried in the same order, converted with
 *   the same `parseInt`/`parseFloat` calls. `2011-03-20` stays text, `012` is 12, `1_000`
 *   and `0b1` are text, `yes` is text.
 * - Whatever the two parsers could read differently is handed over rather than read:
 *   explicit tags (no explicit type is known here, so js-yaml refuses them; the bare `!`
 *   is noticed), anchors and aliases, explicit keys (`? `), empty sequence entries, directives, tabs and carriage returns, a comment sign
 *   straight after a quote or bracket, warnings, duplicate keys and syntax errors (js-yaml
 *   throws), a key that is not a plain field name (a null key is "null" in js-yaml but ""
 *   in `yaml`), and a document that is not a mapping.
 *
 * tests/unit/domain/validation/yaml-quick.test.ts compares both readers on every content file, on
 * the synthetic benchmark content, on scalar edge cases and on thousands of mutated files.
 */
import { load, Schema, Type, type State } from 'js-yaml';

/** js-yaml's parser state; its typings leave out the anchor and tag of the node being composed. */
type StateWithProperties = State & {
  anchor?: string | null;
  tag?: string | null;
};

/**
 * A plain scalar type resolved like `yaml`'s core schema. js-yaml keeps one type per tag,
 * so the forms of a tag (octal, decimal, hexadecimal int) are tried in `yaml`'s order here.
 */
function coreType(tag: string, forms: readonly (readonly [test: RegExp, construct: (text: string) => unknown])[]): Type {
  const formOf = (text: string) => forms.find(([test]) => test.test(text));
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    // js-yaml passes a second argument only for an explicit tag (`!!int 3`): refused, so that the full parser reads it.
    resolve: (data: unknown, explicitTag?: unknown) => explicitTag === undefined && typeof data === 'string' && formOf(data) !== undefined,
    construct: (data: string) => (formOf(data) as (typeof forms)[number])[1](data),
  });
}

/** `yaml` 2's core schema, in its order: null, bool, octal, decimal and hexadecimal int, NaN/infinity, exponent and plain float. */
const CORE_PLAIN_SCALARS = new Schema({
  implicit: [
    coreType('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    coreType('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T']]),
    coreType('int', [
      [/^0o[0-7]+$/, (text) => parseInt(text.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (text) => parseInt(text.substring(0), 10)],
      [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.substring(2), 16)],
    ]),
    coreType('float', [
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => parseFloat(text)],
    ]),
  ],
});

/** A key both parsers turn into the same property name: no null key, no collection, no prototype name. */
const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const DIRECTIVE = /^%/m;
/** A comment sign right after a quote or a flow collection: js-yaml reads a comment, `yaml` an error. */
const UNSEPARATED_COMMENT = /["'\]},]#/;
/** Tabs and carriage returns, which the two parsers treat differently in places (file checks refuse CR anyway). */
const TAB_OR_CR = /[\t\r]/;
/** A sequence entry with nothing after its dash: js-yaml accepts some less indented lines after it that `yaml` refuses. */
const EMPTY_SEQUENCE_ENTRY = /^ *- *$/m;
/** The explicit key indicator (`? - a`): js-yaml joins a sequence key into text, `yaml` writes it as YAML. */
const EXPLICIT_KEY = /(?:^|[\s[{,])\?(?:\s|$)/m;

/**
 * The frontmatter's fields, when js-yaml can read them exactly as `yaml` would;
 * `undefined` when the text needs the full parser (errors, anchors, tags, unusual keys).
 */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (TAB_OR_CR.test(text) || DIRECTIVE.test(text) || UNSEPARATED_COMMENT.test(text) || EXPLICIT_KEY.test(text) || EMPTY_SEQUENCE_ENTRY.test(text)) {
    return undefined;
  }
  let special = false;
  let warned = false;
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_PLAIN_SCALARS,
      json: false,
      onWarning: () => {
        warned = true;
      },
      // Every alias needs an anchor, and every anchored node closes with its anchor set. The
      // non-specific tag `!` makes an empty value "" in `yaml` and null in js-yaml.
      listener(event, state) {
        const { anchor, tag } = state as StateWithProperties;
        if (event === 'close' && (anchor != null || tag === '!')) special = true;
      },
    });
  } catch {
    return undefined;
  }
  if (special || warned || !isPlainMapping(value)) return undefined;
  return value;
}

function isPlainMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && hasPlainKeys(value);
}

function hasPlainKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(hasPlainKeys);
  if (value === null || typeof value !== 'object') return true;
  for (const [key, item] of Object.entries(value)) {
    if (!PLAIN_KEY.test(key) || key === 'null' || !hasPlainKeys(item)) return false;
  }
  // `Object.entries` skips a `__proto__` key that js-yaml defined as an own property; its name is not plain either.
  return !Object.prototype.hasOwnProperty.call(value, '__proto__');
}
