/**
 * Second wall behind the validator: raw HTML in a Markdown body is dropped before rendering,
 * so even content that skipped validation cannot put markup on a page.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export default function remarkStripHtml() {
  return (tree: Root): void => {
    visit(tree, 'html', (_node, index, parent) => {
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
