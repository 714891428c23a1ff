import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { partialDate } from '../../../../src/domain/dates.ts';
import {
  entryCitationText,
  entryToBibtex,
  escapeBibtex,
  sourceToBibtex,
  sourceToCsl,
  sourceToRis,
  type CitableSource,
} from '../../../../src/site/data/citations.ts';
import type { Source } from '../../../../src/domain/schema/index.ts';

const data: Source = {
  id: 'example-report',
  type: 'report',
  title: 'Guns & {Braces}: 100% of "Example" cases_2011',
  publisher: 'Example Office of the Inspector General',
  number: 'EX-09-709',
  authors: [{ family: 'Doe', given: 'Jane' }, { literal: 'Fixture Gazette Staff' }],
  issued: '2011-03-20',
  issuedCirca: false,
  url: 'https://example.org/report.pdf',
  accessed: '2026-01-02',
  archives: [],
  copies: [],
  language: 'en',
};
const source: CitableSource = { id: 'example-report', data, pageUrl: 'https://site.example/sources/example-report/' };

describe('citations of a source', () => {
  it('CSL-JSON keeps the date precision and the address only when known', () => {
    const csl = sourceToCsl(source);
    expect(csl['issued']).toEqual({ 'date-parts': [[2011, 3, 20]] });
    expect(csl['URL']).toBe('https://example.org/report.pdf');
    const yearOnly = sourceToCsl({ ...source, data: { ...data, issued: '2011', issuedCirca: true, url: undefined } as Source });
    expect(yearOnly['issued']).toEqual({ 'date-parts': [[2011]], circa: true });
    expect(yearOnly).not.toHaveProperty('URL');
  });

  it('BibTeX escapes TeX specials and parses back with a real parser', () => {
    expect(escapeBibtex('100% & $5 #1 a_b {x} ~^\\')).toBe('100\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}');
    const parsed = parseBibtex(sourceToBibtex(source));
    expect(parsed.errors).toEqual([]);
    const [entry] = parsed.entries;
    expect(entry?.type).toBe('techreport');
    expect(entry?.key).toBe('example-report');
    expect(entry?.fields['title']).toBe('Guns & {Braces}: 100% of "Example" cases_2011');
    expect(entry?.fields['year']).toBe('2011');
  });

  it('RIS parses back with a real parser', async () => {
    const ris = sourceToRis(source);
    expect(ris).toMatch(/^TY {2}- RPRT\r\n/);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    const cite = await Cite.async(ris, { forceType: '@ris/file' });
    expect(cite.data).toHaveLength(1);
    expect(cite.data[0]?.title).toBe(data.title);
    expect(cite.data[0]?.URL).toBe('https://example.org/report.pdf');
  });
});

describe('citations of an entry', () => {
  const entry = { id: 'x', title: 'A claim', pageUrl: 'https://site.example/entries/x/', siteName: 'Site' };
  it('gives title, site, permalink and date', () => {
    expect(entryCitationText(entry, partialDate('2026-11-28'))).toBe('“A claim.” Site. https://site.example/entries/x/ (accessed 28 November 2026).');
  });
  it('gives a BibTeX @misc that parses', () => {
    const parsed = parseBibtex(entryToBibtex(entry, '2026-11-28'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]?.fields['urldate']).toBe('2026-11-28');
  });
  it('never gives a local build’s address as the one to cite, and says it is a local preview', () => {
    const local = { ...entry, pageUrl: undefined };
    expect(entryCitationText(local, partialDate('2026-11-28'))).toBe('“A claim.” Site (local preview: this copy of the site has no public address).');
    const parsed = parseBibtex(entryToBibtex(local, '2026-11-28'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]?.fields['url']).toBeUndefined();
    expect(sourceToCsl({ ...source, pageUrl: undefined })['note']).toBe('Archived excerpt: local preview: this copy of the site has no public address');
    expect(sourceToRis({ ...source, pageUrl: undefined })).not.toContain('localhost');
  });
});
