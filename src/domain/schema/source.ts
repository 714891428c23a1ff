import { z } from 'astro/zod';
import { dayDateSchema, httpUrlSchema, idSchema, languageSchema, partialDateSchema, referenceTo, textSchema } from './common.ts';

/** CSL item types this site cites. `document` with a `genre` covers press releases and similar. */
export const SOURCE_TYPES = [
  'article-newspaper',
  'article-magazine',
  'article',
  'broadcast',
  'post-weblog',
  'webpage',
  'report',
  'hearing',
  'personal_communication',
  'speech',
  'legal_case',
  'legislation',
  'entry-encyclopedia',
  'interview',
  'document',
] as const;

/** How faithful the stored excerpt is to the copy it was taken from. */
export const FIDELITIES = ['exact', 'truncated', 'ocr'] as const;

/** A person or body credited as author, in CSL's name form. */
export const authorSchema = z.union([
  z.strictObject({
    /** Family name, e.g. "Attkisson". */
    family: textSchema,
    /** Given names, e.g. "Sharyl". */
    given: textSchema.optional(),
  }),
  z.strictObject({
    /** A name not split into parts, e.g. an institution: "Office of the Inspector General". */
    literal: textSchema,
  }),
]);

/** An archived snapshot of the document, e.g. on the Wayback Machine. */
export const archiveLinkSchema = z.strictObject({
  /** Address of the snapshot. */
  url: httpUrlSchema,
  /** Day the snapshot was taken, `YYYY-MM-DD`. */
  archived: dayDateSchema.optional(),
});

/**
 * The copy the stored excerpt was actually taken from, when it is not the document itself:
 * a reprint, a mirror, a blog quoting it, or the founding document of this site.
 */
export const copySchema = z.strictObject({
  /** Address of the copy, only when it is known. */
  url: httpUrlSchema.optional(),
  /** What the copy is, e.g. "Reprinted in an undated blog post that compiles three reports". */
  description: textSchema,
  /** Fidelity of the excerpt to this copy: `exact`, `truncated` (ends mid-sentence) or `ocr` (damaged text). */
  fidelity: z.enum(FIDELITIES).default('exact'),
  /** Day the copy was read, `YYYY-MM-DD`. */
  accessed: dayDateSchema.optional(),
});

/**
 * One cited document. The file's body is its archived text: the excerpt(s) stored in this
 * repository that every quote citing the source is checked against. Passages are separated by
 * blank lines; a quote must lie within one passage.
 */
export const sourceSchema = z.strictObject({
  /** The source's id: must equal the file name without `.md`, e.g. `cbs-2011-dodson-interview`. */
  id: idSchema,
  /** CSL item type, e.g. `article-newspaper`, `report`, `hearing`, `post-weblog`, `document`. */
  type: z.enum(SOURCE_TYPES),
  /** The document's own title, as published. When it has none, a bracketed description: "[Untitled blog post]". */
  title: textSchema,
  /** The newspaper, site, programme or series it appeared in, e.g. "Winnipeg Free Press". */
  containerTitle: textSchema.optional(),
  /** The organisation that published it, e.g. "CBS News". */
  publisher: textSchema.optional(),
  /** Id of the actor that published it, when that actor is in the actors collection. */
  publisherActor: referenceTo('actors').optional(),
  /** CSL genre, e.g. "Press release", "Letter", "Staff report". */
  genre: textSchema.optional(),
  /** Report or document number, e.g. "GAO-09-709". */
  number: textSchema.optional(),
  /** Authors, in CSL's name form. */
  authors: z.array(authorSchema).default([]),
  /** Publication date with the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Leave it out when the document is undated and no date can be inferred; say why in `issuedBasis`. */
  issued: partialDateSchema.optional(),
  /** True when the publication date is approximate (inferred rather than printed). */
  issuedCirca: z.boolean().default(false),
  /** How the publication date was established when the document does not print it. */
  issuedBasis: textSchema.optional(),
  /** The document's own address, only when it is known for certain. Never constructed. */
  url: httpUrlSchema.optional(),
  /** Day the document (or its copy) was read, `YYYY-MM-DD`. */
  accessed: dayDateSchema.optional(),
  /** Archived snapshots of the document. */
  archives: z.array(archiveLinkSchema).default([]),
  /** Where the stored excerpt was taken from, when that is a reprint or mirror rather than the document. */
  copies: z.array(copySchema).default([]),
  /** Language of the archived text, a BCP 47 tag. */
  language: languageSchema.default('en'),
  /** Licence or rights note for the excerpt, e.g. "Public domain (U.S. government work)". */
  rights: textSchema.optional(),
  /** Editorial note about the source: what it is, how it relates to other sources. */
  note: textSchema.optional(),
});

export type Source = z.output<typeof sourceSchema>;
