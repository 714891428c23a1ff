import { describe, expect, it } from 'vitest';
import { buildParts, largestPart } from '../../../../scripts/bench/lib/build-parts.ts';

const OUTPUT = [
  '10:00:00 [build] Building static entrypoints...',
  ' generating static routes ',
  '10:00:04   ├─ /entries/a/index.html (+2ms) ',
  '10:00:09 ✓ Completed in 9.50s.',
  '10:00:09 [build] ✓ Completed in 10.80s.',
  '10:00:12 [pagefind] Pagefind indexed 11220 pages in 3.0 s',
  'build-timing {"validation":2500,"markdown":4000,"site-model":300,"data-files":700,"git-history":500,"pagefind":3000,"pagefindPages":11220}',
].join('\n');

describe('buildParts', () => {
  it('splits the wall time into our phases, Astro’s rendering less what runs inside it, Pagefind and the rest', () => {
    const parts = buildParts(OUTPUT, 25_000);
    expect(parts).toEqual({ validation: 2500, markdown: 4000, rendering: 8000, siteModel: 300, dataFiles: 700, gitHistory: 500, pagefind: 3000, other: 6000 });
    expect(largestPart(parts!)).toBe('rendering');
  });

  it('reads rendering given in milliseconds', () => {
    expect(buildParts(OUTPUT.replace('Completed in 9.50s.', 'Completed in 950ms.'), 25_000)?.rendering).toBe(0);
  });

  it('says nothing when the build did not print its timing', () => {
    expect(buildParts('10:00:09 ✓ Completed in 9.50s.', 1000)).toBeUndefined();
  });
});
