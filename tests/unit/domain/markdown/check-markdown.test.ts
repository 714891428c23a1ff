import { describe, expect, it } from 'vitest';
import { checkMarkdown, parseMarkdown } from '../../../../src/domain/markdown/check-markdown.ts';

const messages = (body: string) => checkMarkdown(body).findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`);

describe('checkMarkdown', () => {
  it('accepts plain prose and safe Markdown', () => {
    const body = [
      'Plain **bold** and _emphasis_, `<code>` in backticks,',
      'a [web link](https://example.com/x), a [mail link](mailto:desk@example.com),',
      'a [relative link](../about/), an [anchor](#top) and ![a described image](/images/office.png).',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
      '',
      '    <div>indented code</div>',
      '',
      'A less-than sign: 3 < 4, and an escaped \\<b> tag.',
    ].join('\n');
    expect(checkMarkdown(body)).toEqual({ findings: [], crossLinks: [] });
  });

  it('reports raw HTML, block and inline, at its position', () => {
    expect(messages('Text\n\n<div>block</div>\n\nInline <b>bold</b> and <!-- comment -->.')).toEqual([
      '3:1 raw HTML is not allowed in Markdown',
      '5:8 raw HTML is not allowed in Markdown',
      '5:15 raw HTML is not allowed in Markdown',
      '5:24 raw HTML is not allowed in Markdown',
    ]);
  });

  it('reports unsafe links in every form: inline, reference definition, autolink and image', () => {
    const body = [
      '[a](javascript:alert(1))',
      '',
      '[b][ref] and <javascript:alert(2)>',
      '',
      '![c](data:image/png;base64,AAAA)',
      '',
      '[d](//evil.example.net/x)',
      '',
      '[ref]: vbscript:msgbox',
    ].join('\n');
    expect(messages(body)).toEqual([
      '1:1 link to a `javascript:` address is not allowed',
      '3:14 link to a `javascript:` address is not allowed',
      '5:1 link to a `data:` address is not allowed',
      '7:1 link to a protocol-relative address is not allowed',
      '9:1 link to a `vbscript:` address is not allowed',
    ]);
  });

  it('sees through mixed case, control characters and character references in schemes', () => {
    expect(messages('[a](<JaVa\tScRiPt:alert(1)>)')).toEqual(['1:1 link to a `javascript:` address is not allowed']);
    expect(messages('[a](javascript&#58;alert(1))')).toEqual(['1:1 link to a `javascript:` address is not allowed']);
    expect(messages('[a](&#x6A;avascript:alert(1))')).toEqual(['1:1 link to a `javascript:` address is not allowed']);
  });

  it('gives the allowed kinds of link as the hint', () => {
    expect(checkMarkdown('[a](ftp://x)').findings[0]?.hint).toBe(
      'links may be http(s), mailto, relative, or `entry:`, `actor:`, `source:`, `topic:` cross-links',
    );
  });

  it('needs alt text on every image, inline or by reference', () => {
    expect(
      messages('![](https://example.com/a.png)\n\n![  ](https://example.com/b.png)\n\n![][img] ![described][img]\n\n[img]: https://example.com/c.png'),
    ).toEqual(['1:1 image has no alt text', '3:1 image has no alt text', '5:1 image has no alt text']);
  });

  it('collects cross-links for the caller to resolve, with positions', () => {
    const { findings, crossLinks } = checkMarkdown(
      'See [the opening](entry:example-opening),\n[the agency](actor:example-agency) and [ref].\n\n[ref]: topic:fixture-storyline#intro',
    );
    expect(findings).toEqual([]);
    expect(crossLinks).toEqual([
      { collection: 'entries', id: 'example-opening', line: 1, column: 5 },
      { collection: 'actors', id: 'example-agency', line: 2, column: 1 },
      { collection: 'topics', id: 'fixture-storyline', line: 4, column: 1 },
    ]);
  });

  it('does not treat links inside code as links', () => {
    expect(checkMarkdown('`[x](javascript:alert(1))` and `[y](entry:nope)`')).toEqual({ findings: [], crossLinks: [] });
  });
});

describe('parseMarkdown', () => {
  it('returns an mdast root with positions', () => {
    const tree = parseMarkdown('# Title\n\nText');
    expect(tree.type).toBe('root');
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
    expect(tree.children[1]?.position?.start.line).toBe(3);
  });
});
