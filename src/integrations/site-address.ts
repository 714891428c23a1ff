/**
 * Says when a build has no public address. Without `SITE_URL` every canonical link, `og:url`,
 * JSON-LD, the sitemap, the feed and robots.txt point at the local preview server, which works
 * only on the machine that built the site (citations then say "local preview" instead of an
 * address). That is right for `npm start`, so a plain build only warns, loudly; a deployment
 * build (GitHub Pages, Netlify, Cloudflare Pages, or `REQUIRE_SITE_URL=1`) stops.
 */
import type { AstroIntegration } from 'astro';
import { LOCAL_SITE_URL } from '../site/address.ts';

/** Environment variables set by the hosts this site documents, or by our own deploy workflow. */
const DEPLOYMENT_MARKERS = ['REQUIRE_SITE_URL', 'NETLIFY', 'CF_PAGES'] as const;

/** Why this build must have a public address, or undefined when a local one will do. */
export function deploymentMarker(env: NodeJS.ProcessEnv): string | undefined {
  return DEPLOYMENT_MARKERS.find((name) => env[name] !== undefined && env[name] !== '' && env[name] !== '0' && env[name] !== 'false');
}

const LOCAL_ONLY = `SITE_URL is not set: links, the sitemap, the feed and JSON-LD point at ${LOCAL_SITE_URL}, which works only on this machine, and citations say "local preview". Set SITE_URL=https://<your-site> to build a site for publishing.`;

export default function siteAddress(): AstroIntegration {
  let localOnly = false;
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || process.env['SITE_URL']) return;
        const marker = deploymentMarker(process.env);
        if (marker) {
          logger.error(
            `SITE_URL is not set, and ${marker} says this build is for publishing: set SITE_URL to the site's public address (e.g. https://example.org) and build again.`,
          );
          process.exit(1);
        }
        localOnly = true;
        logger.warn(LOCAL_ONLY);
      },
      // Said again last, where a reader of the build's output looks.
      'astro:build:done': ({ logger }) => {
        if (localOnly) logger.warn(LOCAL_ONLY);
      },
    },
  };
}
