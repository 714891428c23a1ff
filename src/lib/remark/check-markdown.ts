/**
 * Checks a Markdown body before it can reach a page: no raw HTML, no unsafe links,
 * alt text on every image, and cross-links that name a real entry, actor, source or topic.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { classifyLink, type CrossLinkCollection } from './links.ts';

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

export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}

export function checkMarkdown(body: string): MarkdownCheck {
  const findings: MarkdownFinding[] = [];
  const crossLinks: CrossLink[] = [];
  // Raw HTML and autolinks need `<`; links, images and definitions need `[`. Plain prose needs no tree.
  if (!/[<[]/.test(body)) return { findings, crossLinks };
  const tree = parseMarkdown(body);

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    if (node.type === 'html') {
      findings.push({
        line,
        column,
        message: 'raw HTML is not allowed in Markdown',
        hint: 'use Markdown only; to show a tag as text, put it in `backticks`',
      });
      return;
    }
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      findings.push({ line, column, message: 'image has no alt text', hint: 'describe the image: `![what it shows](path)`' });
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const link = classifyLink(node.url);
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
    }
  });
  return { findings, crossLinks };
}
