/**
 * The search index, built inside `astro build` as Starlight does: once every page is written
 * (`astro:build:done`, after the sitemap and the timeline's preload link), Pagefind's Node API
 * indexes `dist/` into `dist/pagefind/`. So a plain `astro build`, which Netlify's and
 * Cloudflare's Astro presets run, gives the whole site, search included. Nothing Pagefind writes
 * is changed: the search page drives Pagefind's own JS API (src/browser/search/).
 *
 * Then the words Pagefind indexed are listed in `dist/search/words.json`, for the search page's
 * "Did you mean …?" (src/site/search-words.ts). They are read from Pagefind's page records
 * (`fragment/*.pf_fragment`: gzip, a `pagefind_dcd` signature, then the JSON that the JS API's
 * `data()` returns), which the completeness check reads too; the build stops, saying so, if
 * they are ever no longer in that form. With BUILD_TIMING set, the build's phases
 * (src/site/build-timing.ts) and Pagefind's share are printed as one parseable line, for `npm run bench`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { buildTimings } from '../site/build-timing.ts';
import { buildWordList, SEARCH_WORDS_PATH, type IndexedPage } from '../site/search-words.ts';

export interface IndexedSite {
  readonly pages: number;
  readonly words: number;
  readonly ms: number;
}

const SIGNATURE = 'pagefind_dcd';

function isPageRecord(value: unknown): value is IndexedPage {
  const record = value as Partial<IndexedPage> | null;
  return typeof record?.url === 'string' && typeof record.content === 'string';
}

/**
 * The page records of a Pagefind index: one per fragment file, or several where Pagefind groups
 * them (an object of records by hash).
 */
export function readIndexedPages(pagefindDir: string): IndexedPage[] {
  const dir = join(pagefindDir, 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .flatMap((name) => {
      const unexpected = (what: string) =>
        new Error(
          `Pagefind's page record ${join(dir, name)} ${what}, so the search page's word list cannot be built: ` +
            'Pagefind changed its index format; adapt readIndexedPages in src/integrations/pagefind.ts.',
        );
      let text: string;
      try {
        text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      } catch {
        throw unexpected('is not gzip-compressed');
      }
      if (!text.startsWith(SIGNATURE)) throw unexpected(`does not start with the "${SIGNATURE}" signature`);
      let record: unknown;
      try {
        record = JSON.parse(text.slice(SIGNATURE.length));
      } catch {
        throw unexpected('is not JSON after its signature');
      }
      if (isPageRecord(record)) return [record];
      const grouped = record && typeof record === 'object' ? Object.values(record) : [];
      if (grouped.length > 0 && grouped.every(isPageRecord)) return grouped;
      throw unexpected('holds neither a page ({ url, content }) nor a group of pages');
    });
}

/** Indexes a built site with Pagefind, writes the index to `<outDir>/pagefind/` and the word list beside the search page. */
export async function indexSite(outDir: string): Promise<IndexedSite> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const outputPath = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const wordList = buildWordList(readIndexedPages(outputPath));
    const wordsFile = join(outDir, SEARCH_WORDS_PATH);
    mkdirSync(dirname(wordsFile), { recursive: true });
    writeFileSync(wordsFile, JSON.stringify(wordList));
    return { pages: added.page_count, words: wordList.words.length, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const indexed = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${indexed.pages} pages (${indexed.words} words) in ${(indexed.ms / 1000).toFixed(1)} s`);
        if (process.env['BUILD_TIMING'])
          console.log(`build-timing ${JSON.stringify({ ...buildTimings(), pagefind: indexed.ms, pagefindPages: indexed.pages })}`);
      },
    },
  };
}
