/**
 * Two performance fixes to vis-timeline's ES module (8.5), applied at build time by
 * `src/integrations/vis-timeline-slim.ts`. Each is an exact text replacement; when vis-timeline
 * changes so that a passage is no longer found, the build stops with an error that names the
 * patch, rather than shipping vis unpatched (see `tests/unit/vis-timeline-patches.test.ts`).
 *
 * Measured on the benchmark's 5,000-entry timeline (`npm run bench`, bench/README.md).
 */

export interface VisPatch {
  /** What the patch fixes, for the error when it no longer applies. */
  readonly name: string;
  readonly find: string;
  readonly replace: string;
}

export const VIS_TIMELINE_PATCHES: readonly VisPatch[] = [
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
];

/** Applies every patch once; throws, naming the patch, when its passage is missing or repeated. */
export function patchVisTimeline(code: string, patches: readonly VisPatch[] = VIS_TIMELINE_PATCHES): string {
  let patched = code;
  for (const patch of patches) {
    const at = patched.indexOf(patch.find);
    if (at === -1 || patched.indexOf(patch.find, at + 1) !== -1) {
      throw new Error(
        `vis-timeline patch "${patch.name}" ${at === -1 ? 'no longer finds its passage' : 'finds its passage more than once'} in vis-timeline's ES module. ` +
          'vis-timeline has changed: check whether the fix is still needed, then update or remove the patch in src/lib/vis-timeline-patches.ts.',
      );
    }
    patched = patched.slice(0, at) + patch.replace + patched.slice(at + patch.find.length);
  }
  return patched;
}
