/**
 * The picture a page shares with (Open Graph, 1200 × 630): the page's type, its title and the
 * site's name, drawn as SVG at build time (src/integrations/og-images.ts renders it to PNG).
 * Pure: text is measured by a function the caller gives, so wrapping is tested without fonts.
 */
import { SITE_NAME } from './constants.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** A page type, named as the card names it, and the colour it is drawn in (the site's light theme). */
interface PageType {
  readonly label: string;
  readonly colour: string;
}

/** Pages of one item each; other pages (the home page, the timeline, the indexes) show their title alone. */
const ITEM_TYPES: Record<string, PageType> = {
  entries: { label: 'Claim', colour: '#1a4d8f' },
  sources: { label: 'Source', colour: '#8a4b00' },
  actors: { label: 'Actor', colour: '#1f6f43' },
  topics: { label: 'Topic', colour: '#5b3a8c' },
};
const SITE_COLOUR = '#1f3a5f';

/** The page's path inside the site, without the base: `/base/entries/x/` → `entries/x`. */
function sitePath(base: string, pathname: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
  return inside.replace(/(index)?\.html$/, '').replace(/\/+$/, '');
}

/** The type of the page at a path, when it is one item's page (`entries/<id>/`, …). */
export function pageType(base: string, pathname: string): PageType | undefined {
  const [section, id, ...rest] = sitePath(base, pathname).split('/');
  return id && rest.length === 0 ? ITEM_TYPES[section as string] : undefined;
}

/** Where a page's picture is: `og/entries/<id>.png`, `og/index.png` for the home page. */
export function ogImagePath(base: string, pathname: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}og/${sitePath(base, pathname) || 'index'}.png`;
}

/** The picture described for a reader who cannot see it: it shows just this. */
export function ogImageAlt(base: string, pathname: string, title: string): string {
  const type = pageType(base, pathname);
  return title === SITE_NAME ? SITE_NAME : `${type ? `${type.label}: ` : ''}${title}. ${SITE_NAME}`;
}

export type Weight = 'regular' | 'semibold' | 'bold';
/** Width in pixels of a text at a font size and weight. */
export type Measure = (text: string, size: number, weight: Weight) => number;

/** Sizes tried for the title, largest first, with the lines each may take. */
const TITLE_SIZES = [
  { size: 68, lines: 3 },
  { size: 58, lines: 4 },
  { size: 50, lines: 5 },
] as const;
const MARGIN = 80;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN;

/**
 * Greedy line breaking at spaces, as a reader expects a heading to break (a word too long for a
 * line is cut where it must be). Past `maxLines` the last line ends with an ellipsis.
 */
export function wrapText(text: string, width: number, measure: (line: string) => number, maxLines: number): { lines: string[]; cut: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A word wider than the line (an address, a long compound) is cut into pieces that fit.
    let rest = word;
    while (measure(rest) > width) {
      let end = rest.length - 1;
      while (end > 1 && measure(rest.slice(0, end)) > width) end--;
      lines.push(rest.slice(0, end));
      rest = rest.slice(end);
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] as string;
  while (last.length > 0 && measure(`${last}…`) > width) last = last.replace(/\s*\S+$/, '') || last.slice(0, -1);
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`;
  return { lines: kept, cut: true };
}

/** The title's lines at the largest size that holds it whole, or cut at the smallest. */
export function layoutTitle(title: string, measure: Measure): { size: number; lines: string[] } {
  for (const { size, lines: maxLines } of TITLE_SIZES) {
    const wrapped = wrapText(title, TEXT_WIDTH, (line) => measure(line, size, 'bold'), maxLines);
    if (!wrapped.cut) return { size, lines: wrapped.lines };
  }
  const smallest = TITLE_SIZES[TITLE_SIZES.length - 1] as (typeof TITLE_SIZES)[number];
  return { size: smallest.size, lines: wrapText(title, TEXT_WIDTH, (line) => measure(line, smallest.size, 'bold'), smallest.lines).lines };
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The card as SVG text, in the font family `fontFamily` (which the renderer must have). */
export function ogImageSvg(options: { base: string; pathname: string; title: string; measure: Measure; fontFamily: string }): string {
  const { base, pathname, title, measure, fontFamily } = options;
  const type = pageType(base, pathname);
  const colour = type?.colour ?? SITE_COLOUR;
  const [name, tagline] = SITE_NAME.split(': ');
  const heading = title === SITE_NAME ? (name as string) : title;
  const { size, lines } = layoutTitle(heading, measure);
  const lineHeight = Math.round(size * 1.16);
  // The title block sits between the label and the footer rule, a little above the middle.
  const top = 150;
  const blockHeight = lines.length * lineHeight;
  const firstBaseline = Math.round(top + (430 - top - blockHeight) / 2 + size * 0.92);
  const label = type
    ? `<rect x="${MARGIN}" y="94" width="22" height="22" fill="${colour}"/>` +
      `<text x="${MARGIN + 36}" y="114" font-size="30" font-weight="600" letter-spacing="3" fill="${colour}">${escapeXml(type.label.toUpperCase())}</text>`
    : '';
  const subtitle =
    title === SITE_NAME && tagline
      ? `<text x="${MARGIN}" y="${firstBaseline + blockHeight + 20}" font-size="40" fill="#55524c">${escapeXml(tagline)}</text>`
      : '';
  const titleLines = lines
    .map(
      (line, index) =>
        `<text x="${MARGIN}" y="${firstBaseline + index * lineHeight}" font-size="${size}" font-weight="700" fill="#1c1b19">${escapeXml(line)}</text>`,
    )
    .join('');
  // The home page's card is the site's name itself, over the marks the timeline gives events,
  // statements and counts; every other card names the site at its foot.
  const footer =
    title === SITE_NAME
      ? `<rect x="${MARGIN}" y="508" width="${TEXT_WIDTH}" height="2" fill="#d6d2c8"/>` +
        `<circle cx="${MARGIN + 120}" cy="509" r="13" fill="#1f6f43"/>` +
        `<path d="M${MARGIN + 420} 494 l15 28 h-30 z" fill="#1a4d8f"/>` +
        `<rect x="${MARGIN + 750}" y="497" width="24" height="24" fill="#8a4b00"/>`
      : `<rect x="${MARGIN}" y="488" width="${TEXT_WIDTH}" height="2" fill="#d6d2c8"/>` +
        `<text x="${MARGIN}" y="556" font-size="34" font-weight="700" fill="#1c1b19">${escapeXml(name as string)}</text>` +
        (tagline
          ? `<text x="${MARGIN + Math.ceil(measure(name as string, 34, 'bold')) + 16}" y="556" font-size="34" fill="#55524c">${escapeXml(tagline)}</text>`
          : '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${escapeXml(fontFamily)}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fdfcfa"/>` +
    `<rect width="${OG_WIDTH}" height="14" fill="${colour}"/>` +
    label +
    titleLines +
    subtitle +
    footer +
    `</svg>`
  );
}
