/**
 * Schemas of the files in geo/, with zod. The validator (geo/validate) and the Vite
 * build run them; the app imports only the types (`import type`), so zod never
 * reaches the browser bundle.
 */
import { z } from 'zod';
import {
  CITY,
  DISTRICT_CODES,
  HONOUR_KINDS,
  LEVELS,
  PRECISIONS,
  SITE_CATEGORIES,
  SOURCE_GRADES,
  STATUSES,
} from './vocab.ts';

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an ASCII slug (a-z, 0-9, hyphens)');
const finite = z.number().finite();
const position = z.tuple([finite, finite]);

export const districtCode = z.enum(DISTRICT_CODES);
export const holderRef = z.union([z.literal(CITY), districtCode, slug]);

/** A document's id in geo/sources.json: lower-case letters, digits, `-` and `_`. */
export const docId = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'a document id (a-z, 0-9, "-" or "_")');

/** One document a fact comes from, and the section it appears under where it has sections. */
export const sourceRef = z.strictObject({
  doc: docId,
  section: text.optional(),
});
export type SourceRef = z.infer<typeof sourceRef>;

/** An item's sources: one reference, or several (a figure two reports give cites both). */
export const citation = z.union([sourceRef, z.array(sourceRef).min(1)]);
export type Citation = z.infer<typeof citation>;

/** Set on an item whose only sources are grade C (shown as "secondary source"). */
const secondary = z.literal(true).optional();

export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');

/* ---------------------------------------------------------------- sources */

/** One document of geo/sources.json. */
export const sourceDocument = z.strictObject({
  id: docId,
  /** The title as published, and in English. */
  title: text,
  title_en: text,
  /** Who published it (null: the copy names no publisher), and in English. */
  publisher: text.nullable(),
  publisher_en: text.nullable(),
  /** Publication date (null: the copy gives none; then covers_to says how far it reaches). */
  date: isoDate.nullable(),
  /** The latest event the document reports, for a document without a date. */
  covers_to: isoDate.optional(),
  /** The original's address (http or https), or null when it is not known. */
  url: z.string().nullable(),
  /** The address of the copy actually read, when it is a mirror or reprint. */
  via_url: z.string().optional(),
  /** The original publisher's grade: A official, B mainstream press, C aggregator or unknown. */
  grade: z.enum(SOURCE_GRADES),
  language: z.enum(['zh', 'en']),
  /** Section headings, where the document has them (a reference must then name one). */
  sections: z.array(text).min(1).optional(),
  note_zh: text.optional(),
  note_en: text.optional(),
});
export const sourceDocumentList = z.array(sourceDocument);
export type SourceDocument = z.infer<typeof sourceDocument>;

/* ---------------------------------------------------------------- districts */

export const districtProperties = z.strictObject({
  code: districtCode,
  name_zh: text,
  name_en: text,
  kind: z.enum(['district', 'county', 'banner']),
  seat: position,
  label: position,
  area_km2: finite.positive(),
  adjacent: z.array(districtCode),
  townships: z.number().int().nonnegative().optional(),
  villages: z.number().int().nonnegative().optional(),
});
export type DistrictProperties = z.infer<typeof districtProperties>;

const ring = z.array(position).min(4);
export const arealGeometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.strictObject({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).min(1)).min(1),
  }),
]);

export const districtFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: districtProperties,
  geometry: arealGeometry,
});
export const districtCollection = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(districtFeature),
});
export type DistrictFeature = z.infer<typeof districtFeature>;
export type DistrictCollection = z.infer<typeof districtCollection>;

export const contextFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: z.strictObject({
    role: z.enum(['city', 'neighbour']),
    name_zh: text,
    name_en: text,
    label: position,
  }),
  geometry: arealGeometry,
});
export const contextCollection = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(contextFeature),
});
export type ContextCollection = z.infer<typeof contextCollection>;

/* ---------------------------------------------------------------- honours */

export const honour = z.strictObject({
  id: slug,
  name_zh: text,
  name_en: text,
  level: z.enum(LEVELS),
  kind: z.enum(HONOUR_KINDS),
  /** Year awarded, where the source gives it. */
  year: z.number().int().min(1949).max(2100).nullable(),
  /** `city`, a division code, or a site id. */
  holder: holderRef,
  /** How many holders the source counts when it does not name them (e.g. 3 villages). */
  holder_count: z.number().int().positive().optional(),
  awarding_body_zh: text.nullable(),
  awarding_body_en: text.nullable(),
  note_zh: text.optional(),
  note_en: text.optional(),
  /** The honour that replaced this one (a shortlisting by the title itself), if any. */
  superseded_by: slug.optional(),
  secondary,
  source: citation,
});
export const honourList = z.array(honour);
export type Honour = z.infer<typeof honour>;

/* ---------------------------------------------------------------- sites */

export const fact = z.strictObject({
  text_zh: text,
  text_en: text,
  secondary,
  source: citation,
});
export type Fact = z.infer<typeof fact>;

export const siteLocation = z.strictObject({
  precision: z.enum(PRECISIONS),
  note_zh: text,
  note_en: text,
});

export const siteProperties = z.strictObject({
  id: slug,
  name_zh: text,
  name_en: text,
  category: z.enum(SITE_CATEGORIES),
  district: z.union([districtCode, z.literal(CITY)]),
  /** 12-digit NBS statistical code, for a site that is a village or community. */
  official_code: z
    .string()
    .regex(/^\d{12}$/, 'a 12-digit statistical code')
    .optional(),
  summary_zh: text,
  summary_en: text,
  facts: z.array(fact),
  honours: z.array(slug),
  /** The body this one belongs to (a tribunal's court), by site id. */
  parent: slug.optional(),
  location: siteLocation,
  url: z.string().optional(),
  secondary,
  source: citation,
});
export type SiteProperties = z.infer<typeof siteProperties>;

export const pointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: position });

export const siteFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: siteProperties,
  geometry: pointGeometry.nullable(),
});
export const siteCollection = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(siteFeature),
});
export type SiteFeature = z.infer<typeof siteFeature>;
export type SiteCollection = z.infer<typeof siteCollection>;

/* ---------------------------------------------------------------- figures */

export const figure = z.strictObject({
  id: slug,
  label_zh: text,
  label_en: text,
  value: finite,
  /** The unit, as a short key the UI translates (items, units, percent, people, …). */
  unit: z.enum([
    'items',
    'units',
    'percent',
    'people',
    'villages',
    'sites',
    'works',
    'cases',
    'industries',
    'regulations',
    'rules',
    'scenarios',
    'packages',
    'powers',
    'windows',
    'points',
    'requests',
    'opinions',
    'reforms',
    'systems',
  ]),
  /** `more_than` for the source's 余 ("1,000 and more"). */
  qualifier: z.enum(['exact', 'more_than']),
  before: finite.optional(),
  /** The year the figure refers to, where a source gives it (null: it gives none). */
  year: z.number().int().min(1949).max(2100).nullable(),
  secondary,
  source: citation,
});
export const figureList = z.array(figure);
export type Figure = z.infer<typeof figure>;

/* ---------------------------------------------------------------- events */

export const event = z.strictObject({
  id: slug,
  date: isoDate,
  title_zh: text,
  title_en: text,
  /** `city`, a division code, or a site id. */
  place: holderRef,
  honour: slug.optional(),
  secondary,
  source: citation,
});
export const eventList = z.array(event);
export type Event = z.infer<typeof event>;

/* ---------------------------------------------------------------- derived */

export const status = z.enum(STATUSES);
