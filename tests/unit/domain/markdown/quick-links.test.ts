/**
 * The quick reading of links must find exactly what remark finds, or decline. Each case: when
 * `readSimpleLinks` answers, remark's tree must hold exactly those links (address, line,
 * column), in that order, and no image, reference, definition or HTML node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { syntheticContent } from '../../../../scripts/bench/lib/synthetic.ts';
import { parseMarkdown } from '../../../../src/domain/markdown/check-markdown.ts';
import { readSimpleLinks } from '../../../../src/domain/markdown/quick-links.ts';

const CONTENT_DIR = join(import.meta.dirname, '../../../../content');
const CHECKED_TYPES = new Set(['link', 'image', 'imageReference', 'linkReference', 'definition', 'html']);

function bodyOf(text: string): string {
  return text.slice(text.indexOf('\n---', 3) + 4).replace(/^\n/, '');
}

/** What remark finds that `checkMarkdown` looks at, in document order. */
function remarkFinds(body: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (CHECKED_TYPES.has(node.type)) found.push(`${node.type} ${'url' in node ? node.url : ''} ${node.position?.start.line}:${node.position?.start.column}`);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parseMarkdown(body));
  return found;
}

function disagreement(body: string): string | undefined {
  const quick = readSimpleLinks(body);
  if (quick === undefined) return undefined;
  const expected = remarkFinds(body);
  const actual = quick.map((link) => `link ${link.url} ${link.line}:${link.column}`);
  return JSON.stringify(actual) === JSON.stringify(expected) ? undefined : `quick ${JSON.stringify(actual)} but remark ${JSON.stringify(expected)}`;
}

/** Pieces that make, break or disguise links, mixed with prose. */
const PIECES = [
  'text ',
  'word',
  ' ',
  '\n',
  '\n\n',
  '  ',
  '    ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '# ',
  '---\n',
  '===\n',
  '*',
  '_',
  '**',
  '!',
  '[',
  ']',
  '(',
  ')',
  '[a](b)',
  '[the claim](entry:e-1)',
  '[x](https://x.test/a?b=c#d)',
  '[](x)',
  '[a]()',
  '[a](<b>)',
  '[a](b "t")',
  '[a][b]',
  '[b]: x',
  '[a]',
  '](',
  ':',
  '#',
  '`',
  '\\',
  '&amp;',
  '<b>',
  '<x:y>',
  '~~~',
  '```',
  '\t',
  '\r',
  'é',
  '😀',
  '\u00a0',
  'javascript:x',
  'entry:',
  'actor:a',
  '//x',
  '%20',
  '"',
  "'",
];

/** Bodies of 1 to 14 pieces, drawn by fast-check with a fixed seed so that every run sees the same ones. */
const generatedBody = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(''));

describe('readSimpleLinks', () => {
  it('reads plain inline links with their addresses and positions', () => {
    expect(readSimpleLinks('See [the count](entry:pgr-500)\nand *[ATF](actor:atf)* 😀 [x](https://x.test/).')).toEqual([
      { url: 'entry:pgr-500', line: 1, column: 5 },
      { url: 'actor:atf', line: 2, column: 6 },
      { url: 'https://x.test/', line: 2, column: 27 },
    ]);
    expect(readSimpleLinks('No link at all, just prose.')).toEqual([]);
  });

  it('declines what only remark can read', () => {
    for (const body of [
      '![img](x.png)',
      '[a][ref]\n\n[ref]: x',
      '[a](<x>)',
      '[a](b "title")',
      '`[a](b)`',
      '\\[a](b)',
      '[a](b&amp;c)',
      '<b>[a](b)</b>',
      '    [a](b)',
      '~~~\n[a](b)\n~~~',
      '[a [b](c)](d)',
      'a ] b [c](d)',
      '[a](b)\r\n',
    ]) {
      expect(readSimpleLinks(body), JSON.stringify(body)).toBeUndefined();
    }
  });

  it('agrees with remark on every body of the repository and of the synthetic content', () => {
    const bodies = [
      ...readdirSync(CONTENT_DIR).flatMap((collection) =>
        readdirSync(join(CONTENT_DIR, collection)).map((name) => bodyOf(readFileSync(join(CONTENT_DIR, collection, name), 'utf8'))),
      ),
      ...syntheticContent(300).map((file) => bodyOf(file.text)),
    ];
    const disagreements = bodies.map(disagreement).filter((why) => why !== undefined);
    expect(disagreements).toEqual([]);
    // Synthetic bodies are all simple: the benchmark measures the quick path.
    for (const file of syntheticContent(50).filter((file) => file.path.startsWith('entries/')))
      expect(readSimpleLinks(bodyOf(file.text)), file.path).toBeDefined();
  });

  it('agrees with remark on thousands of generated bodies', () => {
    const bodies = fc.sample(generatedBody, { seed: Number(process.env.FUZZ_SEED ?? 20261128), numRuns: Number(process.env.FUZZ_ROUNDS ?? 6000) });
    const disagreements: string[] = [];
    let answered = 0;
    let withLinks = 0;
    for (const body of bodies) {
      const quick = readSimpleLinks(body);
      if (quick) {
        answered++;
        if (quick.length > 0) withLinks++;
      }
      const why = disagreement(body);
      if (why) disagreements.push(`${JSON.stringify(body)}: ${why}`);
    }
    if (process.env.FUZZ_ROUNDS) console.log({ answered, withLinks });
    expect(disagreements.slice(0, 8)).toEqual([]);
    // Enough bodies must take the quick path, with links, for the comparison to prove anything.
    expect(answered).toBeGreaterThan(600);
    expect(withLinks).toBeGreaterThan(150);
  });
});
