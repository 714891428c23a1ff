/**
 * Links to the quoted passage in the original document with a URL text fragment
 * (`#:~:text=start,end`), which supporting browsers scroll to and highlight.
 */

const WORDS_AT_EACH_END = 4;
const MAX_WORDS_WHOLE = 8;

// The fragment syntax gives `-`, `,` and `&` meaning, so they are escaped beyond encodeURIComponent.
function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return url;
  const directive =
    words.length <= MAX_WORDS_WHOLE
      ? encodeFragmentPart(words.join(' '))
      : `${encodeFragmentPart(words.slice(0, WORDS_AT_EACH_END).join(' '))},${encodeFragmentPart(words.slice(-WORDS_AT_EACH_END).join(' '))}`;
  // A fragment directive follows any existing fragment: `#section:~:text=...`.
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;
}
