import { z } from 'astro/zod';
import { idSchema, referenceTo, textSchema } from './common.ts';

/** What sort of actor this is; drives grouping and wording on the site. */
export const ACTOR_KINDS = [
  'government',
  'department',
  'agency',
  'office',
  'legislature',
  'committee',
  'court',
  'organisation',
  'company',
  'news-organisation',
  'criminal-organisation',
  'person',
] as const;

/** An agency, office, organisation or person that acts in, or speaks about, the chronology. */
export const actorSchema = z.strictObject({
  /** The actor's id: must equal the file name without `.md`, e.g. `atf`. */
  id: idSchema,
  /** Full name as used in official sources, e.g. "Bureau of Alcohol, Tobacco, Firearms and Explosives". */
  name: textSchema,
  /** Short name or acronym used in running text, e.g. "ATF". */
  shortName: textSchema.optional(),
  /** Other names found in sources (older names, translations, nicknames), e.g. "Alcohol, Tobacco and Firearms". */
  aliases: z.array(textSchema).default([]),
  /** What sort of actor this is: one of `government`, `department`, `agency`, `office`, `legislature`, `committee`, `court`, `organisation`, `company`, `news-organisation`, `criminal-organisation`, `person`. */
  kind: z.enum(ACTOR_KINDS),
  /** ISO 3166-1 alpha-2 country code, e.g. `US` or `MX`. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'must be a two-letter country code such as `US` or `MX`' })
    .optional(),
  /** Id of the actor this one belongs to, e.g. `dhs` for ICE, `atf` for the ATF Phoenix office. */
  parent: referenceTo('actors').optional(),
  /** For people: the role in which they appear in the sources, e.g. "ATF special agent, Phoenix". */
  role: textSchema.optional(),
  /** One sentence saying who or what this is, drawn only from the sources. */
  summary: textSchema,
  /** Wikidata item id (`Q` and digits); only when the match is certain. */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { message: 'must be a Wikidata item id such as `Q42`' })
    .optional(),
});

export type Actor = z.output<typeof actorSchema>;
