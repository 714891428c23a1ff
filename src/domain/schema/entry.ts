import { z } from 'astro/zod';
import { partialDate, periodEnd, periodStart } from '../dates.ts';
import { MEASURE_IDS, MEASURES } from '../measures.ts';
import { dayDateSchema, ID_PATTERN, idSchema, languageSchema, partialDateSchema, REFERENCES_KEYWORD, referenceTo, textSchema } from './common.ts';
import { ENTRY_KINDS, type EntryKind } from '../entry-kinds.ts';

/** The three kinds of entry (`src/domain/entry-kinds.ts`, which the browser code imports without zod). */
export { ENTRY_KINDS, type EntryKind };

/** How one entry relates to another. `follows`, `causes` and `corrects` are directed and may not form a cycle. */
export const RELATIONS = ['follows', 'causes', 'contradicts', 'corrects', 'same-as'] as const;
export type Relation = (typeof RELATIONS)[number];

/** How a stated number is to be read. `several` and `range` need `lower` and `upper`; the others need `value`. */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'at-most', 'fewer-than', 'nearly', 'several', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Editorial status of a claim. */
export const STATUSES = ['disputed', 'superseded', 'retracted'] as const;

/** Who made a claim or passed it on: an actor from the actors collection, or a description. */
export const speakerSchema = z
  .strictObject({
    /** Id of the actor, e.g. `pgr`. */
    actor: referenceTo('actors').optional(),
    /** Words for a speaker who is not (or not only) an actor, e.g. "Unnamed officials of the PGR". */
    description: textSchema.optional(),
  })
  .refine((speaker) => speaker.actor !== undefined || speaker.description !== undefined, {
    message: 'needs an `actor` id or a `description`',
  });

/** One piece of evidence: a passage quoted verbatim from a source's archived text. */
export const evidenceSchema = z.strictObject({
  /** Id of the source quoted, a file in `content/sources/`. */
  source: referenceTo('sources'),
  /** The passage, copied character for character from the source's archived text (whitespace and quote-mark styles may differ). */
  quote: textSchema,
  /** Language of the quote when it is not English, e.g. `es`. */
  lang: languageSchema.optional(),
  /** English translation of a quote in another language, with who translated it in `translator`. */
  translation: textSchema.optional(),
  /** Who made the translation, e.g. "Site editors". */
  translator: textSchema.optional(),
  /** Where in the document the passage is: page, paragraph or section, e.g. "p. 4". */
  locator: textSchema.optional(),
});

/** Who said it and through whom it reached the source quoted. */
export const attributionSchema = z.strictObject({
  /** Who made the claim. */
  by: speakerSchema,
  /** Who relayed it, nearest the claimant first: the AP citing the GAO is `by: gao`, `via: [ap]`. */
  via: z.array(speakerSchema).default([]),
});

/** A link to another entry with the kind of relation. */
export const relatedSchema = z.strictObject({
  /** Id of the related entry. */
  entry: referenceTo('entries'),
  /** One of `follows`, `causes`, `contradicts`, `corrects`, `same-as`, read as "this entry <relation> that one". */
  relation: z.enum(RELATIONS),
  /** Why they are related, when it is not obvious. */
  note: textSchema.optional(),
});

/** The editorial status of a claim, shown prominently on its page. */
export const statusSchema = z.strictObject({
  /** `disputed`, `superseded` or `retracted`. */
  value: z.enum(STATUSES),
  /** Why, in a sentence an editor can defend. */
  reason: textSchema,
});

/** A measure id from the closed vocabulary; editors' tools show each one's definition. */
const measureSchema = z.enum(MEASURE_IDS).meta({ enumDescriptions: MEASURE_IDS.map((id) => MEASURES[id].definition) });

const nonNegative = z.number().min(0, { message: 'must not be negative' });

/** An editorial correction, shown prominently on the entry's page. */
export const correctionSchema = z.strictObject({
  /** Day the correction was made, `YYYY-MM-DD`. */
  date: dayDateSchema,
  /** What was wrong, what it now says, and on what evidence. */
  note: textSchema,
});

/** A quantity claim: how many of what, of whom, as of when, in the words of the source. */
export const quantitySchema = z
  .strictObject({
    /** What is counted: one of the measures declared in `src/domain/measures.ts` (listed below), e.g. `agents-in-mexico`. A new kind of figure needs a new measure there. */
    measure: measureSchema,
    /** Id of the actor whose people or things are counted, e.g. `dea`. */
    subject: referenceTo('actors'),
    /** The number, for `exact`, `about`, `more-than`, `at-least`, `at-most`, `fewer-than` and `nearly`. */
    value: nonNegative.optional(),
    /** Lowest number the words allow, for `several` and `range`. */
    lower: nonNegative.optional(),
    /** Highest number the words allow, for `several` and `range`. */
    upper: nonNegative.optional(),
    /** How the number is to be read: `exact`, `about`, `more-than`, `at-least`, `at-most`, `fewer-than`, `nearly` ("nearly", "almost": just under the value), `several` or `range`. */
    qualifier: z.enum(QUALIFIERS),
    /** What one unit is, plural: "agents", "deputies", "staff", "people killed". */
    unit: textSchema,
    /** When the count held, with the precision the source gives. */
    asOf: partialDateSchema,
    /** End of the period the count held, when the source gives one. */
    asOfEnd: partialDateSchema.optional(),
    /** The words of the source, e.g. "more than 60"; they must appear in one of the entry's quotes. */
    stated: textSchema,
    /** True when the figure is a plan, target or projection stated at `asOf` ("we're going to go to 40"), not a count of what there was then. Planned figures are compared only with planned ones. */
    planned: z.boolean().default(false),
  })
  .superRefine((quantity, context) => {
    const needsBounds = quantity.qualifier === 'several' || quantity.qualifier === 'range';
    if (needsBounds) {
      for (const bound of ['lower', 'upper'] as const) {
        if (quantity[bound] === undefined) {
          context.addIssue({
            code: 'custom',
            path: [bound],
            message: `is required when qualifier is \`${quantity.qualifier}\``,
            params: { hint: 'give the lowest and highest numbers the words allow' },
          });
        }
      }
      if (quantity.value !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['value'],
          message: `is not used with qualifier \`${quantity.qualifier}\``,
          params: { hint: 'use `lower` and `upper` instead' },
        });
      }
    } else {
      if (quantity.value === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['value'],
          message: `is required when qualifier is \`${quantity.qualifier}\``,
          params: { hint: 'give the number as stated, e.g. `value: 60` for "more than 60"' },
        });
      }
      for (const bound of ['lower', 'upper'] as const) {
        if (quantity[bound] !== undefined) {
          context.addIssue({
            code: 'custom',
            path: [bound],
            message: `is only used with qualifiers \`several\` and \`range\``,
            params: { hint: 'remove it, or change the qualifier' },
          });
        }
      }
    }
    if (quantity.lower !== undefined && quantity.upper !== undefined && quantity.lower > quantity.upper) {
      context.addIssue({
        code: 'custom',
        path: ['upper'],
        message: `(${quantity.upper}) is below lower (${quantity.lower})`,
        params: { hint: 'swap the bounds' },
      });
    }
    addEndBeforeStartIssue(quantity.asOf, quantity.asOfEnd, 'asOfEnd', context);
  });

function addEndBeforeStartIssue(start: string, end: string | undefined, field: string, context: z.core.$RefinementCtx<unknown>): void {
  if (end === undefined) return;
  try {
    // A coarser end may contain the start (2011-03-01 to 2011): only an end period that is
    // over before the start begins is wrong.
    if (periodEnd(partialDate(end)) <= periodStart(partialDate(start))) {
      context.addIssue({
        code: 'custom',
        path: [field],
        message: `(${end}) is before the start (${start})`,
        params: { hint: 'the end of a period must be on or after its start' },
      });
    }
  } catch {
    // An unparsable date has already been reported by its own field.
  }
}

/** Fields every entry has, whatever its kind. */
const entryFields = {
  /** The entry's id: must equal the file name without `.md`, e.g. `dodson-says-atf-let-guns-walk`. */
  id: idSchema,
  /** A headline stating the claim, e.g. "PGR says 500 U.S. agents work in Mexico". */
  title: textSchema,
  /** One or two sentences saying what the claim is and who makes it. */
  summary: textSchema,
  /** When it happened or was said, with the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: partialDateSchema,
  /** End of the period, for things that lasted. */
  end: partialDateSchema.optional(),
  /** True when the date is approximate (inferred from the source rather than stated). */
  circa: z.boolean().default(false),
  /** How the date was established when the source does not state it, e.g. "The article calls the killing 'last month'". */
  dateBasis: textSchema.optional(),
  /** Ids of the actors involved (agencies, organisations, people). */
  actors: z.array(referenceTo('actors')).default([]),
  /** Ids of the topics (storylines) this entry belongs to; at least one. */
  topics: z.array(referenceTo('topics')).min(1, { message: 'needs at least one topic' }),
  /** Ids of the places where it happened or was said, files in `content/places/`, e.g. `phoenix`; a place the source names only by its region is that region, e.g. `sinaloa`. */
  places: z
    .array(
      z
        .string()
        .min(1, { message: 'must not be empty', abort: true })
        .regex(ID_PATTERN, { message: 'must be the id of a place in content/places/, e.g. `phoenix` for "Phoenix, Arizona"' })
        .meta({ [REFERENCES_KEYWORD]: 'places' }),
    )
    .default([]),
  /** Links to other entries with their relation. */
  related: z.array(relatedSchema).default([]),
  /** Who made the claim and who relayed it. */
  attribution: attributionSchema,
  /** The passages that support the claim; at least one. */
  evidence: z.array(evidenceSchema).min(1, { message: 'needs at least one quoted passage' }),
  /** Editorial status, when the claim is disputed, superseded or retracted. */
  status: statusSchema.optional(),
  /** Corrections made to this entry after publication, oldest first. */
  corrections: z.array(correctionSchema).default([]),
};

function checkEntryPeriod(entry: { date: string; end?: string | undefined }, context: z.core.$RefinementCtx<unknown>): void {
  addEndBeforeStartIssue(entry.date, entry.end, 'end', context);
}

/** Something that happened. */
export const eventEntrySchema = z.strictObject({ ...entryFields, /** `event`: something happened. */ kind: z.literal('event') }).superRefine(checkEntryPeriod);

/** Something someone said, reported as their claim. */
export const statementEntrySchema = z
  .strictObject({ ...entryFields, /** `statement`: someone said something. */ kind: z.literal('statement') })
  .superRefine(checkEntryPeriod);

/** A claim about a number. */
export const countEntrySchema = z
  .strictObject({
    ...entryFields,
    /** `count`: a claim about how many. */
    kind: z.literal('count'),
    /** The number claimed. */
    quantity: quantitySchema,
  })
  .superRefine(checkEntryPeriod);

/** One dated, sourced entry: an `event`, a `statement` or a `count`. */
export const entrySchema = z.discriminatedUnion('kind', [eventEntrySchema, statementEntrySchema, countEntrySchema]);

export type Entry = z.output<typeof entrySchema>;
export type CountEntry = z.output<typeof countEntrySchema>;
export type Quantity = z.output<typeof quantitySchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type Speaker = z.output<typeof speakerSchema>;

export function isCountEntry(entry: Entry): entry is CountEntry {
  return entry.kind === 'count';
}
