/**
 * The timeline page's hint to fetch vis-timeline early. The element loads vis with a dynamic
 * `import()` (so that the list and filters still work when vis fails to load), which a browser
 * only starts once the page is parsed and the element's script has run. A
 * `<link rel="modulepreload">` to the same chunk lets it download and compile while the page is
 * still being read. Vite names the chunk with a hash only known after bundling, so
 * `src/integrations/vis-timeline-slim.ts` adds the link to the built page with these functions.
 */

/** The element's script on a built page: `<script type="module" src="…/TimelineView…js">`. */
export function elementScriptSrc(html: string): string | undefined {
  return /<script type="module" src="([^"]*\/TimelineView[^"]*\.js)"><\/script>/.exec(html)?.[1];
}

/** The chunk the element's script imports dynamically, relative to it (`./vis-timeline.AbC123.js`). */
export function visChunkImport(elementScript: string): string | undefined {
  const found = [...elementScript.matchAll(/import\(\s*[`'"](\.\/vis-timeline\.[\w-]+\.js)[`'"]\s*\)/g)].map((match) => match[1]);
  return found.length === 1 ? found[0] : undefined;
}

/** The page with a modulepreload link to `href` at the end of its head. */
export function withModulePreload(html: string, href: string): string {
  const at = html.indexOf('</head>');
  if (at === -1) throw new Error('the page has no </head>');
  return `${html.slice(0, at)}<link rel="modulepreload" href="${href}">${html.slice(at)}`;
}

/** The URL path of `specifier` relative to the script at path `from`. */
export function resolveFrom(from: string, specifier: string): string {
  return new URL(specifier, new URL(from, 'http://site.invalid')).pathname;
}
