import { describe, expect, it } from 'vitest';
import filterXSS, { escapeHtml, FilterXSS } from '../../../../src/third-party/vis-timeline/xss.ts';
import { axisFor, PROFILES } from '../../../../src/site/timeline/layout.ts';

describe('the xss stand-in inside vis-timeline', () => {
  it('escapes markup, attributes and entities, as vis calls it', () => {
    const hostile = `<img src=x onerror="alert(1)">'&amp;`;
    const escaped = '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;amp;';
    expect(new FilterXSS().process(hostile)).toBe(escaped);
    expect(filterXSS(hostile)).toBe(escaped);
    expect(escapeHtml('<script>alert(1)</script>')).not.toContain('<');
  });

  it('leaves every axis label the layout gives vis as it is', () => {
    for (const window of [
      { start: Date.UTC(1938, 0, 1), end: Date.UTC(2026, 0, 1) },
      { start: Date.UTC(2011, 0, 1), end: Date.UTC(2012, 0, 1) },
      { start: Date.UTC(2011, 2, 1), end: Date.UTC(2011, 2, 20) },
    ]) {
      for (const profile of [PROFILES.wide, PROFILES.narrow]) {
        for (const tick of axisFor(window, profile).ticks) expect(new FilterXSS().process(tick.label)).toBe(tick.label);
      }
    }
  });

  it('is what an innerHTML shows as text', () => {
    // The one property that matters: a string through the filter, parsed as HTML, is that string as text.
    const samples = ['2011', 'Apr', 'A & B', '<b>bold</b>', '"quoted" \'single\'', 'x < y > z'];
    for (const sample of samples) {
      const decoded = filterXSS(sample).replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '',
      );
      expect(decoded).toBe(sample);
    }
  });
});
