/**
 * A fix to Pagefind's Component UI (`pagefind-component-ui.js`, Pagefind 1.6), applied by
 * `indexSite` after Pagefind writes it (an exact-text patch, `src/third-party/text-patches.ts`: the build
 * stops, naming the patch, if Pagefind changed so that it no longer applies).
 *
 * As soon as Pagefind starts, the Component UI's instance loads every filter index (it calls
 * `filters()` to fill the filter pane), whether or not the reader ever filters: at 10,000 entries
 * six files and 151 KB of the first search's 342 KB (scripts/bench/README.md). A search itself needs only
 * the indexes of the filters it applies. With the patch the instance loads them all only once
 * `loadFilters()` is called (by `src/browser/search/search-url.ts`, when the reader opens the filters or
 * the address carries some), and again after a cleared search only if they were loaded before.
 */
import { applyTextPatches, type TextPatch } from '../text-patches.ts';

/** The filters, for the filter pane: what the Component UI did when Pagefind started. */
const DISPATCH_FILTERS =
  'this.availableFilters=await this.__pagefind__.filters(),this.totalFilters=this.availableFilters,this.__dispatch__("filters",{available:this.availableFilters,total:this.totalFilters})';

export const PAGEFIND_UI_PATCHES: readonly TextPatch[] = [
  {
    name: 'Instance: load the filters when they are wanted, not when Pagefind starts',
    find: `this.__pagefind__=e,${DISPATCH_FILTERS},`,
    replace: 'this.__pagefind__=e,this.filtersWanted&&await this.loadFilters(),',
  },
  {
    name: 'Instance: a cleared search reloads the filters only when they were wanted',
    find: `this.__pagefind__&&(${DISPATCH_FILTERS})`,
    replace: 'this.__pagefind__&&this.filtersWanted&&await this.loadFilters()',
  },
  {
    name: 'Instance: loadFilters() starts Pagefind if needed, then loads and shows the filters',
    find: 'async __clear__(){',
    replace: `async loadFilters(){this.filtersWanted=!0;if(!this.__pagefind__){await this.__load__();return}${DISPATCH_FILTERS}}async __clear__(){`,
  },
];

/** Pagefind's Component UI with the patches applied. */
export function patchPagefindComponentUi(code: string, patches: readonly TextPatch[] = PAGEFIND_UI_PATCHES): string {
  return applyTextPatches(code, patches, {
    code: "Pagefind's Component UI (pagefind-component-ui.js)",
    library: 'Pagefind',
    patchFile: 'src/third-party/pagefind/component-ui-patches.ts',
  });
}
