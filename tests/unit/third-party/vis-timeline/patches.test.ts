import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPassage, type TextPatch } from '../../../../src/third-party/text-patches.ts';
import { patchVisTimeline, VIS_TIMELINE_PATCHES } from '../../../../src/third-party/vis-timeline/patches.ts';

/** The file the site's `import ... from 'vis-timeline/esnext'` loads: the package's `import` export. */
const packageJson = createRequire(import.meta.url).resolve('vis-timeline/package.json');
const { exports } = JSON.parse(readFileSync(packageJson, 'utf8')) as { exports: Record<string, { import: string }> };
const visModule = readFileSync(join(dirname(packageJson), exports['./esnext']?.import ?? ''), 'utf8');

describe('vis-timeline patches', () => {
  it('each finds its passage exactly once in the installed vis-timeline', () => {
    for (const patch of VIS_TIMELINE_PATCHES) expect(findPassage(visModule, patch.find), patch.name).toHaveProperty('at');
  });

  it('applies them all: Group.add no longer shows items, the cluster lookup is built once per clustering, items read the item set’s options and share their locales, the first draw is shown at once', () => {
    const patched = patchVisTimeline(visModule);
    const groupAdd = patched.slice(patched.indexOf('  add(item) {\n    this.items[item.id] = item;'));
    expect(groupAdd.slice(0, groupAdd.indexOf('\n  }\n'))).not.toContain('_checkIfVisible');
    expect(patched).toContain('this.oldClustersLookup ??=');
    expect(patched).toMatch(/getClusters\(oldClusters, scale, options\) \{\n {4}this\.oldClustersLookup = undefined;/);
    expect(patched).toContain('Item.mergedLocales.set(givenLocales, mergedLocales)');
    const itemConstructor = patched.slice(patched.indexOf('class Item {'), patched.indexOf('this._updateEditStatus();', patched.indexOf('class Item {')));
    expect(itemConstructor).toContain('this.options = Object.create(givenOptions);');
    expect(itemConstructor).not.toContain('availableUtils.extend({}, this.defaultOptions, options)');
    expect(patched).toContain('me.setWindow(start, end, { animation: false });\n          me.initialRangeChangeDone = true;');
  });

  it('stops, naming the patch, when vis-timeline changed', () => {
    const patch: TextPatch = { name: 'an example fix', find: 'needle', replace: 'pin' };
    expect(patchVisTimeline('a needle here', [patch])).toBe('a pin here');
    expect(() => patchVisTimeline('no such text', [patch])).toThrow(
      /"an example fix" no longer finds its passage.*src\/third-party\/vis-timeline\/patches\.ts/,
    );
    expect(() => patchVisTimeline('needle and needle', [patch])).toThrow(/"an example fix" finds its passage more than once/);
  });
});
