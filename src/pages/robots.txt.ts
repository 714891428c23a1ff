import type { APIRoute } from 'astro';
import { LOCAL_SITE_URL } from '../site/address.ts';
import { withBase } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site ?? LOCAL_SITE_URL).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
