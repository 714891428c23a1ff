/**
 * Source titles in square brackets are supplied titles (a cataloguing convention): the editors'
 * description of a document whose own title the copy read does not give. Readers are told so
 * where the title appears, rather than left with brackets that look like an editing slip.
 */
export interface SourceTitle {
  /** The words to show, without the brackets. */
  readonly text: string;
  /** True when the title was supplied by the site's editors. */
  readonly supplied: boolean;
}

export function sourceTitle(title: string): SourceTitle {
  const match = /^\[([^[\]]+)\]$/.exec(title.trim());
  return match ? { text: (match[1] as string).trim(), supplied: true } : { text: title, supplied: false };
}

/** The note shown beside a supplied title. */
export const SUPPLIED_TITLE_NOTE = 'description by the site’s editors; the copy read gives no title';
