import { describe, expect, it } from 'vitest';
import { coverPages, positionalSelectors, styleContexts, styledAttributes } from '../../../../scripts/checks/lib/style-cover.ts';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const styled = new Set(['aria-current', 'href']);

describe('styledAttributes', () => {
  it('finds the attribute names that selectors use, not words inside declarations', () => {
    const css = "a[href^='http']::after{content:'[x]'} nav [aria-current='page']{color:red} [hidden]{display:none} .q{background:url(a[1].png)}";
    expect([...styledAttributes(css)].sort()).toEqual(['aria-current', 'hidden', 'href']);
  });
});

describe('positionalSelectors', () => {
  it('finds selectors that depend on siblings, and nothing in declarations, attributes or at-rules', () => {
    const css = `
      li:nth-child(2n){color:red} h2 + p{margin:0} a ~ b{x:y} .card:has(img){x:y} p:empty{x:y} ul li:first-child{x:y}
      .pad{margin:calc(1rem + 2px)} [class~='x']{x:y} a:not(.b){x:y} @media (min-width: 40rem){.wide{width:calc(100% - 2rem)}}
      /* a + b in a comment */ .q::before{content:'+'}`;
    expect(positionalSelectors(css)).toEqual(['li:nth-child(2n)', 'h2 + p', 'a ~ b', '.card:has(img)', 'p:empty', 'ul li:first-child']);
  });
});

describe('styleContexts', () => {
  it('describes each element by its ancestors’ tags, classes and styled attributes, marking own text', () => {
    const contexts = styleContexts(page('<main class="page"><p class="muted b a">Hi <a href="https://x.org/" data-id="7">x</a></p></main>'), styled);
    expect([...contexts]).toEqual([
      ' > html > body',
      ' > html > body > main.page',
      ' > html > body > main.page > p.a.b.muted +text',
      ' > html > body > main.page > p.a.b.muted > a[href=http] +text',
    ]);
  });

  it('gives pages that differ only in content the same contexts', () => {
    const a = styleContexts(page('<ol><li data-entry-id="one"><a href="/entries/one/">One</a></li></ol>'), styled);
    const b = styleContexts(page('<ol><li data-entry-id="two"><a href="/entries/two/">Two</a></li><li><a href="/x/">X</a></li></ol>'), styled);
    expect(b).toEqual(a);
  });

  it('tells a styled attribute’s values apart, and an outside link from the site’s own', () => {
    const current = styleContexts(page('<nav><a href="/a/" aria-current="page">A</a></nav>'), styled);
    const plain = styleContexts(page('<nav><a href="/a/">A</a></nav>'), styled);
    const outside = styleContexts(page('<nav><a href="http://a.org/">A</a></nav>'), styled);
    expect(current).not.toEqual(plain);
    expect(outside).not.toEqual(plain);
  });

  it('tells an element with text from the same element empty', () => {
    expect(styleContexts(page('<p class="muted"></p>'), styled)).not.toEqual(styleContexts(page('<p class="muted">Text</p>'), styled));
  });
});

describe('coverPages', () => {
  it('chooses pages until every context of every page is on one of them, required pages first', () => {
    const pages = new Map<string, Set<string>>([
      ['/a/', new Set(['1', '2'])],
      ['/b/', new Set(['2', '3', '4'])],
      ['/c/', new Set(['1', '3'])],
      ['/d/', new Set(['4'])],
      ['/js/', new Set(['5'])],
    ]);
    const cover = coverPages(pages, ['/js/']);
    expect(cover.contexts).toBe(5);
    expect(cover.pages).toEqual(['/js/', '/b/', '/a/']);
    const covered = new Set(cover.pages.flatMap((path) => [...(pages.get(path) ?? [])]));
    expect(covered.size).toBe(cover.contexts);
  });

  it('chooses one page when all pages share their contexts', () => {
    const same = new Set(['x']);
    expect(
      coverPages(
        new Map([
          ['/b/', same],
          ['/a/', same],
        ]),
      ).pages,
    ).toEqual(['/a/']);
  });
});
