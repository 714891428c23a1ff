/** The records of the data files, built from the site model. Absolute URLs, no timestamps: the output is reproducible. */
import { partialDate } from '../../domain/dates.ts';
import { formatAuthors } from '../citation.ts';
import { actorsOfEntry, type SiteModel } from '../model.ts';
import { textFragmentUrl } from '../text-fragment.ts';
import { pagePath, withBase } from '../urls.ts';
import {
  LICENCE,
  SCHEMA_VERSION,
  type ActorRecord,
  type ConflictRecord,
  type DataFileName,
  type EntryRecord,
  type PlaceRecord,
  type SourceRecord,
} from './schemas.ts';

export interface SiteAddress {
  /** The site's origin, e.g. `https://example.org`. */
  readonly site: string;
  /** The base path, e.g. `/` or `/timeline/`. */
  readonly base: string;
}

function absolute(address: SiteAddress, path: string): string {
  return new URL(path, address.site).href;
}

export function entryRecords(model: SiteModel, address: SiteAddress): EntryRecord[] {
  return model.entries.map(({ id, data }) => ({
    id,
    url: absolute(address, pagePath(address.base, 'entries', id)),
    title: data.title,
    kind: data.kind,
    date: data.date,
    datePrecision: partialDate(data.date).precision,
    end: data.end ?? null,
    circa: data.circa,
    dateBasis: data.dateBasis ?? null,
    summary: data.summary,
    actors: actorsOfEntry(data),
    topics: [...data.topics],
    places: [...data.places],
    quantity:
      data.kind === 'count'
        ? {
            measure: data.quantity.measure,
            subject: data.quantity.subject,
            value: data.quantity.value ?? null,
            lower: data.quantity.lower ?? null,
            upper: data.quantity.upper ?? null,
            qualifier: data.quantity.qualifier,
            unit: data.quantity.unit,
            asOf: data.quantity.asOf,
            asOfEnd: data.quantity.asOfEnd ?? null,
            stated: data.quantity.stated,
            planned: data.quantity.planned,
          }
        : null,
    attribution: {
      by: speakerRecord(data.attribution.by),
      via: data.attribution.via.map(speakerRecord),
    },
    evidence: data.evidence.map((evidence) => {
      const documentUrl = model.sourceById.get(evidence.source)?.data.url;
      return {
        source: evidence.source,
        quote: evidence.quote,
        lang: evidence.lang ?? null,
        translation: evidence.translation ?? null,
        locator: evidence.locator ?? null,
        link: documentUrl ? textFragmentUrl(documentUrl, evidence.quote) : absolute(address, pagePath(address.base, 'sources', evidence.source)),
      };
    }),
    related: data.related.map((link) => ({ entry: link.entry, relation: link.relation, note: link.note ?? null })),
    conflicts: (model.conflictsByEntry.get(id) ?? []).map((conflict) => conflict.id),
    status: data.status ? { value: data.status.value, reason: data.status.reason } : null,
  }));
}

function speakerRecord(speaker: { actor?: string | undefined; description?: string | undefined }): { actor?: string; description?: string } {
  return { ...(speaker.actor ? { actor: speaker.actor } : {}), ...(speaker.description ? { description: speaker.description } : {}) };
}

export function sourceRecords(model: SiteModel, address: SiteAddress, archivedText: (id: string) => string): SourceRecord[] {
  return model.sources.map(({ id, data }) => ({
    id,
    url: absolute(address, pagePath(address.base, 'sources', id)),
    type: data.type,
    title: data.title,
    containerTitle: data.containerTitle ?? null,
    publisher: data.publisher ?? null,
    authors: formatAuthors(data)
      ? data.authors.map((author) => ('literal' in author ? author.literal : [author.given, author.family].filter(Boolean).join(' ')))
      : [],
    issued: data.issued ?? null,
    issuedCirca: data.issuedCirca,
    documentUrl: data.url ?? null,
    archives: data.archives.map((archive) => archive.url),
    copies: data.copies.map((copy) => ({ url: copy.url ?? null, description: copy.description, fidelity: copy.fidelity })),
    rights: data.rights ?? null,
    archivedText: archivedText(id),
    citedBy: (model.entriesBySource.get(id) ?? []).map((entry) => entry.id),
  }));
}

export function actorRecords(model: SiteModel, address: SiteAddress): ActorRecord[] {
  return model.actors.map(({ id, data }) => ({
    id,
    url: absolute(address, pagePath(address.base, 'actors', id)),
    name: data.name,
    shortName: data.shortName ?? null,
    aliases: [...data.aliases],
    kind: data.kind,
    country: data.country ?? null,
    parent: data.parent ?? null,
    wikidata: data.wikidata ?? null,
    summary: data.summary,
    entries: (model.entriesByActor.get(id) ?? []).map((entry) => entry.id),
  }));
}

export function placeRecords(model: SiteModel, address: SiteAddress): PlaceRecord[] {
  return model.places.map(({ id, data }) => ({
    id,
    url: absolute(address, pagePath(address.base, 'places', id)),
    name: data.name,
    aliases: [...data.aliases],
    kind: data.kind,
    country: data.country ?? null,
    parent: data.parent ?? null,
    latitude: data.coordinates.latitude,
    longitude: data.coordinates.longitude,
    precision: data.coordinates.precision,
    basis: {
      dataset: data.basis.dataset ?? null,
      ids: [...(data.basis.ids ?? [])],
      method: data.basis.method ?? null,
      source: data.basis.source ?? null,
    },
    note: data.note ?? null,
    entries: (model.entriesByPlace.get(id) ?? []).map((entry) => entry.id),
  }));
}

export function conflictRecords(model: SiteModel): ConflictRecord[] {
  return model.conflicts.map((conflict) => ({
    id: conflict.id,
    entries: [...conflict.entries],
    severity: conflict.severity,
    measure: conflict.measure ?? null,
    subject: conflict.subject ?? null,
    reason: conflict.reason,
  }));
}

/** A data file: the envelope (version, licence, schema address) around the records. */
export function dataFile<K extends DataFileName, R>(name: K, records: R[], address: SiteAddress) {
  return {
    schemaVersion: SCHEMA_VERSION,
    licence: LICENCE,
    schema: absolute(address, withBase(address.base, `data/schema/${name}.schema.json`)),
    [name]: records,
  };
}
