/**
 * Every page's Open Graph picture, drawn once the pages are written (`astro:build:done`): each
 * page names its picture and its title in its `<head>` (src/layouts/Base.astro), so the title
 * is read from the page itself and never listed twice. The card (src/site/og-image.ts) is SVG,
 * rendered to PNG by resvg with Source Sans Pro from its npm package, measured with fontkit:
 * no system font and no outside service, so every machine draws the same bytes. Pictures are
 * kept in Astro's cache by the hash of their SVG, so a rebuild draws only changed titles.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ogImageSvg, type Measure, type Weight } from '../site/og-image.ts';

const FONT_FAMILY = 'Source Sans Pro';
const require = createRequire(import.meta.url);

/** The font files by weight, from the `source-sans-pro` package. */
function fontFiles(): Record<Weight, string> {
  const dir = join(dirname(require.resolve('source-sans-pro/package.json')), 'TTF');
  return {
    regular: join(dir, 'SourceSansPro-Regular.ttf'),
    semibold: join(dir, 'SourceSansPro-Semibold.ttf'),
    bold: join(dir, 'SourceSansPro-Bold.ttf'),
  };
}

/**
 * Text widths as resvg will set them: the same fonts, each word shaped with its kerning. Words
 * are measured once (titles share most of theirs) and lines summed from them, spaces included.
 */
async function fontMeasure(files: Record<Weight, string>): Promise<Measure> {
  const fontkit = await import('fontkit');
  const fonts = new Map(Object.entries(files).map(([weight, file]) => [weight, fontkit.openSync(file) as import('fontkit').Font]));
  const perEm = new Map<string, number>();
  const wordWidth = (word: string, weight: Weight): number => {
    const key = `${weight} ${word}`;
    let width = perEm.get(key);
    if (width === undefined) {
      const font = fonts.get(weight) as import('fontkit').Font;
      width = font.layout(word).advanceWidth / font.unitsPerEm;
      perEm.set(key, width);
    }
    return width;
  };
  return (text, size, weight) => text.split(/( )/).reduce((sum, word) => sum + wordWidth(word, weight), 0) * size;
}

/** `&amp;`, `&#39;`, `&quot;`…: an attribute value as Astro escapes it, read back. */
export function decodeAttribute(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return named[name.toLowerCase()] ?? entity;
  });
}

/** The picture a built page names, and the title it gives, from its `<head>`. */
export function ogImageOfPage(html: string): { image: string; title: string } | undefined {
  const meta = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
  const image = meta('og:image');
  const title = meta('og:title');
  return image && title ? { image: decodeAttribute(image), title: decodeAttribute(title) } : undefined;
}

/** The cached picture at its place in the site: a hard link (no copy of 40 KB per page) where the file system allows one. */
function place(cached: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && item.name.endsWith('.html'))
    .map((item) => join(item.parentPath, item.name))
    .sort();
}

export default function ogImages(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = join(fileURLToPath(config.cacheDir), 'og-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { Resvg } = await import('@resvg/resvg-js');
        const files = fontFiles();
        const measure = await fontMeasure(files);
        const prefix = base.endsWith('/') ? base : `${base}/`;
        mkdirSync(cacheDir, { recursive: true });
        let drawn = 0;
        let cached = 0;
        for (const file of htmlFiles(outDir)) {
          const page = ogImageOfPage(readFileSync(file, 'utf8'));
          if (!page) continue;
          const imagePath = new URL(page.image).pathname;
          if (!imagePath.startsWith(prefix)) throw new Error(`${file}: og:image ${page.image} is outside the site's base ${base}`);
          const pathname = `/${file.slice(outDir.length).replace(/\\/g, '/').replace(/^\//, '')}`.replace(/index\.html$/, '');
          const svg = ogImageSvg({ base: '/', pathname, title: page.title, measure, fontFamily: FONT_FAMILY });
          const key = createHash('sha256').update(svg).digest('hex').slice(0, 32);
          const cachedFile = join(cacheDir, `${key}.png`);
          const target = join(outDir, imagePath.slice(prefix.length));
          mkdirSync(dirname(target), { recursive: true });
          if (existsSync(cachedFile)) {
            place(cachedFile, target);
            cached++;
            continue;
          }
          const png = new Resvg(svg, {
            font: { fontFiles: Object.values(files), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
            fitTo: { mode: 'original' },
          })
            .render()
            .asPng();
          writeFileSync(cachedFile, png);
          place(cachedFile, target);
          drawn++;
        }
        logger.info(
          `${drawn + cached} Open Graph pictures (${drawn} drawn, ${cached} from the cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
