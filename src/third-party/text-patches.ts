/**
 * Exact-text fixes to third-party code the site ships (vis-timeline's ES module). A fix that
 * no longer finds its passage exactly once stops the build with an error naming it, rather than shipping the code unfixed: the library has changed, and the fix
 * must be checked against the new version.
 */
export interface TextPatch {
  /** What the patch fixes, for the error when it no longer applies. */
  readonly name: string;
  readonly find: string;
  readonly replace: string;
}

/** What is patched, and where its patches live, for the error message. */
export interface PatchTarget {
  /** E.g. "vis-timeline's ES module". */
  readonly code: string;
  /** E.g. "vis-timeline". */
  readonly library: string;
  /** The file that holds the patches, e.g. `src/third-party/vis-timeline/patches.ts`. */
  readonly patchFile: string;
}

/** Where `passage` occurs in `code` when it occurs exactly once; otherwise why a patch cannot use it. */
export function findPassage(code: string, passage: string): { at: number } | { problem: 'missing' | 'repeated' } {
  const at = code.indexOf(passage);
  if (at === -1) return { problem: 'missing' };
  if (code.indexOf(passage, at + 1) !== -1) return { problem: 'repeated' };
  return { at };
}

/** Applies every patch once; throws, naming the patch, when its passage is missing or repeated. */
export function applyTextPatches(code: string, patches: readonly TextPatch[], target: PatchTarget): string {
  let patched = code;
  for (const patch of patches) {
    const found = findPassage(patched, patch.find);
    if ('problem' in found) {
      throw new Error(
        `${target.library} patch "${patch.name}" ${found.problem === 'missing' ? 'no longer finds its passage' : 'finds its passage more than once'} in ${target.code}. ` +
          `${target.library} has changed: check whether the fix is still needed, then update or remove the patch in ${target.patchFile}.`,
      );
    }
    patched = patched.slice(0, found.at) + patch.replace + patched.slice(found.at + patch.find.length);
  }
  return patched;
}
