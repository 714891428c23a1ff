// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import decapAdmin from './src/integrations/decap-admin.ts';
import ogImages from './src/integrations/og-images.ts';
import pagefind from './src/integrations/pagefind.ts';
import siteAddress from './src/integrations/site-address.ts';
import visTimelineSlim from './src/integrations/vis-timeline-slim.ts';
import remarkSafeLinks from './src/domain/markdown/remark-safe-links.ts';
import remarkStripHtml from './src/domain/markdown/remark-strip-html.ts';
import { LOCAL_SITE_URL } from './src/site/address.ts';

// The public address and base path are configuration, so forks and previews link correctly.
// Without SITE_URL the site is addressed as the local preview server (src/integrations/site-address.ts says so).
const site = process.env.SITE_URL || LOCAL_SITE_URL;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // In this order: the sitemap and the timeline's preload link are written before Pagefind reads
  // the pages, and the warning about a missing SITE_URL is the build's last word. The web editor
  // (/admin/) is written after the pages, outside the sitemap and the site's CSP.
  integrations: [sitemap(), visTimelineSlim(), ogImages(), pagefind(), decapAdmin(), siteAddress()],
  // A Content Security Policy on every page: scripts and styles only from this site or by
  // Astro's hashes, never inline from content. Pagefind's search runs WebAssembly, which
  // needs 'wasm-unsafe-eval' (WebAssembly compilation only, not JavaScript eval).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the Content Security Policy forbids; content has no code to colour.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkStripHtml, [remarkSafeLinks, { base }]],
      // Bodies quote sources: `"USMS"` and `--` must reach the page as written, not as curly quotes and dashes.
      smartypants: false,
    }),
  },
});
