/**
 * Field types shared by every collection schema. Plain-Node loadable: `z` comes from
 * `astro/zod`, so the validator script and Astro's content layer use the very same schema.
 */
import { z } from 'astro/zod';
import { dateFromWords } from '../date-words.ts';
import { isInFuture, parsePartialDate } from '../dates.ts';

/** Lower-case words joined by hyphens: the form of every id and file name. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id, or a reference to another file by its id (its file name without `.md`). */
export const idSchema = z
  .string()
  .min(1, { message: 'must not be empty', abort: true })
  .regex(ID_PATTERN, { message: 'must be lower-case words joined by hyphens, e.g. `atf-phoenix-office`' });

/**
 * The JSON Schema keyword that marks a reference: `"x-references": "actors"` on a field whose
 * value is the id of an actor. zod copies it from `.meta()` into the generated JSON Schemas,
 * where `npm run schemas` finds it to offer the current ids for completion and to give the
 * web editor a relation widget. A field is a reference because the schema says so, never
 * because a list elsewhere does.
 */
export const REFERENCES_KEYWORD = 'x-references';

/** A reference to another file by its id: `collection` is the folder under `content/` it must be in (`actors`). */
export function referenceTo(collection: 'entries' | 'sources' | 'actors' | 'topics' | 'places') {
  return idSchema.meta({ [REFERENCES_KEYWORD]: collection });
}

// Control characters (NUL, ESC, …) have no place in prose and can disturb terminals and logs; tabs and line breaks are allowed.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Non-empty text; surrounding spaces are an editing slip, not content. */
export const textSchema = z
  .string()
  .min(1, { message: 'must not be empty' })
  .refine((value) => value.trim() === value, { message: 'must not start or end with spaces' })
  .refine((value) => !CONTROL_CHARACTER.test(value), {
    message: 'contains a control character',
    params: { hint: 'retype the text; control characters usually come from copying out of PDFs or terminals' },
  });

/**
 * A date with the precision its source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * YAML reads a bare year (`2011`) as a number; it is accepted and kept as text.
 */
export const partialDateSchema = z
  .union([z.string(), z.int()])
  .transform((value) => String(value))
  .superRefine((text, context) => {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) {
      const inWords = dateFromWords(text);
      const hint = inWords ? `write it as \`${inWords}\`` : parsed.hint;
      context.addIssue({ code: 'custom', message: parsed.message, params: { hint } });
    } else if (isInFuture(parsed.date)) {
      context.addIssue({
        code: 'custom',
        message: `${text} is in the future`,
        params: { hint: 'a claim can only be dated on or before today' },
      });
    }
  });

/** A full calendar day, `YYYY-MM-DD`, e.g. the day a web page was read. */
export const dayDateSchema = partialDateSchema.refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text), {
  message: 'must be a full date, YYYY-MM-DD',
});

/** An absolute `http:` or `https:` address. Any other scheme (`javascript:`, `data:`, `ftp:`) is refused. */
export const httpUrlSchema = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    message: 'must be an absolute http(s) address, e.g. `https://www.gao.gov/products/gao-09-709`',
    abort: true,
  })
  // Quotes, angle brackets and spaces are never part of a real address, only of an attempt to break out of an attribute.
  .refine((value) => !/[\s"'<>`]/.test(value), {
    message: 'contains a space, quote or angle bracket',
    params: { hint: 'percent-encode them (%20, %22, %3C, %3E) or copy the address from the browser bar' },
  });

/** A BCP 47 language tag such as `en`, `es` or `es-MX`. */
export const languageSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as `en` or `es`' });
