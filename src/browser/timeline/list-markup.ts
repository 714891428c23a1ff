/**
 * The chronological list's markup (ChronologicalList.astro), as `<timeline-view>` reads it out
 * of its `<noscript>`, cut before each year's `<section>` so that the browser can parse it a
 * few years at a time instead of in one long task. Astro escapes `<` in text and attribute
 * values, so in that markup `<section` can only begin a tag.
 */
const SECTION_START = /<section[\s>]/g;

/** `markup` cut before every `<section` tag; pieces that are only whitespace are left out. */
export function splitBeforeSections(markup: string): string[] {
  const cuts = [0, ...[...markup.matchAll(SECTION_START)].map((match) => match.index).filter((index) => index > 0), markup.length];
  const pieces: string[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const piece = markup.slice(cuts[index], cuts[index + 1]);
    if (piece.trim() !== '') pieces.push(piece);
  }
  return pieces;
}
