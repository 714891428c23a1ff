/**
 * Links in Markdown bodies: cross-links (`entry:id`, `actor:id`, `source:id`, `topic:id`)
 * become site paths under the base; external links open with `rel="noopener noreferrer"`;
 * links and images with any other scheme lose their address (the text stays).
 */
import type { Link, Parents, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { classifyLink, crossLinkPath } from './links.ts';

export interface SafeLinksOptions {
  /** The site's base path, e.g. `/` or `/timeline-site/`. */
  base?: string;
}

export default function remarkSafeLinks(options: SafeLinksOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root): void => {
    visit(tree, (node, index, parent: Parents | undefined) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return undefined;
      const link = classifyLink(node.url);
      if (link.kind === 'cross') {
        node.url = crossLinkPath(base, link.collection, link.id, link.fragment);
      } else if (link.kind === 'external' && node.type === 'link') {
        // `hProperties` is read by mdast-util-to-hast when the link becomes an `<a>` element.
        const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
        data.hProperties = { ...data.hProperties, rel: 'noopener noreferrer' };
      } else if (link.kind === 'unsafe') {
        if (parent && index !== undefined) {
          const replacement = node.type === 'link' ? (node as Link).children : [];
          parent.children.splice(index, 1, ...(replacement as typeof parent.children));
          return [SKIP, index];
        }
        node.url = '';
      }
      return undefined;
    });
  };
}
