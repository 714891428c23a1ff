/**
 * The web editor at `/admin/`: Decap CMS, served from node_modules (nothing is fetched from
 * elsewhere at run time), with the configuration `npm run schemas` generated
 * (public/admin/config.yml) completed for this deployment, the previews (public/admin/preview.js)
 * and the site's stylesheet for them.
 *
 * The page is written after the build rather than by Astro, because it cannot live under the
 * site's Content Security Policy, and Astro gives every page it renders that policy. It carries
 * its own, relaxed only as far as Decap needs (see `adminCsp`). No other page loads it or its
 * scripts; it is not in the sitemap, so neither the page budgets nor axe visit it.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseDocument } from 'yaml';
import { repositoryFrom, type Repository } from '../site/repository.ts';

/** The files of Decap's prebuilt bundle the page loads: the script, its chunks, their WebAssembly and licences. */
const BUNDLE_FILE = /^(?:decap-cms\.js|[\w-]+\.decap-cms\.js|decap-cms\.js\.LICENSE\.txt|[\da-f]+\.wasm)$/;

export interface AdminSettings {
  readonly repository: Repository | undefined;
  /** The site's public address with its base path, without a trailing slash, when it has one. */
  readonly siteUrl: string | undefined;
  /** decap-server's API on a clone. */
  readonly localBackendUrl: string;
  /** The OAuth server that signs editors in to GitHub (it holds the OAuth app's secret). */
  readonly oauthBaseUrl: string | undefined;
  readonly oauthEndpoint: string | undefined;
}

export function adminSettings(env: Record<string, string | undefined>, manifestRepository: unknown, base: string): AdminSettings {
  const site = env['SITE_URL']?.replace(/\/+$/, '');
  const port = Number(env['DECAP_SERVER_PORT'] ?? 8081);
  return {
    repository: repositoryFrom(env, manifestRepository as string | { url?: string } | undefined),
    siteUrl: site ? `${site}${base.replace(/\/+$/, '')}` : undefined,
    localBackendUrl: `http://localhost:${Number.isInteger(port) && port > 0 ? port : 8081}/api/v1`,
    oauthBaseUrl: env['DECAP_OAUTH_URL']?.replace(/\/+$/, '') || undefined,
    oauthEndpoint: env['DECAP_OAUTH_ENDPOINT'] || undefined,
  };
}

/** The generated configuration, completed with this deployment's repository and addresses. */
export function deploymentConfig(generated: string, settings: AdminSettings): string {
  const document = parseDocument(generated);
  const { repository } = settings;
  if (repository?.host === 'github' && repository.path) {
    document.setIn(['backend', 'repo'], repository.path);
    document.setIn(['backend', 'branch'], repository.branch);
  }
  if (settings.oauthBaseUrl) document.setIn(['backend', 'base_url'], settings.oauthBaseUrl);
  if (settings.oauthEndpoint) document.setIn(['backend', 'auth_endpoint'], settings.oauthEndpoint);
  document.setIn(['local_backend', 'url'], settings.localBackendUrl);
  if (settings.siteUrl) {
    document.set('site_url', settings.siteUrl);
    document.set('display_url', settings.siteUrl);
  }
  return document.toString({ lineWidth: 0 });
}

/**
 * The admin page's policy, and why each part is there:
 * - scripts from this site only, plus `'unsafe-eval'`: Decap validates its configuration with
 *   ajv, which compiles schemas into functions (without it the page stays blank);
 *   `'wasm-unsafe-eval'`: its media library re-encodes uploaded images in WebAssembly;
 * - `style-src 'unsafe-inline'`: Decap's components are styled by emotion, which writes
 *   `<style>` elements at run time, and React sets `style` attributes;
 * - `connect-src` GitHub's API (the GitHub backend reads and writes the repository and opens
 *   pull requests there) and decap-server on this machine (the local backend);
 * - `img-src` GitHub's avatars (the signed-in editor's), `data:` and `blob:` (Decap's icons and previews).
 * Everything else stays as on the rest of the site: no plugins, no other origin, no framing of forms.
 */
export function adminCsp(settings: AdminSettings): string {
  const localOrigin = new URL(settings.localBackendUrl).origin;
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    `connect-src 'self' https://api.github.com ${localOrigin}`,
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function adminPage(settings: AdminSettings): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${adminCsp(settings)}">`,
    '<meta name="robots" content="noindex">',
    '<title>Web editor · U.S. Agents in Mexico</title>',
    '<link href="config.yml" type="text/yaml" rel="cms-config-url">',
    '</head>',
    '<body>',
    '<noscript><p>The web editor needs JavaScript. Without it, edit the files in <code>content/</code> and open a pull request: see CONTRIBUTING.md.</p></noscript>',
    '<script src="decap-cms.js"></script>',
    '<script src="preview.js"></script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function decapDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** Every file of `/admin/` by name: generated text, or the path of a file to copy. */
export function adminFiles(root: string, settings: AdminSettings): Map<string, { text: string } | { path: string }> {
  const files = new Map<string, { text: string } | { path: string }>();
  const dist = decapDist();
  for (const name of readdirSync(dist).sort()) if (BUNDLE_FILE.test(name)) files.set(name, { path: join(dist, name) });
  files.set('index.html', { text: adminPage(settings) });
  files.set('config.yml', { text: deploymentConfig(readFileSync(join(root, 'public/admin/config.yml'), 'utf8'), settings) });
  files.set('preview.js', { path: join(root, 'public/admin/preview.js') });
  files.set('site.css', { path: join(root, 'src/styles/global.css') });
  return files;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export default function decapAdmin(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  const settings = () => {
    let manifestRepository: unknown;
    try {
      manifestRepository = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository?: unknown }).repository;
    } catch {
      manifestRepository = undefined;
    }
    return adminSettings(process.env, manifestRepository, base);
  };
  return {
    name: 'decap-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        // `npm run dev`: the same files, read on each request so that a regenerated configuration shows at once.
        server.middlewares.use(`${base.replace(/\/?$/, '/')}admin`, (request, response, next) => {
          const name = (request.url ?? '/').split('?')[0]?.replace(/^\/+/, '') || 'index.html';
          const file = adminFiles(root, settings()).get(name);
          if (!file) return next();
          response.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          response.end('text' in file ? file.text : readFileSync(file.path));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        const files = adminFiles(root, settings());
        for (const [name, file] of files) {
          if ('text' in file) writeFileSync(join(out, name), file.text);
          else copyFileSync(file.path, join(out, name));
        }
        logger.info(`wrote the web editor to admin/ (${files.size} files, Decap CMS from node_modules)`);
      },
    },
  };
}
