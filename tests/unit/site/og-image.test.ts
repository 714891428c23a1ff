import { describe, expect, it } from 'vitest';
import { SITE_NAME } from '../../../src/site/constants.ts';
import { layoutTitle, ogImageAlt, ogImagePath, ogImageSvg, pageType, wrapText, type Measure } from '../../../src/site/og-image.ts';

/** Every character half as wide as the font is high: predictable widths without a font. */
const halfEm: Measure = (text, size) => text.length * size * 0.5;

describe('page types and picture paths', () => {
  it('names one item’s pages by their type, and no other page', () => {
    expect(pageType('/', '/entries/pgr-says-500/')?.label).toBe('Claim');
    expect(pageType('/', '/sources/doj-oig/')?.label).toBe('Source');
    expect(pageType('/timeline/', '/timeline/actors/dea/')?.label).toBe('Actor');
    expect(pageType('/', '/topics/camarena-case/')?.label).toBe('Topic');
    expect(pageType('/', '/topics/')).toBeUndefined();
    expect(pageType('/', '/timeline/')).toBeUndefined();
    expect(pageType('/', '/')).toBeUndefined();
  });

  it('gives every page its own picture under og/, within the base path', () => {
    expect(ogImagePath('/', '/entries/pgr-says-500/')).toBe('/og/entries/pgr-says-500.png');
    expect(ogImagePath('/', '/')).toBe('/og/index.png');
    expect(ogImagePath('/', '/methodology/')).toBe('/og/methodology.png');
    expect(ogImagePath('/', '/404.html')).toBe('/og/404.png');
    expect(ogImagePath('/site', '/site/sources/x/')).toBe('/site/og/sources/x.png');
    expect(ogImagePath('/site/', '/site/')).toBe('/site/og/index.png');
  });

  it('describes the picture by what it shows', () => {
    expect(ogImageAlt('/', '/entries/x/', 'PGR officials say 500')).toBe(`Claim: PGR officials say 500. ${SITE_NAME}`);
    expect(ogImageAlt('/', '/methodology/', 'Methodology')).toBe(`Methodology. ${SITE_NAME}`);
    expect(ogImageAlt('/', '/', SITE_NAME)).toBe(SITE_NAME);
  });
});

describe('wrapText', () => {
  const width = (line: string) => line.length;

  it('fills each line before breaking, as a reader expects a heading to break', () => {
    expect(wrapText('Operation Fast and Furious', 20, width, 3)).toEqual({ lines: ['Operation Fast and', 'Furious'], cut: false });
  });

  it('cuts a word longer than a line where it must', () => {
    expect(wrapText('see https://example.org/long', 10, width, 5).lines).toEqual(['see', 'https://ex', 'ample.org/', 'long']);
  });

  it('ends the last line it may take with an ellipsis, at a word', () => {
    const { lines, cut } = wrapText('one two three four five six seven eight', 10, width, 2);
    expect(cut).toBe(true);
    expect(lines).toEqual(['one two', 'three…']);
    expect(lines.every((line) => line.length <= 10)).toBe(true);
  });
});

describe('layoutTitle', () => {
  it('uses the largest size that holds the whole title', () => {
    expect(layoutTitle('Timeline', halfEm)).toEqual({ size: 68, lines: ['Timeline'] });
    // 120 characters: 3 lines at 68 px hold 3 × 30; at 58 px 4 × 35 do.
    const title = Array.from({ length: 24 }, () => 'word').join(' ');
    const { size, lines } = layoutTitle(title, halfEm);
    expect(size).toBe(58);
    expect(lines.join(' ')).toBe(title);
  });

  it('cuts a title too long for the smallest size, and says so with an ellipsis', () => {
    const { size, lines } = layoutTitle(Array.from({ length: 80 }, () => 'word').join(' '), halfEm);
    expect(size).toBe(50);
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toMatch(/…$/);
  });
});

describe('ogImageSvg', () => {
  const svg = (pathname: string, title: string) => ogImageSvg({ base: '/', pathname, title, measure: halfEm, fontFamily: 'Source Sans Pro' });

  it('draws a 1200 × 630 card with the type, the title and the site’s name, its text escaped', () => {
    const card = svg('/entries/x/', 'Holder & <the> "letter"');
    expect(card).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(card).toContain('>CLAIM</text>');
    expect(card).toContain('>Holder &amp; &lt;the&gt; &quot;letter&quot;</text>');
    expect(card).not.toContain('<the>');
    expect(card).toContain('>U.S. Agents in Mexico</text>');
  });

  it('draws the home page as the site’s name over its tagline, without a type', () => {
    const card = svg('/', SITE_NAME);
    expect(card).not.toContain('CLAIM');
    expect(card).toContain('>a sourced timeline</text>');
  });

  it('gives each page type its colour', () => {
    const colour = (card: string) => /<rect width="1200" height="14" fill="([^"]+)"/.exec(card)?.[1];
    const colours = ['/entries/x/', '/sources/x/', '/actors/x/', '/topics/x/', '/timeline/'].map((path) => colour(svg(path, 'T')));
    expect(new Set(colours).size).toBe(5);
  });
});
