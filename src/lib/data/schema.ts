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
  SOURCE_DOCS,
  STATUSES,
} from './vocab.ts';

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an ASCII slug (a-z, 0-9, hyphens)');
const finite = z.number().finite();
const position = z.tuple([finite, finite]);

export const districtCode = z.enum(DISTRICT_CODES);
export const holderRef = z.union([z.literal(CITY), districtCode, slug]);

const docIds = Object.keys(SOURCE_DOCS) as [keyof typeof SOURCE_DOCS];
export const sourceRef = z.strictObject({
  doc: z.enum(docIds),
  section: text,
});
export type SourceRef = z.infer<typeof sourceRef>;

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
  source: sourceRef,
});
export const honourList = z.array(honour);
export type Honour = z.infer<typeof honour>;

/* ---------------------------------------------------------------- sites */

export const fact = z.strictObject({
  text_zh: text,
  text_en: text,
  source: sourceRef,
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
  location: siteLocation,
  url: z.string().optional(),
  source: sourceRef,
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
  ]),
  /** `more_than` for the source's 余 ("1,000 and more"). */
  qualifier: z.enum(['exact', 'more_than']),
  before: finite.optional(),
  source: sourceRef,
});
export const figureList = z.array(figure);
export type Figure = z.infer<typeof figure>;

/* ---------------------------------------------------------------- events */

export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');

export const event = z.strictObject({
  id: slug,
  date: isoDate,
  title_zh: text,
  title_en: text,
  /** `city`, a division code, or a site id. */
  place: holderRef,
  honour: slug.optional(),
  source: sourceRef,
});
export const eventList = z.array(event);
export type Event = z.infer<typeof event>;

/* ---------------------------------------------------------------- derived */

export const status = z.enum(STATUSES);
