/**
 * Checks a Markdown body before it can reach a page: no raw HTML, no unsafe links,
 * alt text on every image, and cross-links that name a real entry, actor, source or topic.
 */
import type { Image, ImageReference, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { classifyLink, type CrossLinkCollection } from './links.ts';
import { readSimpleLinks } from './quick-links.ts';

export interface MarkdownFinding {
  /** 1-based line and column within the body. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly hint?: string;
}

export interface CrossLink {
  readonly collection: CrossLinkCollection;
  readonly id: string;
  readonly line: number;
  readonly column: number;
}

export interface MarkdownCheck {
  readonly findings: MarkdownFinding[];
  /** Cross-links found, for the caller to resolve against the content. */
  readonly crossLinks: CrossLink[];
}

const parser = unified().use(remarkParse);

const RAW_HTML = {
  message: 'raw HTML is not allowed in Markdown',
  hint: 'use Markdown only; to show a tag as text, put it in `backticks`',
} as const;

export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}

export function checkMarkdown(body: string): MarkdownCheck {
  const findings: MarkdownFinding[] = [];
  const crossLinks: CrossLink[] = [];
  // Raw HTML and autolinks need `<`; links, images and definitions need `[`. Plain prose needs no tree.
  if (!/[<[]/.test(body)) return { findings, crossLinks };
  const checkLink = (url: string, line: number, column: number) => {
    const link = classifyLink(url);
    if (link.kind === 'unsafe') {
      findings.push({
        line,
        column,
        message: `link to a ${link.reason} is not allowed`,
        hint: 'links may be http(s), mailto, relative, or `entry:`, `actor:`, `source:`, `topic:` cross-links',
      });
    } else if (link.kind === 'cross') {
      crossLinks.push({ collection: link.collection, id: link.id, line, column });
    }
  };
  // Bodies whose only Markdown syntax is plain inline links are read without a syntax tree.
  const simpleLinks = readSimpleLinks(body);
  if (simpleLinks) {
    for (const { url, line, column } of simpleLinks) checkLink(url, line, column);
    return { findings, crossLinks };
  }
  const tree = parseMarkdown(body);

  eachNode(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    if (node.type === 'html') {
      findings.push({ line, column, ...RAW_HTML });
      return;
    }
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      findings.push({ line, column, message: 'image has no alt text', hint: 'describe the image: `![what it shows](path)`' });
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      for (const at of htmlInImageDescription(body, node)) findings.push({ ...at, ...RAW_HTML });
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') checkLink(node.url, line, column);
  });
  return { findings, crossLinks };
}

/**
 * Calls `visitor` on `node` and every node below it, parents first, in document order.
 * (unist-util-visit does the same with ancestors and tests this check does not need, at
 * about a tenth of the validator's Markdown time.)
 */
function eachNode(node: Nodes, visitor: (node: Nodes) => void): void {
  visitor(node);
  if ('children' in node) for (const child of node.children) eachNode(child, visitor);
}

/**
 * Raw HTML inside an image's description (`![<img onerror=…>](x.png)`). The syntax tree keeps
 * no nodes there, only the flattened `alt` text, so the description is read again, without its
 * `!`, as the text of a link, where HTML stays a node. Positions are in `text`, 1-based.
 */
function htmlInImageDescription(text: string, image: Image | ImageReference): { line: number; column: number }[] {
  const start = image.position?.start;
  const endOffset = image.position?.end.offset;
  if (start?.offset === undefined || endOffset === undefined) return [];
  const source = text.slice(start.offset + 1, endOffset);
  if (!source.includes('<')) return [];
  // `source` begins one column after the `!`; its later lines begin where the file's lines do.
  const at = (line: number, column: number) => ({ line: start.line + line - 1, column: line === 1 ? start.column + column : column });
  const found: { line: number; column: number }[] = [];
  eachNode(parseMarkdown(source), (node) => {
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    if (node.type === 'html') found.push(at(line, column));
    else if (node.type === 'image' || node.type === 'imageReference') {
      for (const inner of htmlInImageDescription(source, node)) found.push(at(inner.line, inner.column));
    }
  });
  return found;
}
