import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentLoader } from '../../../src/site/content-loader.ts';
import { formatProblems, validateContentDir } from '../../../src/domain/validation/index.ts';

const validContent = join(import.meta.dirname, '../../fixtures/valid/content');

function projectWith(extra?: { path: string; text: string }): string {
  const root = mkdtempSync(join(tmpdir(), 'loader-'));
  cpSync(validContent, join(root, 'content'), { recursive: true });
  if (extra) writeFileSync(join(root, 'content', extra.path), extra.text);
  return root;
}

/** A stand-in for Astro's loader context that records what the loader stores. */
function fakeContext(root: string) {
  const stored: { id: string; data: Record<string, unknown>; body?: string; rendered?: unknown }[] = [];
  const context = {
    collection: 'entries',
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => stored.splice(0), set: (entry: (typeof stored)[number]) => stored.push(entry) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (body: string) => ({ html: `<rendered>${body}</rendered>` }),
    generateDigest: (value: unknown) => String(JSON.stringify(value).length),
    logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn() },
  } as unknown as LoaderContext;
  return { context, stored };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the Astro content loader', () => {
  it('stores exactly what the validator parsed: one parser, one schema for both paths', async () => {
    const root = projectWith();
    const { context, stored } = fakeContext(root);
    await contentLoader('entries').load(context);
    const validated = validateContentDir(join(root, 'content'), root).content.entries;
    expect(stored.map((entry) => entry.id).sort()).toEqual(validated.map((entry) => entry.id).sort());
    for (const document of validated) {
      const entry = stored.find((item) => item.id === document.id);
      expect(entry?.data).toEqual(document.parsed.data);
      expect(entry?.body).toBe(document.body);
      expect(entry?.rendered).toEqual({ html: `<rendered>${document.body}</rendered>` });
    }
  });

  it('does not render source bodies as Markdown: they are archived text', async () => {
    const root = projectWith();
    const { context, stored } = fakeContext(root);
    await contentLoader('sources').load(context);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((entry) => entry.rendered === undefined)).toBe(true);
  });

  it("fails the build with the validator's own lines, and no stack trace", async () => {
    const root = projectWith({ path: 'entries/broken.md', text: '---\nid: broken\nkind: evnt\n---\n' });
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const { context } = fakeContext(root);
    const error = await contentLoader('entries')
      .load(context)
      .then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );
    const expected = formatProblems(validateContentDir(join(root, 'content'), root).problems);
    expect(expected).toContain('content/entries/broken.md:3:1  kind  "evnt" is not a kind of entry');
    expect(written.join('')).toContain(expected);
    expect(error?.message).toMatch(/^Content has \d+ problems?, listed above\.$/);
    expect(error?.stack).toBe('');
  });
});
