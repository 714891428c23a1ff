import { describe, expect, it } from 'vitest';
import { fieldProblem, MAX_FILE_BYTES, parseContentFile, type ParseResult } from '../../../../src/domain/validation/parse-file.ts';

const FILE = 'content/topics/example.md';
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseContentFile(FILE, bytes(text));

function parsed(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a parsed file, got ${JSON.stringify(result.problems)}`);
  return result.parsed;
}
function problems(result: ParseResult) {
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.field} ${problem.message}`);
}

describe('parseContentFile', () => {
  it('splits frontmatter and body, and knows the line the body starts on', () => {
    const file = parsed(parse('---\nid: example\ntitle: Example\n---\nFirst body line\nsecond\n'));
    expect(file.data).toEqual({ id: 'example', title: 'Example' });
    expect(file.body).toBe('First body line\nsecond\n');
    expect(file.bodyLine).toBe(5);
    expect(file.file).toBe(FILE);
  });

  it('locates fields as file lines', () => {
    const file = parsed(parse('---\nid: example\ntopics:\n  - a\n  - b\n---\n'));
    expect(file.locate(['id'])).toEqual({ line: 2, column: 1 });
    expect(file.locate(['topics', 1])).toEqual({ line: 5, column: 5 });
    expect(fieldProblem(file, ['topics', 1], 'is wrong', 'fix it')).toEqual({
      file: FILE,
      line: 5,
      column: 5,
      field: 'topics[1]',
      message: 'is wrong',
      hint: 'fix it',
    });
    expect(fieldProblem(file, ['id'], 'is wrong')).not.toHaveProperty('hint');
  });

  it('accepts an explicit yaml or yml language and trailing spaces on the opening line', () => {
    for (const opening of ['---yaml', '---yml', '--- yaml', '---YAML', '---   ']) {
      const file = parsed(parse(`${opening}\nid: example\n---\nBody\n`));
      expect(file.data, opening).toEqual({ id: 'example' });
      expect(file.locate(['id']), opening).toEqual({ line: 2, column: 1 });
      expect(file.bodyLine, opening).toBe(4);
    }
  });

  it('accepts comment lines, such as a schema line for editors, and a file that ends at the closing line', () => {
    const file = parsed(parse('---\n# yaml-language-server: $schema=../../public/schemas/topics.schema.json\nid: example\n---'));
    expect(file.data).toEqual({ id: 'example' });
    expect(file.locate(['id'])).toEqual({ line: 3, column: 1 });
    expect(file.body).toBe('');
  });

  it('reports YAML errors at their file line', () => {
    expect(problems(parse('---\nid: example\ntitle: one\ntitle: two\n---\n'))).toEqual(['4:1 (frontmatter) YAML: Map keys must be unique']);
    expect(problems(parse('---yaml\nid: example\ntitle: one\ntitle: two\n---\n'))).toEqual(['4:1 (frontmatter) YAML: Map keys must be unique']);
  });

  it('refuses every non-YAML front-matter language before parsing it', () => {
    for (const language of ['js', 'javascript', 'JS', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'ts', '{']) {
      expect(problems(parse(`---${language}\n{ "id": "example" }\n---\n`)), language).toEqual([
        `1:4 (file) front matter in \`${language.toLowerCase()}\` is refused`,
      ]);
    }
  });

  it('refuses empty, oversized and non-UTF-8 files', () => {
    expect(problems(parseContentFile(FILE, new Uint8Array()))).toEqual(['1:1 (file) file is empty']);
    expect(problems(parseContentFile(FILE, new Uint8Array(MAX_FILE_BYTES + 1)))).toEqual([
      `1:1 (file) file is ${MAX_FILE_BYTES + 1} bytes, over the ${MAX_FILE_BYTES}-byte limit`,
    ]);
    expect(problems(parseContentFile(FILE, new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x61, 0xff])))).toEqual(['2:2 (file) file is not valid UTF-8']);
  });

  it('refuses a BOM and CR line endings, locating the first CR', () => {
    expect(problems(parse('\uFEFF---\nid: example\n---\n'))).toEqual(['1:1 (file) file starts with a byte-order mark (BOM)']);
    expect(problems(parse('---\nid: example\r\n---\n'))).toEqual(['2:12 (file) file has Windows (CRLF) or old Mac (CR) line endings']);
  });

  it('distinguishes missing, unclosed, empty and non-map frontmatter', () => {
    expect(problems(parse('id: example\n'))).toEqual(['1:1 (file) file has no frontmatter']);
    expect(problems(parse('\n---\nid: example\n---\n'))).toEqual(['1:1 (file) file has no frontmatter']);
    expect(problems(parse('----\nid: example\n----\n'))).toEqual(['1:1 (file) file has no frontmatter']);
    expect(problems(parse('---\nid: example\n'))).toEqual(['1:1 (file) frontmatter is not closed']);
    expect(problems(parse('---\n---\nBody\n'))).toEqual(['2:1 (file) frontmatter is empty']);
    expect(problems(parse('---\n# only a comment\n---\nBody\n'))).toEqual(['2:1 (file) frontmatter is empty']);
    expect(problems(parse('---\n- a\n- b\n---\n'))).toEqual(['1:1 (file) frontmatter must be a set of `field: value` lines']);
    expect(problems(parse('---\njust text\n---\n'))).toEqual(['1:1 (file) frontmatter must be a set of `field: value` lines']);
  });

  it('gives a hint that fits the YAML error', () => {
    const hint = (text: string) => {
      const result = parse(text);
      return result.ok ? undefined : result.problems[0]?.hint;
    };
    expect(hint('---\na:\n\tb: 1\n---\n')).toBe('indent with spaces, not tabs');
    expect(hint('---\na: 1\na: 2\n---\n')).toBe('each field may appear only once');
    expect(hint('---\ntitle: Agency: opens office\n---\n')).toBe('put text containing `:` or `#` in quotes');
    expect(hint('---\ntitle: "unclosed\n---\n')).toBe('close the quoted text with the same quote mark that opens it');
  });
});
