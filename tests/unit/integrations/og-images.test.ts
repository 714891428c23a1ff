import { describe, expect, it } from 'vitest';
import { decodeAttribute, ogImageOfPage } from '../../../src/integrations/og-images.ts';

describe('reading a built page’s picture and title', () => {
  it('reads the values back as Astro escapes them', () => {
    expect(decodeAttribute('A Review of ATF&#39;s &quot;Fast&quot; &amp; Furious &lt;x&gt; &#x2019;')).toBe('A Review of ATF\'s "Fast" & Furious <x> ’');
    expect(decodeAttribute('&unknown; stays')).toBe('&unknown; stays');
  });

  it('finds og:image and og:title in the head, and nothing on a page without them', () => {
    const html = '<head><meta property="og:title" content="ATF&#39;s review"><meta property="og:image" content="https://example.org/og/sources/x.png"></head>';
    expect(ogImageOfPage(html)).toEqual({ image: 'https://example.org/og/sources/x.png', title: "ATF's review" });
    expect(ogImageOfPage('<head><meta property="og:title" content="x"></head>')).toBeUndefined();
  });
});
