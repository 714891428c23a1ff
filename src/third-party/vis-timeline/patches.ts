/**
 * Fixes to vis-timeline's ES module (8.5.4, pinned in package.json while any applies), applied
 * at build time by `src/integrations/vis-timeline-slim.ts`. Each is an exact text replacement
 * (`src/third-party/text-patches.ts`): when vis-timeline changes so that a passage is no longer
 * found, the build stops with an error that names the patch, rather than shipping vis
 * unpatched. `tests/unit/third-party/vis-timeline/patches.test.ts` checks that each still finds
 * its passage; `tests/e2e/timeline-takeover.spec.ts` checks what each does, in the built page.
 * Why each stays, and until when: src/third-party/README.md.
 */

import { applyTextPatches, type TextPatch } from '../text-patches.ts';

export const VIS_TIMELINE_PATCHES: readonly TextPatch[] = [
  {
    // `Group.add` showed every item the moment it was added when its date was in the window:
    // one DOM box and one forced layout (its size read back) per item. The timeline updates its
    // data sets at every settled zoom or pan, so each step drew its new boxes one by one. `add`
    // already marks the group for restacking, and every caller redraws afterwards, where
    // visibility is decided for all items at once (reads and writes batched).
    name: 'Group.add: leave visibility to the next redraw',
    find: `    if (!this.visibleItems.includes(item)) {
      const range = this.itemSet.body.range; // TODO: not nice accessing the range like this
      this._checkIfVisible(item, this.visibleItems, range);
    }
  }

  /**
   * add item to subgroup`,
    replace: `  }

  /**
   * add item to subgroup`,
  },
  {
    // With a start and an end in its options, the timeline stayed hidden after its first draw
    // until the range's "rangechanged" event, which a non-animated change sends 200 ms later
    // (a debounce for listeners). The window is applied at once, so the first draw is final:
    // it is shown and reported (onInitialDrawComplete) without that wait.
    name: 'Timeline: show the first draw without waiting 200 ms for rangechanged',
    find: `          const end = me.options.end != undefined ? me.options.end : range.max;
          me.setWindow(start, end, { animation: false });`,
    replace: `          const end = me.options.end != undefined ? me.options.end : range.max;
          me.setWindow(start, end, { animation: false });
          me.initialRangeChangeDone = true;`,
  },
];

/** vis-timeline's ES module with every patch applied (see `applyTextPatches`). */
export function patchVisTimeline(code: string, patches: readonly TextPatch[] = VIS_TIMELINE_PATCHES): string {
  return applyTextPatches(code, patches, { code: "vis-timeline's ES module", library: 'vis-timeline', patchFile: 'src/third-party/vis-timeline/patches.ts' });
}
