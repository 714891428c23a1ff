// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import remarkSafeLinks from './src/lib/remark/remark-safe-links.ts';
import remarkStripHtml from './src/lib/remark/remark-strip-html.ts';

// The public address and base path are configuration, so forks and previews link correctly.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap(), pagefind()],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkStripHtml, [remarkSafeLinks, { base }]],
    }),
  },
});
