import { describe, expect, it } from 'vitest';
import { copyLine, linkHost } from '../../../src/site/citation.ts';

describe('linkHost', () => {
  it('names the host as a reader would, without "www." and without path or port', () => {
    expect(linkHost('http://www.freedomsphoenix.com/News/119908-2012.htm')).toBe('freedomsphoenix.com');
    expect(linkHost('https://assets.documentcloud.org/documents/441887/x.txt')).toBe('assets.documentcloud.org');
    expect(linkHost('https://Example.ORG:8443/a?b#c')).toBe('example.org');
    expect(linkHost('https://www2.example.org/')).toBe('www2.example.org');
  });
});

describe('copyLine', () => {
  const description = 'The copy’s glitches are kept as found: “theBureau”.';

  it('links a copy by its host and keeps the archival note as small print', () => {
    expect(copyLine({ url: 'http://thedailyjournalist.com/theinvestigative/x', description, fidelity: 'exact' })).toEqual({
      href: 'http://thedailyjournalist.com/theinvestigative/x',
      text: 'Copy at thedailyjournalist.com',
      note: `Exact copy. ${description}`,
    });
  });

  it('says how faithful the excerpt is and when the copy was read', () => {
    expect(copyLine({ url: 'https://example.org/a', description: 'A reprint.', fidelity: 'truncated', accessed: '2026-05-03' }).note).toBe(
      'Truncated: the copy ends mid-sentence. Read on 3 May 2026. A reprint.',
    );
  });

  it('names a copy without an address by its description, with no link', () => {
    expect(copyLine({ description: 'The founding blog post of this site.', fidelity: 'ocr' })).toEqual({
      href: undefined,
      text: 'The founding blog post of this site.',
      note: 'OCR text: may differ from the original.',
    });
  });
});
