import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_UI_PATCHES, patchPagefindComponentUi } from '../../../../src/third-party/pagefind/component-ui-patches.ts';
import { findPassage } from '../../../../src/third-party/text-patches.ts';

/** The Component UI exactly as the installed Pagefind writes it (it lives inside Pagefind's binary). */
let componentUi = '';
const outDir = mkdtempSync(join(tmpdir(), 'pagefind-ui-'));

beforeAll(async () => {
  const pagefind = await import('pagefind');
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error('Pagefind did not start');
    await index.addHTMLFile({ url: '/a/', content: '<html lang="en"><body><main data-pagefind-body><h1>A page</h1><p>Some words.</p></main></body></html>' });
    await index.writeFiles({ outputPath: outDir });
  } finally {
    await pagefind.close();
  }
  componentUi = readFileSync(join(outDir, 'pagefind-component-ui.js'), 'utf8');
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("Pagefind's Component UI patches", () => {
  it('each finds its passage exactly once in the Component UI of the installed Pagefind', () => {
    for (const patch of PAGEFIND_UI_PATCHES) expect(findPassage(componentUi, patch.find), patch.name).toHaveProperty('at');
  });

  it('leaves filters() to loadFilters(), which starting Pagefind calls only once filters are wanted', () => {
    const patched = patchPagefindComponentUi(componentUi);
    expect(componentUi.split('.filters()').length - 1).toBe(2);
    expect(patched.split('.filters()').length - 1).toBe(1);
    expect(patched).toContain('async loadFilters(){this.filtersWanted=!0;if(!this.__pagefind__){await this.__load__();return}');
    expect(patched).toContain('this.__pagefind__=e,this.filtersWanted&&await this.loadFilters(),');
  });

  it('stops, naming the patch and its file, when Pagefind changed', () => {
    expect(() => patchPagefindComponentUi('no such code')).toThrow(
      /Pagefind patch ".*" no longer finds its passage .*src\/third-party\/pagefind\/component-ui-patches\.ts/,
    );
  });
});
