/**
 * Citations of sources and entries in CSL-JSON, BibTeX and RIS. Written by hand: each
 * format is small, and tests parse the output with independent parsers from npm.
 */
import { formatPartialDate, partialDate, type PartialDate } from '../../domain/dates.ts';
import type { Source } from '../../domain/schema/index.ts';
import { LOCAL_PREVIEW_NOTE } from '../address.ts';

export interface CitableSource {
  readonly id: string;
  readonly data: Source;
  /** Address of the source's page on this site; undefined in a local build, which has no public one. */
  readonly pageUrl: string | undefined;
}

/** Where the excerpt can be read: the source's page, or that a local build has no address. */
function archivedExcerptNote(source: CitableSource): string {
  return `Archived excerpt: ${source.pageUrl ?? LOCAL_PREVIEW_NOTE}`;
}

type CslDate = { 'date-parts': number[][]; circa?: boolean };

function cslDate(date: PartialDate, circa = false): CslDate {
  const parts = [date.year, ...(date.month ? [date.month] : []), ...(date.day ? [date.day] : [])];
  return { 'date-parts': [parts], ...(circa ? { circa: true } : {}) };
}

/** A CSL-JSON item for a source (citeproc-js, Zotero and pandoc read it). */
export function sourceToCsl(source: CitableSource): Record<string, unknown> {
  const { data } = source;
  return {
    id: source.id,
    type: data.type,
    title: data.title,
    ...(data.containerTitle ? { 'container-title': data.containerTitle } : {}),
    ...(data.publisher ? { publisher: data.publisher } : {}),
    ...(data.genre ? { genre: data.genre } : {}),
    ...(data.number ? { number: data.number } : {}),
    ...(data.authors.length > 0
      ? {
          author: data.authors.map((author) =>
            'literal' in author ? { literal: author.literal } : { family: author.family, ...(author.given ? { given: author.given } : {}) },
          ),
        }
      : {}),
    ...(data.issued ? { issued: cslDate(partialDate(data.issued), data.issuedCirca) } : {}),
    ...(data.url ? { URL: data.url } : {}),
    ...(data.accessed ? { accessed: cslDate(partialDate(data.accessed)) } : {}),
    ...(data.language ? { language: data.language } : {}),
    note: archivedExcerptNote(source),
  };
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text safe inside a BibTeX field: TeX specials escaped, line breaks flattened. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}%&$#_^~]/g, (char) => BIBTEX_SPECIALS[char] ?? char);
}

const BIBTEX_TYPES: Partial<Record<Source['type'], string>> = {
  'article-newspaper': 'article',
  'article-magazine': 'article',
  article: 'article',
  report: 'techreport',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** One BibTeX entry for a source. */
export function sourceToBibtex(source: CitableSource): string {
  const { data } = source;
  const issued = data.issued ? partialDate(data.issued) : undefined;
  const type = BIBTEX_TYPES[data.type] ?? 'misc';
  const fields: [string, string][] = [
    // Double braces keep the title's capitals as written.
    ['title', `{${escapeBibtex(data.title)}}`],
  ];
  if (data.authors.length > 0) {
    fields.push([
      'author',
      data.authors
        .map((author) =>
          'literal' in author ? `{${escapeBibtex(author.literal)}}` : `${escapeBibtex(author.family)}${author.given ? `, ${escapeBibtex(author.given)}` : ''}`,
        )
        .join(' and '),
    ]);
  }
  if (data.containerTitle) fields.push([type === 'article' ? 'journal' : 'howpublished', escapeBibtex(data.containerTitle)]);
  if (data.publisher) fields.push([type === 'techreport' ? 'institution' : 'publisher', escapeBibtex(data.publisher)]);
  if (data.number) fields.push(['number', escapeBibtex(data.number)]);
  if (issued) fields.push(['year', String(issued.year)]);
  if (issued?.month) fields.push(['month', MONTHS[issued.month - 1] as string]);
  if (data.url) fields.push(['url', data.url]);
  if (data.accessed) fields.push(['urldate', data.accessed]);
  fields.push(['note', escapeBibtex(`${data.issuedCirca ? 'Date approximate. ' : ''}${archivedExcerptNote(source)}`)]);
  // Month values are BibTeX macros and stay bare; every other value is braced.
  const body = fields.map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`}`).join(',\n');
  return `@${type}{${source.id},\n${body}\n}\n`;
}

const RIS_TYPES: Partial<Record<Source['type'], string>> = {
  'article-newspaper': 'NEWS',
  'article-magazine': 'MGZN',
  article: 'JOUR',
  broadcast: 'VIDEO',
  'post-weblog': 'BLOG',
  webpage: 'ELEC',
  report: 'RPRT',
  hearing: 'HEAR',
  personal_communication: 'PCOMM',
  legal_case: 'CASE',
  legislation: 'BILL',
  'entry-encyclopedia': 'ENCYC',
};

function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
}

/** One RIS record for a source (EndNote, Zotero, Mendeley). */
export function sourceToRis(source: CitableSource): string {
  const { data } = source;
  const issued = data.issued ? partialDate(data.issued) : undefined;
  const lines = [risLine('TY', RIS_TYPES[data.type] ?? 'GEN'), risLine('ID', source.id), risLine('TI', data.title)];
  for (const author of data.authors)
    lines.push(risLine('AU', 'literal' in author ? author.literal : `${author.family}${author.given ? `, ${author.given}` : ''}`));
  if (data.containerTitle) lines.push(risLine('T2', data.containerTitle));
  if (data.publisher) lines.push(risLine('PB', data.publisher));
  if (data.number) lines.push(risLine('SN', data.number));
  if (issued) {
    lines.push(risLine('PY', String(issued.year)));
    lines.push(
      risLine('DA', `${issued.year}/${issued.month ? String(issued.month).padStart(2, '0') : ''}/${issued.day ? String(issued.day).padStart(2, '0') : ''}/`),
    );
  }
  if (data.url) lines.push(risLine('UR', data.url));
  if (data.accessed) lines.push(risLine('Y2', data.accessed.replace(/-/g, '/')));
  lines.push(risLine('N1', `${data.issuedCirca ? 'Date approximate. ' : ''}${archivedExcerptNote(source)}`));
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

export interface CitableEntry {
  readonly id: string;
  readonly title: string;
  /** The entry page's public address; undefined in a local build. */
  readonly pageUrl: string | undefined;
  readonly siteName: string;
}

/**
 * "Title." Site name. Permalink (accessed 28 November 2026): the reader's citation of an entry.
 * A local build has no permalink to give, and says so instead of giving a localhost address.
 */
export function entryCitationText(entry: CitableEntry, accessed: PartialDate | undefined): string {
  if (!entry.pageUrl) return `“${entry.title}.” ${entry.siteName} (${LOCAL_PREVIEW_NOTE}).`;
  return `“${entry.title}.” ${entry.siteName}. ${entry.pageUrl}${accessed ? ` (accessed ${formatPartialDate(accessed)})` : ''}.`;
}

/** A BibTeX `@misc` for an entry page. */
export function entryToBibtex(entry: CitableEntry, accessed: string): string {
  return [
    `@misc{${entry.id},`,
    `  title = {{${escapeBibtex(entry.title)}}},`,
    `  howpublished = {${escapeBibtex(entry.siteName)}},`,
    ...(entry.pageUrl ? [`  url = {${entry.pageUrl}},`, `  urldate = {${accessed}},`] : [`  note = {${escapeBibtex(LOCAL_PREVIEW_NOTE)}},`]),
    '}',
    '',
  ].join('\n');
}
