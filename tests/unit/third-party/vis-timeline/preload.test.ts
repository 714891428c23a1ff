import { describe, expect, it } from 'vitest';
import { elementScriptSrc, resolveFrom, visChunkImport, withModulePreload } from '../../../../src/third-party/vis-timeline/preload.ts';

describe('the vis-timeline modulepreload', () => {
  const page =
    '<html><head><meta charset="utf-8"><title>Timeline</title></head><body><script type="module" src="/base/_astro/TimelineView.astro_astro_type_script_index_0_lang.DD5B0CK-.js"></script><timeline-view></timeline-view></body></html>';

  it('finds the element’s script on the page and the chunk it imports', () => {
    expect(elementScriptSrc(page)).toBe('/base/_astro/TimelineView.astro_astro_type_script_index_0_lang.DD5B0CK-.js');
    expect(elementScriptSrc('<html><head></head><body></body></html>')).toBeUndefined();
    expect(visChunkImport('let t=G(()=>import(`./vis-timeline.xrymIIxN.js`),__vite__mapDeps([0,1]));')).toBe('./vis-timeline.xrymIIxN.js');
    expect(visChunkImport('import("./vis-timeline.a-B_1.js")')).toBe('./vis-timeline.a-B_1.js');
  });

  it('refuses to guess when the chunk is absent or named twice', () => {
    expect(visChunkImport('import(`./other.js`)')).toBeUndefined();
    expect(visChunkImport('import(`./vis-timeline.a.js`);import(`./vis-timeline.b.js`)')).toBeUndefined();
  });

  it('links the chunk, resolved against the script, at the end of the head', () => {
    const href = resolveFrom('/base/_astro/TimelineView.x.js', './vis-timeline.y.js');
    expect(href).toBe('/base/_astro/vis-timeline.y.js');
    expect(withModulePreload(page, href)).toBe(page.replace('</head>', '<link rel="modulepreload" href="/base/_astro/vis-timeline.y.js"></head>'));
    expect(() => withModulePreload('<p>no head</p>', href)).toThrow('no </head>');
  });
});
