/**
 * Property-based fuzzing of the validator (fast-check, fixed seed): random frontmatter objects,
 * YAML text, Markdown bodies, bytes and file names go through `validateFiles`, alone and next to
 * the valid fixture set. The property is the validator's contract: it never throws; it accepts,
 * or it reports problems that are each located in a file given to it (line and column ≥ 1,
 * within the file), with a field and a message, and that each print as exactly one line of
 * plain text (no line breaks, no terminal control characters) in the text and GitHub formats.
 *
 * A second group fuzzes the Markdown renderer with the site's remark plugins: whatever the body,
 * the HTML holds nothing that can run script, and a body the validator accepts renders without
 * raw HTML even with the second wall (`remarkStripHtml`) removed.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { parse as parseYamlText, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import remarkSafeLinks from '../../../../src/domain/markdown/remark-safe-links.ts';
import remarkStripHtml from '../../../../src/domain/markdown/remark-strip-html.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../../../src/domain/schema/index.ts';
import type { ContentFile } from '../../../../src/domain/validation/content-files.ts';
import { formatGithubAnnotation, formatProblem } from '../../../../src/domain/validation/format.ts';
import type { Problem } from '../../../../src/domain/validation/problem.ts';
import { validateFiles, type ValidationResult } from '../../../../src/domain/validation/validate.ts';
import { validFiles } from '../../../fixtures/cases.ts';
import { scriptCapable } from '../../../fixtures/hostile/html-scan.ts';

/** Fixed, so a failure reproduces; fast-check prints the seed and path of any counterexample. */
const SEED = 20_110_301;
const runsByProperty = new Map<string, number>();

function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
  fc.assert(fc.property(arbitrary, predicate), { seed: SEED, numRuns, endOnFailure: false });
  runsByProperty.set(name, numRuns);
}

async function checkAsync<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number): Promise<void> {
  await fc.assert(fc.asyncProperty(arbitrary, predicate), { seed: SEED, numRuns });
  runsByProperty.set(name, numRuns);
}

afterAll(() => {
  const total = [...runsByProperty.values()].reduce((sum, runs) => sum + runs, 0);
  const detail = [...runsByProperty].map(([name, runs]) => `${name}: ${runs}`).join(', ');
  console.log(`fuzz: ${total} runs with seed ${SEED} (${detail})`);
});

// ---- The contract ---------------------------------------------------------------------------

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const valid = validFiles();

/** Anything that ends a line in a terminal, an editor or a log viewer. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;
/** Characters a terminal acts on instead of showing (C0 and C1 controls but tab, DEL), and bidirectional overrides. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function assertContract(files: readonly ContentFile[]): ValidationResult {
  let result: ValidationResult;
  try {
    result = validateFiles(files);
  } catch (error) {
    throw new Error(`validateFiles threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, { cause: error });
  }
  const byName = new Map(files.map((file) => [file.file, file]));
  expect(result.filesChecked).toBe(files.length);
  for (const problem of result.problems) assertProblem(problem, byName);
  return result;
}

function assertProblem(problem: Problem, files: ReadonlyMap<string, ContentFile>): void {
  const where = JSON.stringify(problem);
  const file = files.get(problem.file);
  expect(file, `problem in a file that was not given: ${where}`).toBeDefined();
  expect(Number.isInteger(problem.line) && problem.line >= 1, `line: ${where}`).toBe(true);
  expect(Number.isInteger(problem.column) && problem.column >= 1, `column: ${where}`).toBe(true);
  if (file && file.kind === undefined) {
    // The line exists in the file (counting a last line without its newline).
    const lines = decoder.decode(file.bytes).split('\n').length;
    expect(problem.line, `line beyond the end of the file: ${where}`).toBeLessThanOrEqual(Math.max(lines, 1));
  }
  expect(typeof problem.field === 'string' && problem.field.trim() !== '', `field: ${where}`).toBe(true);
  expect(typeof problem.message === 'string' && problem.message.trim() !== '', `message: ${where}`).toBe(true);
  for (const line of [formatProblem(problem), formatGithubAnnotation(problem)]) {
    expect(LINE_BREAK.test(line), `not one line: ${JSON.stringify(line)}`).toBe(false);
    expect(CONTROL.test(line), `control character in: ${JSON.stringify(line)}`).toBe(false);
  }
}

// ---- Building blocks ------------------------------------------------------------------------

/** Strings YAML, zod, the link policy or a terminal treat specially. */
const SPECIAL_STRINGS = [
  '',
  ' ',
  '~',
  'null',
  'Null',
  'NULL',
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  '0',
  '-0',
  '0x1F',
  '0o17',
  '1e3',
  '.inf',
  '-.Inf',
  '.nan',
  '1_000',
  '+12',
  '0.',
  '007',
  '2011',
  '2011-03',
  '2011-03-20',
  '2011-02-30',
  '2011-13-01',
  '0000-00-00',
  '9999-12-31',
  '2011-03-20T10:00:00Z',
  '12:30:00',
  '@',
  '`',
  '|',
  '>',
  '|-',
  '>+',
  '*alias',
  '&anchor',
  '!',
  '!!str',
  '!!js/function',
  '!<tag:yaml.org,2002:js/function>',
  '!!binary',
  '%YAML 1.1',
  '%TAG ! tag:x,2000:',
  '---',
  '...',
  '--- js',
  '#',
  '# comment',
  '- x',
  '? x',
  ': x',
  'a: b',
  'a #b',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '\\',
  '\\"',
  '<<',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'id',
  'kind',
  'title',
  'evidence',
  'quote',
  'source',
  'url',
  'actor',
  'description',
  'quantity',
  'stated',
  'related',
  'entry',
  'event',
  'statement',
  'count',
  'exact',
  'several',
  'range',
  'contradicts',
  'follows',
  'disputed',
  'example-agency',
  'example-agency-release',
  'fixture-storyline',
  'example-agency-opens-field-office',
  'example-agency-says-500-agents',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</title><script>alert(1)</script>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '//evil.example/x',
  'https://example.com/',
  'http://[::1]/',
  'https://example.com/"><script>',
  'https://',
  'http://localhost',
  'mailto:a@example.com',
  'entry:x',
  'entry:',
  '\u0000',
  '\u0007',
  '\u001b[2J\u001b[31mred',
  '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  '\u009b31m',
  '\u007f',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\v',
  '\f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u200b',
  '\u202e',
  '\u2066',
  '\ud800',
  '\udfff',
  '\u{1F600}',
  'e\u0301',
  'ﬁ',
] as const;

const specialString = fc.constantFrom(...SPECIAL_STRINGS);
/** Any text: special strings, full Unicode (lone surrogates included) and glued mixtures. */
const anyString = fc.oneof(
  { weight: 3, arbitrary: specialString },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.array(specialString, { maxLength: 4 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.mixedCase(fc.constantFrom('javascript:alert(1)', '<script>x</script>', 'https://example.com/')) },
);

const anyKey = fc.oneof({ weight: 3, arbitrary: specialString }, { weight: 1, arbitrary: anyString });

/** JSON-like values, nested a few levels, with odd keys (including `__proto__`) and odd numbers. */
const { value: anyValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, -0, 1e21, -1, 2011, 20110320, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY),
    anyString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(anyKey, tie('value')), { maxLength: 4 }).map(toObject),
  ),
}));

/** An object with own properties for every pair, `__proto__` included (never the prototype). */
function toObject(pairs: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of pairs) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

/** A value nested `depth` levels deep, in lists or in maps. */
const deepValue = fc.record({ depth: fc.integer({ min: 20, max: 120 }), maps: fc.boolean(), leaf: anyString }).map(({ depth, maps, leaf }) => {
  let value: unknown = leaf;
  for (let level = 0; level < depth; level++) value = maps ? { a: value } : [value];
  return value;
});

const MARKDOWN_TOKENS = [
  'word ',
  'Text. ',
  '\n',
  '\n\n',
  '    ',
  '> ',
  '- ',
  '1. ',
  '# ',
  '| a | b |\n|---|---|\n',
  '***',
  '`',
  '```',
  '```html\n',
  '~~~',
  '\\',
  '&',
  '&lt;',
  '&#60;',
  '&#x3C;',
  '&amp;',
  '&#0;',
  '&quot;',
  '<',
  '>',
  '</',
  '/>',
  '<script>',
  '</script>',
  '<ScRiPt >',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)">',
  '<img/src/onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">',
  '</a>',
  '<div>',
  '</div>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?php ?>',
  '<!DOCTYPE html>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '][',
  ']: ',
  '"',
  "'",
  ' "title"',
  '<https://example.com/>',
  '<javascript:alert(1)>',
  '<mailto:a@example.com>',
  'www.example.com',
  'https://example.com/x',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'jav&#x61;script:',
  'java&#x09;script:',
  'javascript\\:',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:x',
  '//evil.example/x',
  '\\\\evil.example\\x',
  '/\\evil.example',
  'entry:',
  'entry:example-agency-says-500-agents',
  'actor:example-agency',
  'topic:fixture-storyline',
  'source:example-agency-release',
  'entry:missing',
  'constructor:x',
  '#frag',
  '/x/',
  '../x',
  'mailto:a@example.com',
  'https://example.com/',
  '[^1]',
  '[^1]: note\n',
  '- [ ] task\n',
  '~~del~~',
] as const;
const markdownToken = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...MARKDOWN_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
const markdown = fc.array(markdownToken, { maxLength: 40 }).map((tokens) => tokens.join(''));

const YAML_TOKENS = [
  'id',
  'kind',
  'title',
  'evidence',
  'source',
  'quote',
  'url',
  'topics',
  'x',
  '__proto__',
  '<<',
  '? ',
  ': ',
  ':',
  '- ',
  '-',
  ' ',
  '  ',
  '\t',
  '#',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '!!str ',
  '!!js/function ',
  '!local ',
  '!!binary ',
  '"',
  "'",
  '\\',
  '\\u0000',
  '\\x1b',
  '{',
  '}',
  '[',
  ']',
  ',',
  '|',
  '>',
  '|-',
  '>2',
  '%YAML 1.2',
  '---',
  '...',
  'null',
  '~',
  'true',
  '2011-03-20',
  '1e3',
  '.nan',
  'event',
  'example-agency',
  'fixture-storyline',
  'javascript:alert(1)',
  '<script>',
  '\u2028',
  '\u0085',
  '\u001b[31m',
  '\ufeff',
] as const;
const yamlLine = fc
  .tuple(
    fc.constantFrom('', '', '  ', '    ', '- ', '  - '),
    fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...YAML_TOKENS) }, { weight: 1, arbitrary: anyString }), { maxLength: 6 }),
  )
  .map(([indent, tokens]) => indent + tokens.join(''));
const yamlText = fc.oneof(
  fc.array(yamlLine, { maxLength: 12 }).map((lines) => lines.join('\n')),
  // An alias bomb: each level repeats the one before.
  fc.integer({ min: 2, max: 9 }).map((levels) => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < levels; level++)
      lines.push(
        `a${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    return lines.join('\n');
  }),
);

// ---- Seeds: the valid set, read back as data -----------------------------------------------

interface Seed {
  readonly collection: CollectionName;
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
}

const seeds: Seed[] = valid.map((contentFile) => {
  const text = decoder.decode(contentFile.bytes);
  const end = text.indexOf('\n---', 3);
  const bodyStart = text.indexOf('\n', end + 1);
  return {
    collection: contentFile.collection,
    file: contentFile.file,
    data: parseYamlText(text.slice(4, end + 1)) as Record<string, unknown>,
    body: bodyStart === -1 ? '' : text.slice(bodyStart + 1),
  };
});

type Path = (string | number)[];
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object' || prefix.length > 12) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown, remove: boolean): void {
  if (path.length === 0) return;
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[segment];
    if (node === null || typeof node !== 'object') return;
  }
  const last = path[path.length - 1] as string | number;
  if (remove && Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (remove) delete (node as Record<string | number, unknown>)[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
}

const mutation = fc.record({
  op: fc.constantFrom('set', 'set', 'delete', 'add'),
  at: fc.nat(),
  key: anyKey,
  value: fc.oneof({ weight: 20, arbitrary: anyValue }, { weight: 1, arbitrary: deepValue }),
});

/** A seed document with a few random edits: most runs get deep into the schema and cross-checks. */
const mutatedSeed = fc
  .record({ seed: fc.nat({ max: seeds.length - 1 }), edits: fc.array(mutation, { minLength: 1, maxLength: 4 }), body: fc.option(markdown) })
  .map(({ seed, edits, body }) => {
    const original = seeds[seed] as Seed;
    const data = structuredClone(original.data);
    for (const edit of edits) {
      const paths = pathsOf(data);
      const path = paths[edit.at % paths.length] as Path;
      if (edit.op === 'add') {
        const target = paths.filter((candidate) => {
          let node: unknown = data;
          for (const segment of candidate) node = (node as Record<string | number, unknown>)[segment];
          return node !== null && typeof node === 'object' && !Array.isArray(node);
        });
        setAt(data, [...(target[edit.at % target.length] ?? []), edit.key], edit.value, false);
      } else setAt(data, path, edit.value, edit.op === 'delete');
    }
    return { original, text: `---\n${stringifyYaml(data)}---\n${body ?? original.body}` };
  });

/**
 * The file alone, or (in a quarter of the runs, as the set costs ten times as much to check) in
 * the valid set, replacing the file of the same name: there its references, quotes and relations
 * resolve, so the cross-file checks run too.
 */
function inContext(replacement: ContentFile, withValidSet: boolean): ContentFile[] {
  return withValidSet ? [...valid.filter((file) => file.file !== replacement.file), replacement] : [replacement];
}
const withValidSet = fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const asFile = (collection: CollectionName, file: string, text: string | Uint8Array): ContentFile => ({
  collection,
  file,
  bytes: typeof text === 'string' ? encoder.encode(text) : text,
});

const collection = fc.constantFrom(...COLLECTION_NAMES);

const INVALID_UTF8 = [
  [0xff],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf4, 0x90, 0x80, 0x80],
  [0x80],
  [0xef, 0xbb, 0xbf],
  [0x0d],
  [0x0d, 0x0a],
  [0x00],
] as const;
/** A valid file with bytes spliced in: invalid UTF-8, a BOM, CR or CRLF, NUL. */
const splicedBytes = fc
  .record({
    seed: fc.nat({ max: valid.length - 1 }),
    splices: fc.array(fc.record({ at: fc.nat(), bytes: fc.constantFrom(...INVALID_UTF8) }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ seed, splices }) => {
    const original = valid[seed] as ContentFile;
    let bytes = Array.from(original.bytes);
    for (const splice of splices) {
      const at = splice.at % (bytes.length + 1);
      bytes = [...bytes.slice(0, at), ...splice.bytes, ...bytes.slice(at)];
    }
    return { original, bytes: Uint8Array.from(bytes) };
  });

const fileName = fc.oneof(
  fc.constantFrom(
    'a.md',
    'example-agency.md',
    '.md',
    '..md',
    'a.MD',
    'A.md',
    'a b.md',
    'a_b.md',
    '-a.md',
    'a--b.md',
    'ünï.md',
    'a.md.md',
    'a.txt',
    'a',
    '',
    'con.md',
    'a/b.md',
    'a\nb.md',
    'a\u001b[31m.md',
    '%2e%2e.md',
    '__proto__.md',
    'constructor.md',
  ),
  fc.string({ maxLength: 12 }).map((name) => `${name}.md`),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const fileKind = fc.constantFrom<ContentFile['kind'] | undefined>(undefined, undefined, undefined, 'directory', 'other');

const anyContent = fc.oneof(
  mutatedSeed.map(({ text }) => text),
  yamlText.map((yaml) => `---\n${yaml}\n---\n`),
  markdown.map((body) => `---\nid: a\n---\n${body}`),
  fc.uint8Array({ maxLength: 120 }),
  fc.string({ maxLength: 80 }),
);

const randomFile = fc
  .record({ collection, name: fileName, kind: fileKind, content: anyContent })
  .map(({ collection: folder, name, kind, content }): ContentFile => {
    const file = `content/${folder}/${name}${kind === 'directory' ? '/' : ''}`;
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    return kind === undefined ? { collection: folder, file, bytes } : { collection: folder, file, bytes: new Uint8Array(), kind };
  });

// ---- Properties -----------------------------------------------------------------------------

describe('fuzzing the validator: it never throws; it accepts or reports located, one-line problems', () => {
  it('the valid set, which every property builds on, has no problems', () => {
    expect(assertContract(valid).problems).toEqual([]);
    expect(seeds.map((seed) => seed.collection).sort()).toEqual(valid.map((file) => file.collection).sort());
  });

  it('valid documents with random edits to their frontmatter (values, keys, deep nesting)', () => {
    check(
      'edited frontmatter',
      fc.tuple(mutatedSeed, withValidSet),
      ([{ original, text }, inSet]) => {
        assertContract(inContext(asFile(original.collection, original.file, text), inSet));
      },
      800,
    );
  });

  it('random frontmatter objects in every collection', () => {
    const object = fc.oneof(
      fc.array(fc.tuple(anyKey, anyValue), { maxLength: 8 }).map(toObject),
      // A valid document's keys with random values.
      fc
        .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(anyValue, { minLength: 20, maxLength: 20 }))
        .map(([seed, values]) => toObject(Object.keys((seeds[seed] as Seed).data).map((key, index) => [key, values[index % values.length]] as const))),
    );
    check(
      'random objects',
      fc.tuple(collection, fc.constantFrom('a', 'example-agency', 'example-agency-release'), object, withValidSet),
      ([folder, id, data, inSet]) => {
        const text = `---\n${stringifyYaml(data)}---\n`;
        assertContract(inContext(asFile(folder, `content/${folder}/${id}.md`, text), inSet));
      },
      400,
    );
  });

  it('random YAML text between the markers', () => {
    check(
      'YAML text',
      fc.tuple(collection, yamlText, markdown, withValidSet),
      ([folder, yaml, body, inSet]) => {
        assertContract(inContext(asFile(folder, `content/${folder}/fuzzed.md`, `---\n${yaml}\n---\n${body}`), inSet));
      },
      400,
    );
  });

  it('random Markdown bodies in entries, actors and topics', () => {
    const bodySeeds = seeds.filter((seed) => seed.collection !== 'sources');
    check(
      'Markdown bodies',
      fc.tuple(fc.nat({ max: bodySeeds.length - 1 }), markdown, withValidSet),
      ([index, body, inSet]) => {
        const seed = bodySeeds[index] as Seed;
        assertContract(inContext(asFile(seed.collection, seed.file, `---\n${stringifyYaml(seed.data)}---\n${body}`), inSet));
      },
      400,
    );
  });

  it('random bytes: invalid UTF-8, BOM, CR and CRLF, NUL, and noise', () => {
    const bytes = fc.oneof(
      splicedBytes,
      fc.uint8Array({ maxLength: 300 }).map((noise) => ({ original: valid[0] as ContentFile, bytes: noise })),
    );
    check(
      'bytes',
      fc.tuple(bytes, withValidSet),
      ([{ original, bytes: content }, inSet]) => {
        assertContract(inContext({ collection: original.collection, file: original.file, bytes: content }, inSet));
      },
      400,
    );
  });

  it('random file names, kinds and sets of files, duplicates included', () => {
    check(
      'file sets',
      fc.tuple(fc.array(randomFile, { minLength: 1, maxLength: 6 }), withValidSet),
      ([files, inSet]) => {
        assertContract(inSet ? [...valid, ...files] : files);
      },
      300,
    );
  });

  it('nesting thousands of levels deep, in YAML flow and block style', () => {
    for (const depth of [100, 1_000, 10_000]) {
      for (const yaml of [
        `title: ${'['.repeat(depth)}${']'.repeat(depth)}`,
        `title: ${'{a: '.repeat(depth)}x${'}'.repeat(depth)}`,
        `title:\n${Array.from({ length: Math.min(depth, 2_000) }, (_, level) => `${'  '.repeat(level + 1)}a:`).join('\n')} x`,
      ]) {
        assertContract(inContext(asFile('topics', 'content/topics/deep.md', `---\nid: deep\n${yaml}\nsummary: Deep.\n---\n`), true));
      }
    }
  });
});

// ---- What fuzzing found, kept as examples ---------------------------------------------------

describe('regressions found by fuzzing and by the hostile fixtures', () => {
  const lines = (files: ContentFile[]) => assertContract(files).problems.map(formatProblem);

  it('an `id` or `kind` that is a map whose `toString` is not a function is reported, not thrown on', () => {
    const entry = 'content/entries/a.md';
    expect(() => validateFiles([asFile('entries', entry, '---\nid:\n  toString: null\nkind:\n  toString: null\n---\n')])).not.toThrow();
    expect(lines([asFile('actors', 'content/actors/a.md', '---\nid:\n  toString: null\nname: A\nkind: agency\nsummary: A.\n---\n')])).toEqual([
      'content/actors/a.md:2:1  id  must be text, not a set of fields',
    ]);
    expect(lines([asFile('entries', entry, '---\nid: a\nkind:\n  toString: null\n---\n')])).toContain(
      `${entry}:3:1  kind  a set of fields is not a kind of entry  (use \`event\`, \`statement\` or \`count\`)`,
    );
  });

  it('terminal control characters and odd line breaks in content are printed as escapes, never raw', () => {
    const [line] = lines([asFile('entries', 'content/entries/a.md', '---\nid: a\nkind: "\\e[2J\\u2028x"\n---\n')]);
    expect(line).toBe('content/entries/a.md:3:1  kind  "\\u001b[2J x" is not a kind of entry  (use `event`, `statement` or `count`)');
    const [language] = lines([asFile('topics', 'content/topics/a.md', '---\u001b[31m\nid: a\n---\n')]);
    expect(language).toBe(
      'content/topics/a.md:1:4  (file)  front matter in `\\u001b[31m` is refused  (write the frontmatter in YAML: the first line must be `---` alone)',
    );
    expect(formatGithubAnnotation({ file: 'a\u202e.md', line: 1, column: 1, field: 'x', message: 'a\u0085b\u001bc' })).toBe(
      '::error file=a\\u202e.md,line=1,col=1,title=x::x  a\\u0085b\\u001bc',
    );
  });

  it('a blank frontmatter key is shown quoted, so the field is never empty', () => {
    expect(lines([asFile('topics', 'content/topics/a.md', '---\nid: a\ntitle: A\nsummary: A.\n" ": 1\n---\n')])).toEqual([
      'content/topics/a.md:5:1  " "  unknown field  (did you mean `id`?)',
    ]);
  });

  it('raw HTML inside an image description is reported, though the syntax tree keeps only its text', () => {
    expect(
      lines([asFile('topics', 'content/topics/a.md', '---\nid: a\ntitle: A\nsummary: A.\n---\nSee ![a <img src=x onerror="alert(1)"> chart](/c.png).\n')]),
    ).toEqual(['content/topics/a.md:6:9  (body)  raw HTML is not allowed in Markdown  (use Markdown only; to show a tag as text, put it in `backticks`)']);
  });
});

// ---- The renderer ---------------------------------------------------------------------------

describe('fuzzing the renderer with the site’s remark plugins', () => {
  type Render = (markdown: string) => Promise<string>;
  let withBothWalls: Render;
  let withoutStripHtml: Render;

  beforeAll(async () => {
    const both = await createMarkdownProcessor({ remarkPlugins: [remarkStripHtml, [remarkSafeLinks, { base: '/' }]], syntaxHighlight: false });
    const linksOnly = await createMarkdownProcessor({ remarkPlugins: [[remarkSafeLinks, { base: '/' }]], syntaxHighlight: false });
    withBothWalls = async (body) => (await both.render(body)).code;
    withoutStripHtml = async (body) => (await linksOnly.render(body)).code;
  });

  it('the scanner sees raw HTML and unsafe addresses (so the properties below can fail)', async () => {
    expect(scriptCapable(await withoutStripHtml('<img src=x onerror="alert(1)">'))).not.toEqual([]);
    expect(scriptCapable(await withoutStripHtml('<script>alert(1)</script>'))).not.toEqual([]);
    expect(scriptCapable('<p><a href="javascript:alert(1)">x</a></p>')).not.toEqual([]);
    expect(scriptCapable('<p><a href="java&#x9;script:alert(1)">x</a></p>')).not.toEqual([]);
    expect(scriptCapable(await withBothWalls('[a](https://example.com/ "t") ![b](/c.png) `<x>` &lt;y&gt;'))).toEqual([]);
  });

  it('whatever the body, the HTML holds nothing that can run script', async () => {
    await checkAsync(
      'rendered bodies',
      markdown,
      async (body) => {
        expect(scriptCapable(await withBothWalls(body)), JSON.stringify(body)).toEqual([]);
      },
      300,
    );
  });

  it('a body the validator accepts renders without raw HTML even without the second wall', async () => {
    const topic = seeds.find((seed) => seed.collection === 'topics') as Seed;
    let accepted = 0;
    await checkAsync(
      'accepted bodies without strip-html',
      markdown,
      async (body) => {
        const result = assertContract(inContext(asFile('topics', topic.file, `---\n${stringifyYaml(topic.data)}---\n${body}`), false));
        if (result.problems.some((problem) => problem.field === '(body)' && !problem.message.startsWith('cross-link to unknown'))) return;
        accepted++;
        expect(scriptCapable(await withoutStripHtml(body)), JSON.stringify(body)).toEqual([]);
      },
      300,
    );
    // Enough bodies passed the validator for the property to mean something.
    expect(accepted).toBeGreaterThanOrEqual(60);
    console.log(`fuzz: ${accepted} of 300 random bodies were accepted and rendered without the second wall`);
  });
});
