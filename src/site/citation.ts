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
