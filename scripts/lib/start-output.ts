/** What `npm start` says of Astro's output: a short build summary, and the address being served. */

const ANSI = /\u001b\[[0-9;]*m/g;

const plain = (text: string) => text.replace(ANSI, '');

/**
 * The build in a few lines: how many pages in how long, the search index, and any warning or
 * error. The SITE_URL warning is left out: local addresses are right for a local preview.
 */
export function buildSummary(output: string): string[] {
  const lines = plain(output).split('\n');
  const summary: string[] = [];
  const built = lines.map((line) => /(\d+) page\(s\) built in ([\d.]+)s/.exec(line)).find(Boolean);
  const indexed = lines.map((line) => /Pagefind indexed (\d+) pages/.exec(line)).find(Boolean);
  if (built) summary.push(`Built ${built[1]} pages in ${Number(built[2]).toFixed(1)} s${indexed ? `, ${indexed[1]} of them in the search index` : ''}.`);
  const notices = new Set<string>();
  for (const line of lines) {
    const notice = /\[(WARN|ERROR)\]\s*(.*)$/.exec(line);
    if (!notice || /\[site-address\]/.test(line)) continue;
    notices.add(`${notice[1] === 'WARN' ? 'Warning' : 'Error'}: ${notice[2]}`);
  }
  return [...summary, ...notices];
}

/** The local address `astro preview` reports it is serving, once it has said so. */
export function previewAddress(output: string): string | undefined {
  return /Local\s+(https?:\/\/\S+)/.exec(plain(output))?.[1];
}
