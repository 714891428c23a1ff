/**
 * Which pages the dark-theme colour pass must load so that it sees every styling context of
 * the site. The themes differ only in the values of custom properties, so a colour rule gives
 * the same answer for two elements whose computed styles come from the same selectors. The
 * site's CSS selects by tag, class and a few attributes, never by position (no `:nth-child`,
 * no sibling combinators, no inline styles: the CSP forbids them), so an element's styles are
 * decided by its chain of ancestors described by tag, classes and attributes. A page whose
 * every chain already occurs on a page the pass loads adds nothing it could catch.
 *
 * `styleContexts` reads those chains from built HTML (attributes only where the style sheets
 * select on them, see `styledAttributes`); `coverPages` picks a small set of pages
 * containing all of them (greedy set cover, pages that must always be loaded first).
 */
import { parse } from 'parse5';

/**
 * The attribute names the style sheets select on (`[aria-current='page']`, `[href^='http']`):
 * only these, Astro's scoping attributes and classes decide which rules apply.
 */
export function styledAttributes(css: string): Set<string> {
  const names = new Set<string>();
  // Attribute selectors only: `[name]`, `[name=…]`, `[name^=…]`; not the brackets of values.
  for (const match of css.replace(/\{[^}]*\}/g, '{}').matchAll(/\[\s*([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:[~|^$*]?=|\])/g)) {
    names.add((match[1] as string).toLowerCase());
  }
  return names;
}

/** The selectors of a style sheet: declaration blocks removed, at-rule preludes left out. */
function selectorsOf(css: string): string[] {
  let text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\{[^{}]*\}/g, '\n');
  }
  return text
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((selector) => selector.trim())
    .filter((selector) => selector !== '' && !selector.startsWith('@'));
}

/**
 * Selectors that style an element by its position among its siblings (`:nth-child`, `+`, `~`,
 * `:has()`, `:empty`): with any of them, an element's ancestor chain no longer decides its styles.
 */
export function positionalSelectors(css: string): string[] {
  return selectorsOf(css).filter((selector) => {
    const bare = selector.replace(/\[[^\]]*\]/g, '[]').replace(/\((?:[^()]|\([^()]*\))*\)/g, '()');
    return (
      /:(?:nth-|first-child|last-child|only-child|first-of-type|last-of-type|only-of-type|has\(|empty)/.test(bare.replace(/\(\)/g, '(')) || /[+~]/.test(bare)
    );
  });
}

interface Node {
  readonly nodeName: string;
  readonly value?: string;
  readonly tagName?: string;
  readonly attrs?: readonly { name: string; value: string }[];
  readonly childNodes?: readonly Node[];
  readonly content?: Node;
}

/** One element in a chain: `a.kind.kind--count[href=http]`. */
function describe(element: Node, styled: ReadonlySet<string>): string {
  const parts = [element.tagName ?? element.nodeName];
  const attributes: string[] = [];
  for (const { name, value } of element.attrs ?? []) {
    if (name === 'class') {
      parts.push(
        ...value
          .split(/\s+/)
          .filter(Boolean)
          .sort()
          .map((name) => `.${name}`),
      );
    } else if (name === 'href') {
      // The CSS tells outside links (`[href^='http']`) from the site's own.
      attributes.push(`[href=${/^https?:/i.test(value) ? 'http' : 'site'}]`);
    } else if (styled.has(name) || name.startsWith('data-astro-cid-')) {
      attributes.push(`[${name}=${value}]`);
    }
  }
  return parts.join('') + attributes.sort().join('');
}

function hasOwnText(element: Node): boolean {
  return (element.childNodes ?? []).some((child) => child.nodeName === '#text' && /\S/.test(child.value ?? ''));
}

/**
 * Every distinct ancestor chain of the elements in a page's `<body>`, marked `+text` where the
 * element holds text of its own (colour rules only judge elements with text).
 */
export function styleContexts(html: string, styled: ReadonlySet<string>): Set<string> {
  const contexts = new Set<string>();
  const walk = (node: Node, chain: string, inBody: boolean): void => {
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) {
      if (!child.tagName) continue;
      const own = `${chain} > ${describe(child, styled)}`;
      const childInBody = inBody || child.tagName === 'body';
      if (childInBody) contexts.add(hasOwnText(child) ? `${own} +text` : own);
      walk(child, own, childInBody);
    }
  };
  walk(parse(html) as unknown as Node, '', false);
  return contexts;
}

export interface Cover {
  /** The pages to load, in the order chosen. */
  readonly pages: string[];
  /** How many distinct contexts the site has (all of which the chosen pages contain). */
  readonly contexts: number;
}

/**
 * A small set of pages that together contain every context of every page. `always` are taken
 * first (pages whose content is drawn by script, which static HTML cannot describe).
 */
export function coverPages(pages: ReadonlyMap<string, ReadonlySet<string>>, always: readonly string[] = []): Cover {
  const uncovered = new Set<string>();
  for (const contexts of pages.values()) for (const context of contexts) uncovered.add(context);
  const total = uncovered.size;
  const chosen: string[] = [];
  const take = (page: string): void => {
    chosen.push(page);
    for (const context of pages.get(page) ?? []) uncovered.delete(context);
  };
  for (const page of always) if (pages.has(page)) take(page);
  while (uncovered.size > 0) {
    let best: string | undefined;
    let bestGain = 0;
    // Sorted, so that ties always resolve the same way.
    for (const [page, contexts] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
      let gain = 0;
      for (const context of contexts) if (uncovered.has(context)) gain++;
      if (gain > bestGain) {
        best = page;
        bestGain = gain;
      }
    }
    if (best === undefined) break;
    take(best);
  }
  return { pages: chosen, contexts: total };
}
