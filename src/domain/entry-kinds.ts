/**
 * The three kinds of entry, in a module of their own without zod, so that code shipped to the
 * browser (the timeline's filters and layout) can name them without bundling the schema library.
 */
export const ENTRY_KINDS = ['event', 'statement', 'count'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
