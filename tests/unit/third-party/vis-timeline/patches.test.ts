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

  it('applies them all: Group.add no longer shows items, the first draw is shown at once', () => {
    expect(VIS_TIMELINE_PATCHES.map((patch) => patch.name)).toEqual([
      'Group.add: leave visibility to the next redraw',
      'Timeline: show the first draw without waiting 200 ms for rangechanged',
    ]);
    const patched = patchVisTimeline(visModule);
    const groupAdd = patched.slice(patched.indexOf('  add(item) {\n    this.items[item.id] = item;'));
    expect(groupAdd.slice(0, groupAdd.indexOf('\n  }\n'))).not.toContain('_checkIfVisible');
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
