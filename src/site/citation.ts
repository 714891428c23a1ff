/** Short descriptions of sources for lists and evidence lines. */
import { formatPartialDate, partialDate } from '../domain/dates.ts';
import type { Source } from '../domain/schema/index.ts';

/** "Associated Press" or "Attkisson, Sharyl": authors as a reader expects them. */
export function formatAuthors(source: Source): string {
  return source.authors.map((author) => ('literal' in author ? author.literal : author.given ? `${author.given} ${author.family}` : author.family)).join(', ');
}

/** "CBS News, 2011 (approximate date)": who published it and when, with the date's precision. */
export function sourceByline(source: Source): string {
  const publisher = source.publisher ?? source.containerTitle ?? formatAuthors(source);
  const date = source.issued ? formatPartialDate(partialDate(source.issued), { circa: source.issuedCirca }) : 'undated';
  return publisher ? `${publisher}, ${date}` : date;
}

/**
 * "documentcloud.org": the host of an address as a reader names it, without "www.". The link
 * text of a copy, so a reader sees where a link leads before following it.
 */
export function linkHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** One copy of a source as a line: the link's text (or the copy's description when it has no address) and the small print beside it. */
export interface CopyLine {
  readonly href: string | undefined;
  readonly text: string;
  readonly note: string;
}

/**
 * "Copy at thedailyjournalist.com", with the archival note ("Exact copy. Read on 3 May 2026. The
 * copy's glitches are kept as found…") as small print beside it: the note is about the copy,
 * too long and too odd to be a link's text.
 */
export function copyLine(copy: Source['copies'][number]): CopyLine {
  const fidelity = FIDELITY_LABELS[copy.fidelity];
  const read = copy.accessed ? ` Read on ${formatPartialDate(partialDate(copy.accessed))}.` : '';
  const facts = `${fidelity.charAt(0).toUpperCase()}${fidelity.slice(1)}.${read}`;
  return copy.url
    ? { href: copy.url, text: `Copy at ${linkHost(copy.url)}`, note: `${facts} ${copy.description}` }
    : { href: undefined, text: copy.description, note: facts };
}

export const FIDELITY_LABELS = {
  exact: 'exact copy',
  truncated: 'truncated: the copy ends mid-sentence',
  ocr: 'OCR text: may differ from the original',
} as const;

const SOURCE_TYPE_LABELS: Record<Source['type'], string> = {
  'article-newspaper': 'News article',
  'article-magazine': 'Magazine article',
  article: 'Article',
  broadcast: 'Broadcast report',
  'post-weblog': 'Blog post',
  webpage: 'Web page',
  report: 'Report',
  hearing: 'Hearing',
  personal_communication: 'Letter',
  speech: 'Speech',
  legal_case: 'Court case',
  legislation: 'Legislation',
  'entry-encyclopedia': 'Encyclopedia entry',
  interview: 'Interview',
  document: 'Document',
};

export function sourceTypeLabel(source: Source): string {
  return source.genre ?? SOURCE_TYPE_LABELS[source.type];
}
