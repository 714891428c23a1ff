/** Reading the built site: its HTML pages and the files a URL path resolves to. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files;
}

export function htmlPages(dist: string): string[] {
  return listFiles(dist).filter((file) => file.endsWith('.html'));
}

/**
 * The site's own pages: every HTML page but the web editor's (`admin/`, Decap CMS), which is an
 * application with its own markup, styles and CSP, outside the sitemap and the site's page checks.
 */
export function sitePages(dist: string): string[] {
  return htmlPages(dist).filter((file) => !file.startsWith('admin/'));
}

/** The file a site path is served from (`/a/` → `a/index.html`), or undefined. */
export function fileForPath(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]?.split('?')[0] ?? '').replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile());
}

/** The site path of a built page: `a/index.html` → `/a/`. */
export function pathForPage(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
