/**
 * The quick js-yaml reading must give exactly what the `yaml` package gives, or nothing.
 * Each case: when `readPlainYaml` answers, `parseFully` must accept the text with no error
 * and produce a value equal to it (numbers compared with Object.is, so -0 and NaN count).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticContent } from '../../../../scripts/bench/lib/synthetic.ts';
import { parseFully } from '../../../../src/domain/validation/yaml.ts';
import { readPlainYaml } from '../../../../src/domain/validation/yaml-quick.ts';

const CONTENT_DIR = join(import.meta.dirname, '../../../../content');

/** The YAML between the opening `---` line and the closing one, as gray-matter hands it over. */
function frontmatterOf(text: string): string {
  const end = text.indexOf('\n---', 3);
  return text.slice(4, end + 1);
}

function repositoryFrontmatters(): { file: string; yaml: string }[] {
  return readdirSync(CONTENT_DIR).flatMap((collection) =>
    readdirSync(join(CONTENT_DIR, collection))
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({
        file: `${collection}/${name}`,
        yaml: frontmatterOf(readFileSync(join(CONTENT_DIR, collection, name), 'utf8')),
      })),
  );
}

/** Why the quick reading of `yaml` disagrees with the full one, or `undefined` when it agrees or declines. */
function disagreement(yaml: string): string | undefined {
  const quick = readPlainYaml(yaml);
  if (quick === undefined) return undefined;
  const full = parseFully(yaml);
  if (full.errors.length > 0) return `quick reading accepted what yaml refuses: ${full.errors[0]?.message}`;
  return sameValue(quick, full.value) ? undefined : `quick ${JSON.stringify(quick)} but yaml ${JSON.stringify(full.value)}`;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  return keysA.length === keysB.length && keysA.every((key, index) => key === keysB[index] && sameValue((a as never)[key], (b as never)[key]));
}

const YAML_SIGNIFICANT = [
  ' ',
  '\n',
  '\t',
  ':',
  '#',
  '-',
  '?',
  ',',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '\\',
  '.',
  '0',
  '1',
  'x',
  'o',
  'e',
  '_',
  '~',
  'n',
  't',
  'null',
  'true',
  '0x1F',
  '0o17',
  '.inf',
  '  ',
];

/** One to three edits at random places: insert a piece, delete one to three characters, or overwrite with a piece. */
const edits = fc.array(
  fc.record({
    place: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    action: fc.constantFrom('insert', 'delete', 'replace'),
    piece: fc.constantFrom(...YAML_SIGNIFICANT),
    deleted: fc.integer({ min: 1, max: 3 }),
  }),
  { minLength: 1, maxLength: 3 },
);

function mutate(text: string, changes: readonly { place: number; action: string; piece: string; deleted: number }[]): string {
  let result = text;
  for (const { place, action, piece, deleted } of changes) {
    const at = Math.floor(place * (result.length + 1));
    if (action === 'insert') result = result.slice(0, at) + piece + result.slice(at);
    else if (action === 'delete') result = result.slice(0, at) + result.slice(at + deleted);
    else result = result.slice(0, at) + piece + result.slice(at + piece.length);
  }
  return result;
}

/** Fixed, so that every run sees the same cases; FUZZ_SEED and FUZZ_ROUNDS explore further. */
const sampled = <T>(arbitrary: fc.Arbitrary<T>, rounds: number): T[] =>
  fc.sample(arbitrary, { seed: Number(process.env.FUZZ_SEED ?? 20261128), numRuns: Number(process.env.FUZZ_ROUNDS ?? rounds) });

describe('readPlainYaml', () => {
  it('reads every frontmatter of the repository to the value yaml gives', () => {
    const frontmatters = repositoryFrontmatters();
    const disagreements = frontmatters.flatMap(({ file, yaml }) => {
      const why = disagreement(yaml);
      return why ? [`${file}: ${why}`] : [];
    });
    expect(disagreements).toEqual([]);
    // Most files take the quick path; the rest (an `&` in a quote is enough) are read by yaml alone.
    const quick = frontmatters.filter(({ yaml }) => readPlainYaml(yaml) !== undefined).length;
    expect(quick).toBeGreaterThan(frontmatters.length / 2);
  });

  it('reads every synthetic benchmark file quickly and to the same value', () => {
    const files = syntheticContent(300);
    for (const file of files) {
      const yaml = frontmatterOf(file.text);
      expect(readPlainYaml(yaml), file.path).toBeDefined();
      expect(disagreement(yaml), file.path).toBeUndefined();
    }
  });

  it('resolves plain scalars by YAML 1.2 core exactly as yaml does', () => {
    const scalars = [
      '012',
      '0o17',
      '0O17',
      '0o8',
      '0x1F',
      '0X1F',
      '-0x1F',
      '+0x1F',
      '0b101',
      '1_000',
      '+12',
      '-12',
      '-0',
      '+0',
      '00',
      '9007199254740993',
      '1e3',
      '1E-3',
      '-1.5e+2',
      '.5',
      '-.5',
      '5.',
      '5.e3',
      '.e3',
      '1.2.3',
      '1,000',
      '$1',
      '12:30',
      '1:30:00',
      '0.10',
      '.inf',
      '-.Inf',
      '+.INF',
      '.NaN',
      '.nan',
      '.NAN',
      '-.nan',
      'NaN',
      'nan',
      'inf',
      'Infinity',
      'true',
      'True',
      'TRUE',
      'tRUE',
      'false',
      'False',
      'FALSE',
      'yes',
      'no',
      'on',
      'off',
      'y',
      'n',
      'Yes',
      'null',
      'Null',
      'NULL',
      'nUll',
      '~',
      '',
      '2011-03-20',
      '2011-03-20T10:00:00Z',
      '2011-3-2',
      'agents',
      '-',
      '- x',
    ];
    for (const scalar of scalars) {
      for (const yaml of [`v: ${scalar}\n`, `v: [${scalar}]\n`, `v:\n  - ${scalar}\n`, `v: {k: ${scalar}}\n`]) {
        expect(disagreement(yaml), JSON.stringify(yaml)).toBeUndefined();
      }
    }
    expect(readPlainYaml('a: 012\nb: 0o17\nc: 0x1F\nd: 1_000\ne: yes\nf: .inf\ng: 2011-03-20\nh: ~\n')).toEqual({
      a: 12,
      b: 15,
      c: 31,
      d: '1_000',
      e: 'yes',
      f: Number.POSITIVE_INFINITY,
      g: '2011-03-20',
      h: null,
    });
  });

  it('resolves thousands of random number-like plain scalars as yaml does', () => {
    const scalars = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFxXoObBeE.+-_:~nNuUlLtTrRsSiI'), minLength: 1, maxLength: 7 });
    for (const scalar of sampled(scalars, 5000)) expect(disagreement(`v: ${scalar}\n`), scalar).toBeUndefined();
  });

  it('reads text of every style to the same value', () => {
    const texts = [
      'v: "\\u00e9\\x41\\t\\N\\_\\L\\P\\/ end"\n',
      "v: 'it''s'\n",
      'v: |\n  line one\n  line two\n\n',
      'v: |-\n  kept\n\n',
      'v: |+\n  kept\n\n\n',
      'v: >\n  folded\n  text\n\n  paragraph\n',
      'v: >2-\n    indented\n',
      'v: plain\n  continued\n\n  paragraph\n',
      'v: "double\n  continued\\\n  escaped"\n',
      "v: 'single\n\n  paragraph'\n",
      'v: a #comment\nw: b#not\n',
      'v: [a, b, {c: d}]\n',
      'v: {a: [1, 2], b: ""}\n',
      'v:\n- a\n- b\n',
      'v: “curly” – dash … ellipsis\n',
    ];
    for (const yaml of texts) {
      expect(readPlainYaml(yaml), JSON.stringify(yaml)).toBeDefined();
      expect(disagreement(yaml), JSON.stringify(yaml)).toBeUndefined();
    }
  });

  it('hands to yaml what the two could read differently: anchors, tags, directives, odd keys, non-mappings, errors', () => {
    const declined = [
      'a: &x 1\nb: *x\n',
      'a: &x {c: 1}\nb: 2\n',
      'a: &x\n  c: 1\nb: *x\n',
      'a: !!str 1\n',
      'a: !!int "1"\n',
      'a: !foo x\n',
      'a: !!map {b: 1}\n',
      '%YAML 1.1\n---\na: 1\n',
      'null: x\n',
      'Null: x\n',
      '~: x\n',
      '[a, b]: x\n',
      '? {a: 1}\n: x\n',
      '__proto__: x\n',
      'a b: x\n',
      'a:\n  "x y": 1\n',
      '- a\n- b\n',
      'just text\n',
      '',
      '# only a comment\n',
      'a: 1\na: 2\n',
      'a: b: c\n',
      'a:\n\tb: 1\n',
      'a: "unclosed\n',
      'a: [1, 2\n',
      '<<: {a: 1}\n',
      'order: !\n',
      'a: ! 12\n',
      '? - a\n',
      'a: {? b}\n',
      "a: 'x'#comment\n",
      'a: [x]#comment\n',
    ];
    for (const yaml of declined) expect(readPlainYaml(yaml), JSON.stringify(yaml)).toBeUndefined();
  });

  it('agrees with yaml on thousands of mutated frontmatters', () => {
    const samples = [
      ...repositoryFrontmatters()
        .slice(0, 40)
        .map(({ yaml }) => yaml),
      ...syntheticContent(20).map((file) => frontmatterOf(file.text)),
    ];
    const disagreements: string[] = [];
    let quick = 0;
    for (const [index, changes] of sampled(fc.tuple(fc.nat({ max: samples.length - 1 }), edits), 6000)) {
      const yaml = mutate(samples[index] as string, changes);
      if (readPlainYaml(yaml) !== undefined) quick++;
      const why = disagreement(yaml);
      if (why) disagreements.push(`${JSON.stringify(yaml)}\n  ${why}`);
    }
    expect(disagreements.slice(0, 8)).toEqual([]);
    // The mutations must leave many files readable, or the comparison would prove nothing.
    expect(quick).toBeGreaterThan(1000);
  });
});
