/**
 * A site feature as the import writes it: the sheet's fields, the fields it has no column for
 * (facts, honours, parent, official_code…) kept from today's site, in the schema's key order.
 */
import { isDeepStrictEqual } from 'node:util';
import { siteProperties, type SourceRef } from '../../src/lib/data/schema.ts';
import type { Precision, SiteCategory } from '../../src/lib/data/vocab.ts';
import { isRecord } from '../validate/describe-value.ts';
import type { Text } from './messages.ts';

export interface SiteFeatureJson {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
}

/** What a sheet row says about a site. */
export interface SheetSite {
  id: string;
  name_zh: string;
  name_en: string;
  category: SiteCategory;
  district: string;
  summary_zh: string;
  summary_en: string;
  precision: Precision;
  note: Text;
  point: [number, number] | null;
  source: SourceRef[];
  /** Every cited document is grade C. */
  secondary: boolean;
}

/** The properties a sheet sets; any other property of today's site is kept. */
const SHEET_FIELDS = new Set([
  'id',
  'name_zh',
  'name_en',
  'category',
  'district',
  'summary_zh',
  'summary_en',
  'location',
  'source',
  'secondary',
]);

const SCHEMA_ORDER = Object.keys(siteProperties.shape);

export function siteFeature(site: SheetSite, existing: unknown): SiteFeatureJson {
  const before = isRecord(existing) && isRecord(existing.properties) ? existing.properties : {};
  const fields: Record<string, unknown> = {
    facts: [],
    honours: [],
    ...Object.fromEntries(Object.entries(before).filter(([key]) => !SHEET_FIELDS.has(key))),
    id: site.id,
    name_zh: site.name_zh,
    name_en: site.name_en,
    category: site.category,
    district: site.district,
    summary_zh: site.summary_zh,
    summary_en: site.summary_en,
    location: { precision: site.precision, note_zh: site.note.zh, note_en: site.note.en },
    source: sameCitation(before.source, site.source) ? before.source : citation(site.source),
  };
  if (site.secondary) fields.secondary = true;
  return {
    type: 'Feature',
    properties: inSchemaOrder(fields),
    geometry: site.point ? { type: 'Point', coordinates: site.point } : null,
  };
}

/** One reference as an object, several as a list (as the data writes them). */
function citation(refs: readonly SourceRef[]): SourceRef | SourceRef[] {
  return refs.length === 1 ? refs[0] : [...refs];
}

function sameCitation(before: unknown, refs: readonly SourceRef[]): boolean {
  const list = Array.isArray(before) ? before : [before];
  return isDeepStrictEqual(list, refs);
}

function inSchemaOrder(fields: Record<string, unknown>): Record<string, unknown> {
  const known = SCHEMA_ORDER.filter((key) => key in fields);
  const extra = Object.keys(fields).filter((key) => !SCHEMA_ORDER.includes(key));
  return Object.fromEntries([...known, ...extra].map((key) => [key, fields[key]]));
}
