/**
 * The links of a Markdown body that is simple enough to read without a syntax tree: about
 * thirty times faster than remark-parse, for `checkMarkdown` over thousands of files. It
 * answers only when remark would find exactly these links at exactly these positions, and
 * nothing else it checks (raw HTML, images, definitions); otherwise `undefined`, and the
 * caller parses the body with remark, which stays what defines a link.
 *
 * A body is simple when every `[` and `]` in it belongs to an inline link `[text](address)`
 * whose text has no brackets and whose address has no brackets, parentheses, spaces or line
 * breaks, not preceded by `!` (an image), and when the body has none of what can hide, change
 * or make a link: `<` (raw HTML, autolinks), backticks and `~~~` (code), backslashes (escapes),
 * `&` (character references), tabs or four spaces in a row (indented code), carriage returns and
 * other control characters. Under those conditions
 * CommonMark reads each such `[text](address)` as a link with that address, and nothing else
 * as a link, image, definition or HTML.
 *
 * tests/unit/domain/markdown/quick-links.test.ts compares it with remark on every body of the repository,
 * the synthetic benchmark content and thousands of generated bodies.
 */

export interface QuickLink {
  readonly url: string;
  /** 1-based line and column of the link's `[`, as remark gives them. */
  readonly line: number;
  readonly column: number;
}

// Control characters other than the line feed can end or break a link address; `\r` ends lines too.
const REFUSED = /[<`\\&\t\r\u0000-\u0008\u000b-\u001f\u007f]|~~~| {4}/;
const INLINE_LINK = /\[[^[\]\n]*\]\(([^()[\]\s]*)\)/g;

/** The inline links of `body`, when it is simple (above); `undefined` when remark must read it. */
export function readSimpleLinks(body: string): QuickLink[] | undefined {
  if (REFUSED.test(body)) return undefined;
  const links: QuickLink[] = [];
  let brackets = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of body.matchAll(INLINE_LINK)) {
    const at = match.index;
    if (body[at - 1] === '!') return undefined;
    for (let index = body.indexOf('\n', scanned); index !== -1 && index < at; index = body.indexOf('\n', index + 1)) {
      line++;
      lineStart = index + 1;
    }
    scanned = at;
    links.push({ url: match[1] as string, line, column: at - lineStart + 1 });
    brackets += 2;
  }
  // Every bracket of the body must be one of the links' own two.
  let total = 0;
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index);
    if (code === 0x5b || code === 0x5d) total++;
  }
  return total === brackets ? links : undefined;
}
