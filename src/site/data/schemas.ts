/**
 * The published data files' record shapes. One zod schema per file: the exports are
 * checked against it when built, and `/data/schema/*.schema.json` is generated from it.
 */
import { z } from 'astro/zod';
import {
  COORDINATE_PRECISIONS,
  ENTRY_KINDS,
  LOCATING_METHODS,
  PLACE_DATASETS,
  PLACE_KINDS,
  QUALIFIERS,
  RELATIONS,
  STATUSES,
} from '../../domain/schema/index.ts';

/** Version of the data files' shape; bumped on any incompatible change. */
export const SCHEMA_VERSION = '1.1.0';

export const LICENCE = {
  /** The licence of this site's own content. */
  content: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** Quoted passages keep their documents' own terms. */
  note: "Quoted passages keep the terms of the documents they come from; see each source's `rights`.",
} as const;

const precision = z.enum(['year', 'month', 'day']);

const speaker = z.object({
  /** Id of the actor, when the speaker is one. */
  actor: z.string().optional(),
  /** Description of the speaker, when given. */
  description: z.string().optional(),
});

export const entryRecordSchema = z.object({
  /** Stable id of the entry. */
  id: z.string(),
  /** Permanent address of the entry's page. */
  url: z.string(),
  /** Headline of the claim. */
  title: z.string(),
  /** `event`, `statement` or `count`. */
  kind: z.enum(ENTRY_KINDS),
  /** Date as given by the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: z.string(),
  /** Precision of `date`. */
  datePrecision: precision,
  /** End of the period, as given, or null. */
  end: z.string().nullable(),
  /** Whether the date is approximate. */
  circa: z.boolean(),
  /** How the date was established, when the source does not state it. */
  dateBasis: z.string().nullable(),
  /** One or two sentences stating the claim. */
  summary: z.string(),
  /** Ids of every actor involved (listed, claimant, relay or counted subject). */
  actors: z.array(z.string()),
  /** Ids of the topics. */
  topics: z.array(z.string()),
  /** Ids of the places where it happened or was said (see places.json). */
  places: z.array(z.string()),
  /** The number claimed, for counts; null otherwise. */
  quantity: z
    .object({
      /** What is counted. */
      measure: z.string(),
      /** Id of the actor whose people are counted. */
      subject: z.string(),
      /** The stated number, or null for `several` and `range`. */
      value: z.number().nullable(),
      /** Lowest number the words allow, or null. */
      lower: z.number().nullable(),
      /** Highest number the words allow, or null. */
      upper: z.number().nullable(),
      /** How the number is to be read. */
      qualifier: z.enum(QUALIFIERS),
      /** What one unit is. */
      unit: z.string(),
      /** When the count held. */
      asOf: z.string(),
      /** End of the period the count held, or null. */
      asOfEnd: z.string().nullable(),
      /** The source's words for the number. */
      stated: z.string(),
      /** True when the figure is a plan or projection stated at `asOf`, not a count of what there was then. */
      planned: z.boolean(),
    })
    .nullable(),
  /** Who made the claim, and who relayed it. */
  attribution: z.object({
    /** The claimant. */
    by: speaker,
    /** The relays, nearest the claimant first. */
    via: z.array(speaker),
  }),
  /** The quoted passages. */
  evidence: z.array(
    z.object({
      /** Id of the source. */
      source: z.string(),
      /** The passage, verbatim. */
      quote: z.string(),
      /** Language of the quote, when not English. */
      lang: z.string().nullable(),
      /** English translation, when the quote is in another language. */
      translation: z.string().nullable(),
      /** Page or section within the document. */
      locator: z.string().nullable(),
      /** Link to the quoted passage: the original document with a text fragment when its address is known, else the source's page. */
      link: z.string(),
    }),
  ),
  /** Relations this entry declares. */
  related: z.array(
    z.object({
      /** Id of the related entry. */
      entry: z.string(),
      /** Read as "this entry <relation> that one". */
      relation: z.enum(RELATIONS),
      /** Why, when given. */
      note: z.string().nullable(),
    }),
  ),
  /** Ids of the conflicts this entry is part of (see conflicts.json). */
  conflicts: z.array(z.string()),
  /** Editorial status, or null. */
  status: z.object({ /** `disputed`, `superseded` or `retracted`. */ value: z.enum(STATUSES), /** Why. */ reason: z.string() }).nullable(),
});

export const sourceRecordSchema = z.object({
  /** Stable id of the source. */
  id: z.string(),
  /** Address of the source's page on this site. */
  url: z.string(),
  /** CSL item type. */
  type: z.string(),
  /** Title as published. */
  title: z.string(),
  /** Newspaper, site or series. */
  containerTitle: z.string().nullable(),
  /** Publisher. */
  publisher: z.string().nullable(),
  /** Authors, as written. */
  authors: z.array(z.string()),
  /** Publication date as known, or null for an undated document. */
  issued: z.string().nullable(),
  /** Whether the publication date is approximate. */
  issuedCirca: z.boolean(),
  /** The document's own address, when known. */
  documentUrl: z.string().nullable(),
  /** Archived snapshots. */
  archives: z.array(z.string()),
  /** The copies the excerpt was taken from. */
  copies: z.array(
    z.object({
      /** Address, when known. */ url: z.string().nullable(),
      /** What the copy is. */ description: z.string(),
      /** `exact`, `truncated` or `ocr`. */ fidelity: z.string(),
    }),
  ),
  /** Rights of the excerpt. */
  rights: z.string().nullable(),
  /** The archived text, verbatim. */
  archivedText: z.string(),
  /** Ids of the entries citing it. */
  citedBy: z.array(z.string()),
});

export const actorRecordSchema = z.object({
  /** Stable id. */
  id: z.string(),
  /** Address of the actor's page. */
  url: z.string(),
  /** Full name. */
  name: z.string(),
  /** Short name or acronym. */
  shortName: z.string().nullable(),
  /** Other names. */
  aliases: z.array(z.string()),
  /** Kind of actor. */
  kind: z.string(),
  /** Country code. */
  country: z.string().nullable(),
  /** Id of the parent actor. */
  parent: z.string().nullable(),
  /** Wikidata item, when certain. */
  wikidata: z.string().nullable(),
  /** One-sentence description. */
  summary: z.string(),
  /** Ids of the entries involving it. */
  entries: z.array(z.string()),
});

export const placeRecordSchema = z.object({
  /** Stable id of the place. */
  id: z.string(),
  /** Address of the place's page. */
  url: z.string(),
  /** Name as the sources spell it. */
  name: z.string(),
  /** Other names the sources use. */
  aliases: z.array(z.string()),
  /** `city`, `state`, `country`, `region`, `site` or `facility`. */
  kind: z.enum(PLACE_KINDS),
  /** ISO 3166-1 alpha-2 country code, or null for a region across countries. */
  country: z.string().nullable(),
  /** Id of the place that contains it, or null. */
  parent: z.string().nullable(),
  /** Latitude in WGS 84 decimal degrees. */
  latitude: z.number(),
  /** Longitude in WGS 84 decimal degrees. */
  longitude: z.number(),
  /** What the point stands for: the place itself (`place`), its locality, or a representative point of its `state`, `country` or `region`. */
  precision: z.enum(COORDINATE_PRECISIONS),
  /** Where the coordinates come from. */
  basis: z.object({
    /** The data set, or null when a source locates the place. */
    dataset: z.enum(PLACE_DATASETS).nullable(),
    /** Record ids in that data set (GeoNames ids, FIPS state codes, ISO 3166-1 numeric codes). */
    ids: z.array(z.string()),
    /** How the point was read from the records, or null. */
    method: z.enum(LOCATING_METHODS).nullable(),
    /** Id of the source that locates the place, or null. */
    source: z.string().nullable(),
  }),
  /** How the record was matched to the place, or null. */
  note: z.string().nullable(),
  /** Ids of the entries naming it, earliest first. */
  entries: z.array(z.string()),
});

export const conflictRecordSchema = z.object({
  /** Stable id: the two entry ids joined by `--`. */
  id: z.string(),
  /** The two entries. */
  entries: z.array(z.string()).length(2),
  /** `incompatible`, `divergent` or `declared`. */
  severity: z.enum(['incompatible', 'divergent', 'declared']),
  /** What both count, for computed conflicts. */
  measure: z.string().nullable(),
  /** Whose people both count. */
  subject: z.string().nullable(),
  /** Why they conflict. */
  reason: z.string(),
});

/** The envelope of every JSON data file. */
export function dataFileSchema<T extends z.ZodType>(key: string, record: T) {
  return z.object({
    /** Version of this file's shape. */
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Licence of the data. */
    licence: z.object({
      /** SPDX id of the licence of the site's own content. */
      content: z.string(),
      /** Address of the licence text. */
      url: z.string(),
      /** What the licence does not cover. */
      note: z.string(),
    }),
    /** Address of the JSON Schema describing this file. */
    schema: z.string(),
    /** The records. */
    [key]: z.array(record),
  });
}

export const DATA_FILES = {
  entries: dataFileSchema('entries', entryRecordSchema),
  sources: dataFileSchema('sources', sourceRecordSchema),
  actors: dataFileSchema('actors', actorRecordSchema),
  conflicts: dataFileSchema('conflicts', conflictRecordSchema),
  places: dataFileSchema('places', placeRecordSchema),
} as const;

export type DataFileName = keyof typeof DATA_FILES;
export type EntryRecord = z.output<typeof entryRecordSchema>;
export type SourceRecord = z.output<typeof sourceRecordSchema>;
export type ActorRecord = z.output<typeof actorRecordSchema>;
export type ConflictRecord = z.output<typeof conflictRecordSchema>;
export type PlaceRecord = z.output<typeof placeRecordSchema>;
