import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../../src/domain/validation/yaml.ts';

const TEXT = [
  'id: example', //                      line 1
  'title: "An example"', //              line 2
  'topics:', //                          line 3
  '  - first', //                        line 4
  '  - second', //                       line 5
  'evidence:', //                        line 6
  '  - source: example-release', //      line 7
  '    quote: opened its office', //     line 8
  '  - source: other', //                line 9
  '    locator: p. 4', //                line 10
  'attribution:', //                     line 11
  '  by:', //                            line 12
  '    actor: example-agency', //        line 13
  'empty:', //                           line 14
].join('\n');

describe('parseYaml', () => {
  it('reads YAML 1.2 core: dates stay text, yes/no stay text, bare years are numbers', () => {
    const { value, errors } = parseYaml('date: 2011-03-20\ncirca: yes\nyear: 2011\nflag: true\nnothing: null\n');
    expect(errors).toEqual([]);
    expect(value).toEqual({ date: '2011-03-20', circa: 'yes', year: 2011, flag: true, nothing: null });
  });

  it('reports duplicate keys at the second key', () => {
    const { value, errors } = parseYaml('id: a\ntitle: one\ntitle: two\n');
    expect(value).toBeUndefined();
    expect(errors).toEqual([{ message: 'Map keys must be unique', position: { line: 3, column: 1 } }]);
  });

  it('reports tab indentation at each tabbed line', () => {
    const { errors } = parseYaml('a:\n\tb: 1\n');
    expect(errors.map((error) => [error.message, error.position.line])).toEqual([['Tabs are not allowed as indentation', 2]]);
  });

  it('keeps only the first line of a message', () => {
    const { errors } = parseYaml('title: a: b\n');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.message).not.toContain('\n');
    expect(errors[0]?.position).toEqual({ line: 1, column: 8 });
  });

  it('refuses alias expansion beyond a small bound', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const { value, errors } = parseYaml(bomb);
    expect(value).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/alias/i);
    // A couple of aliases are fine.
    expect(parseYaml('a: &a x\nb: *a\n').value).toEqual({ a: 'x', b: 'x' });
  });

  it('never runs language-specific tags, and reports them as errors', () => {
    const { value, errors } = parseYaml("title: !!js/function 'function () { globalThis.__YAML_TAG_RAN = true }'\n");
    expect((globalThis as Record<string, unknown>)['__YAML_TAG_RAN']).toBeUndefined();
    expect(value).toBeUndefined();
    expect(errors).toEqual([{ message: 'Unresolved tag: tag:yaml.org,2002:js/function', position: { line: 1, column: 8 } }]);
  });
});

describe('locate', () => {
  const { locate, errors } = parseYaml(TEXT);

  it('parses the sample without errors', () => {
    expect(errors).toEqual([]);
  });

  it('finds top-level keys', () => {
    expect(locate(['id'])).toEqual({ line: 1, column: 1 });
    expect(locate(['title'])).toEqual({ line: 2, column: 1 });
    expect(locate(['empty'])).toEqual({ line: 14, column: 1 });
  });

  it('finds list items at the item, after the dash', () => {
    expect(locate(['topics', 0])).toEqual({ line: 4, column: 5 });
    expect(locate(['topics', 1])).toEqual({ line: 5, column: 5 });
  });

  it('finds keys inside list items and nested maps', () => {
    expect(locate(['evidence', 0, 'quote'])).toEqual({ line: 8, column: 5 });
    expect(locate(['evidence', 1, 'source'])).toEqual({ line: 9, column: 5 });
    expect(locate(['evidence', 1, 'locator'])).toEqual({ line: 10, column: 5 });
    expect(locate(['attribution', 'by', 'actor'])).toEqual({ line: 13, column: 5 });
  });

  it('falls back to the deepest part of the path that exists', () => {
    expect(locate(['evidence', 1, 'quote'])).toEqual({ line: 9, column: 5 });
    expect(locate(['topics', 7])).toEqual({ line: 3, column: 1 });
    expect(locate(['attribution', 'via', 0, 'actor'])).toEqual({ line: 11, column: 1 });
    expect(locate(['empty', 'inner'])).toEqual({ line: 14, column: 1 });
    expect(locate(['id', 'deeper'])).toEqual({ line: 1, column: 1 });
  });

  it('falls back to the start of the document for a missing top-level key or an empty path', () => {
    expect(locate(['summary'])).toEqual({ line: 1, column: 1 });
    expect(locate([])).toEqual({ line: 1, column: 1 });
    expect(parseYaml('\n\nid: x\n').locate(['title'])).toEqual({ line: 3, column: 1 });
  });
});
