/**
 * Internal links and anchors of the built site: every `href` and `src` that stays on the
 * site must resolve to a file, and every `#fragment` to an element with that id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileForPath, htmlPages, pathForPage } from './dist.ts';

export interface LinkProblem {
  readonly file: string;
  readonly target: string;
  readonly message: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The site-internal targets in a page: relative and root-relative URLs, resolved against the page. */
export function internalTargets(html: string, pagePath: string, base = '/'): string[] {
  const targets: string[] = [];
  for (const match of html.matchAll(ATTRIBUTE)) {
    const raw = decodeEntities(match[1] ?? '');
    if (raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
    const url = new URL(raw, `http://site${pagePath}`);
    if (!url.pathname.startsWith(base)) continue;
    targets.push(`/${url.pathname.slice(base.length)}${url.hash}`);
  }
  return targets;
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((match) => decodeEntities(match[1] ?? '')));
}

export function checkLinks(dist: string, base = '/'): { problems: LinkProblem[]; pages: number; links: number } {
  const pages = htmlPages(dist);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) {
      set = idsIn(readFileSync(join(dist, file), 'utf8'));
      idCache.set(file, set);
    }
    return set;
  };
  const problems: LinkProblem[] = [];
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const target of internalTargets(html, `${base.replace(/\/$/, '')}${pathForPage(page)}`, base)) {
      links++;
      const [path = '', fragment] = target.split('#');
      const file = fileForPath(dist, path);
      if (!file) {
        problems.push({ file: page, target, message: 'points to no file in the built site' });
        continue;
      }
      // Text fragments (`#:~:text=`) are read by the browser, not matched against ids.
      if (fragment && !fragment.startsWith(':~:') && file.endsWith('.html') && !ids(file).has(decodeURIComponent(fragment))) {
        problems.push({ file: page, target, message: `has no element with id "${decodeURIComponent(fragment)}" in ${file}` });
      }
    }
  }
  return { problems, pages: pages.length, links };
}
