import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, internalTargets } from '../../../../scripts/checks/lib/links.ts';

function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('internal link checking', () => {
  it('resolves relative and root-relative links against the page, skipping external ones', () => {
    expect(internalTargets('<a href="../b/#x"></a><a href="https://e.org/"></a><img src="/i.svg"><a href="mailto:a@b"></a>', '/a/')).toEqual([
      '/b/#x',
      '/i.svg',
    ]);
    expect(internalTargets('<a href="/base/x/"></a><a href="/other/"></a>', '/base/', '/base/')).toEqual(['/x/']);
  });

  it('reports missing pages and missing anchors, and accepts text fragments', () => {
    const dist = site({
      'index.html': '<a href="/a/">ok</a><a href="/missing/">bad</a><a href="/a/#here">ok</a><a href="/a/#nowhere">bad</a><a href="/a/#:~:text=x">ok</a>',
      'a/index.html': '<h2 id="here">Here</h2>',
    });
    const { problems, links, pages } = checkLinks(dist);
    expect(pages).toBe(2);
    expect(links).toBe(5);
    expect(problems.map((problem) => problem.target)).toEqual(['/missing/', '/a/#nowhere']);
  });
});
