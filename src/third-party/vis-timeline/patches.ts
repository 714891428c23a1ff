/**
 * Performance fixes to vis-timeline's ES module (8.5), applied at build time by
 * `src/integrations/vis-timeline-slim.ts`. Each is an exact text replacement
 * (`src/third-party/text-patches.ts`): when vis-timeline changes so that a passage is no longer found,
 * the build stops with an error that names the patch, rather than shipping vis unpatched (see
 * `tests/unit/third-party/vis-timeline/patches.test.ts`).
 *
 * Measured on the benchmark's 5,000-entry timeline (`npm run bench`, scripts/bench/README.md).
 */

import { applyTextPatches, type TextPatch } from '../text-patches.ts';

export const VIS_TIMELINE_PATCHES: readonly TextPatch[] = [
  {
    // `Group.add` showed every item the moment it was added when its date was in the window:
    // one DOM box and one forced layout per item, before clustering had run (vis computes
    // clusters only once it knows its width). At 5,000 entries that drew thousands of boxes
    // one by one, only to hide them again. `add` already marks the group for restacking, and
    // every caller redraws afterwards, where visibility is decided for all items at once
    // (reads and writes batched) and items inside clusters are skipped.
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
    // `_getClusterForItems` rebuilt a lookup of every previous cluster (a Set of its items)
    // for each new cluster: quadratic in the number of clusters at every zoom level change.
    // The lookup is now built once per `getClusters` call, which resets it first.
    name: 'ClusterGenerator: one lookup of the previous clusters per clustering',
    find: `    const oldClustersLookup = (oldClusters || []).map((cluster) => ({
      cluster,
      itemsIds: new Set(cluster.data.uiItems.map((item) => item.id)),
    }));`,
    replace: `    const oldClustersLookup = (this.oldClustersLookup ??= (oldClusters || []).map((cluster) => ({
      cluster,
      itemsIds: new Set(cluster.data.uiItems.map((item) => item.id)),
    })));`,
  },
  {
    name: 'ClusterGenerator: reset the lookup of previous clusters for each clustering',
    find: `  getClusters(oldClusters, scale, options) {
`,
    replace: `  getClusters(oldClusters, scale, options) {
    this.oldClustersLookup = undefined;
`,
  },
  {
    // Every item's constructor copied all of the item set's options (32 of them) into an object
    // of its own and merged vis's table of interface strings in every language into it:
    // thousands of copies of the same values, the largest part of creating 10,000 items. Items
    // only read their options (their constructors write nothing else into them), so each item's
    // options now inherit from the item set's, with the default locale where none is given, and
    // one merged locales table per given table is shared. Items then also see option changes
    // made after they were created, as items created later always did.
    name: "Item: read the item set's options, share one merged locales table",
    find: `    this.conversion = conversion || {};
    this.defaultOptions = {
      locales,
      locale: "en",
    };
    this.options = availableUtils.extend({}, this.defaultOptions, options);
    this.options.locales = availableUtils.extend({}, locales, this.options.locales);
    const defaultLocales =
      this.defaultOptions.locales[this.defaultOptions.locale];
    Object.keys(this.options.locales).forEach((locale) => {
      this.options.locales[locale] = availableUtils.extend(
        {},
        defaultLocales,
        this.options.locales[locale],
      );
    });`,
    replace: `    this.conversion = conversion || {};
    this.defaultOptions = {
      locales,
      locale: "en",
    };
    const givenOptions = options || {};
    const own = (key) => Object.prototype.hasOwnProperty.call(givenOptions, key);
    this.options = Object.create(givenOptions);
    if (!own("locale")) this.options.locale = this.defaultOptions.locale;
    const givenLocales = own("locales") ? givenOptions.locales : this.defaultOptions.locales;
    Item.mergedLocales ??= new WeakMap();
    let mergedLocales = givenLocales && Item.mergedLocales.get(givenLocales);
    if (!mergedLocales) {
      mergedLocales = availableUtils.extend({}, locales, givenLocales);
      const defaultLocales =
        this.defaultOptions.locales[this.defaultOptions.locale];
      Object.keys(mergedLocales).forEach((locale) => {
        mergedLocales[locale] = availableUtils.extend(
          {},
          defaultLocales,
          mergedLocales[locale],
        );
      });
      if (givenLocales) Item.mergedLocales.set(givenLocales, mergedLocales);
    }
    this.options.locales = mergedLocales;`,
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
