import { describe, expect, it } from 'vitest';
import { buildSummary, previewAddress } from '../../../../scripts/lib/start-output.ts';

const build = [
  '12:03:40 [WARN] [site-address] SITE_URL is not set: links point at http://localhost:4321.',
  '12:03:45 [build] output: "static"',
  ' generating static routes ',
  '  ├─ /entries/a/index.html (+4ms)',
  '  └─ /entries/b/index.html (+2ms)',
  '12:03:53 [WARN] [vite] Some chunks are larger than 500 kB',
  '12:03:56 [pagefind] Pagefind indexed 796 pages in 2.6 s',
  '12:03:56 [build] 796 page(s) built in 15.66s',
  '12:03:56 [build] Complete!',
].join('\n');

describe('buildSummary', () => {
  it('says how many pages in how long, and the warnings, without the route lines', () => {
    expect(buildSummary(build)).toEqual(['Built 796 pages in 15.7 s, 796 of them in the search index.', 'Warning: [vite] Some chunks are larger than 500 kB']);
  });

  it('reads through colour codes', () => {
    expect(buildSummary('\u001b[2m12:00\u001b[22m \u001b[34m[build]\u001b[39m 3 page(s) built in 1.2s')).toEqual(['Built 3 pages in 1.2 s.']);
  });
});

describe('previewAddress', () => {
  it("finds the local address in astro preview's banner, colours and all", () => {
    const banner =
      '\u001b[42m astro \u001b[49m v7.3.5 ready in 38 ms\n\u001b[2m┃\u001b[22m Local    \u001b[36mhttp://localhost:4505/\u001b[39m\n┃ Network  use --host to expose\n';
    expect(previewAddress(banner)).toBe('http://localhost:4505/');
    expect(previewAddress(' astro  v7.3.5 ready in')).toBeUndefined();
  });
});
