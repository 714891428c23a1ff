import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readIndexedPages } from '../../../src/integrations/pagefind.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A Pagefind output folder whose `fragment/` holds the given files (name → bytes). */
function pagefindDir(files: Record<string, Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'fragment'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, 'fragment', name), bytes);
  return dir;
}
const record = (value: unknown, signature = 'pagefind_dcd') => gzipSync(Buffer.from(`${signature}${JSON.stringify(value)}`));

describe('readIndexedPages', () => {
  it('reads one page per fragment, or the pages of a group', () => {
    const dir = pagefindDir({
      'en_1.pf_fragment': record({ url: '/a/', content: 'Alpha.', meta: { title: 'A' }, filters: {} }),
      'en_2.pf_fragment': record({ h1: { url: '/b/', content: 'Beta.' }, h2: { url: '/c/', content: 'Gamma.' } }),
      'notes.txt': Buffer.from('not a fragment'),
    });
    expect(
      readIndexedPages(dir)
        .map((page) => page.url)
        .sort(),
    ).toEqual(['/a/', '/b/', '/c/']);
    expect(readIndexedPages(dir).find((page) => page.url === '/a/')).toMatchObject({ content: 'Alpha.', meta: { title: 'A' } });
  });

  it('stops with a message naming the file and what to adapt when the format changes', () => {
    expect(() => readIndexedPages(pagefindDir({ 'en_1.pf_fragment': Buffer.from('plain') }))).toThrow(
      /en_1\.pf_fragment is not gzip-compressed.*readIndexedPages in src\/integrations\/pagefind\.ts/,
    );
    expect(() => readIndexedPages(pagefindDir({ 'en_1.pf_fragment': record({ url: '/a/' }, 'pagefind_v2') }))).toThrow(
      /does not start with the "pagefind_dcd" signature/,
    );
    expect(() => readIndexedPages(pagefindDir({ 'en_1.pf_fragment': record({ page: '/a/', text: 'x' }) }))).toThrow(/holds neither a page/);
  });
});
