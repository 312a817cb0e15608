/**
 * Today's sites with the sheet's: a site the sheet names is replaced by the sheet's version
 * (or kept as it is when that says the same), a new one is added after today's, in the
 * sheet's order; the rest are kept, or with `replace` removed. The diff says which, by id.
 */
import { isDeepStrictEqual } from 'node:util';
import { siteProperties } from '../../src/lib/data/schema.ts';
import { isRecord } from '../validate/describe-value.ts';
import type { SiteFeatureJson } from './site-feature.ts';

export type SiteChange =
  | { kind: 'added'; id: string }
  | { kind: 'changed'; id: string; fields: string[] }
  | { kind: 'unchanged'; id: string }
  | { kind: 'kept'; id: string }
  | { kind: 'removed'; id: string };

export interface MergedSites {
  features: unknown[];
  /** In the merged file's order, the removed ones last. */
  changes: SiteChange[];
}

export function mergeSites(
  today: readonly unknown[],
  imported: readonly SiteFeatureJson[],
  replace: boolean,
): MergedSites {
  const byId = new Map(imported.map((feature) => [String(feature.properties.id), feature]));
  const features: unknown[] = [];
  const changes: SiteChange[] = [];
  const removed: SiteChange[] = [];
  const seen = new Set<string>();
  for (const feature of today) {
    const id = idOf(feature);
    const next = id === undefined ? undefined : byId.get(id);
    if (id === undefined || seen.has(id)) {
      features.push(feature); // unreadable or repeated: left for check:data to report
      continue;
    }
    seen.add(id);
    if (!next) {
      if (replace) removed.push({ kind: 'removed', id });
      else {
        features.push(feature);
        changes.push({ kind: 'kept', id });
      }
      continue;
    }
    const fields = changedFields(feature, next);
    features.push(fields.length === 0 ? feature : next);
    changes.push(fields.length === 0 ? { kind: 'unchanged', id } : { kind: 'changed', id, fields });
  }
  for (const feature of imported) {
    const id = String(feature.properties.id);
    if (seen.has(id)) continue;
    features.push(feature);
    changes.push({ kind: 'added', id });
  }
  return { features, changes: [...changes, ...removed] };
}

function idOf(feature: unknown): string | undefined {
  const id = isRecord(feature) && isRecord(feature.properties) ? feature.properties.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

const SCHEMA_ORDER = Object.keys(siteProperties.shape);

/**
 * The fields that differ, in the schema's order: properties by name (`location` by its
 * parts, `location.precision`), then `geometry`. Key order alone is no change.
 */
export function changedFields(before: unknown, after: SiteFeatureJson): string[] {
  const old = isRecord(before) && isRecord(before.properties) ? before.properties : {};
  const keys = [...new Set([...Object.keys(old), ...Object.keys(after.properties)])].sort(
    (a, b) => rank(a) - rank(b),
  );
  const fields: string[] = [];
  for (const key of keys) {
    const [a, b] = [old[key], after.properties[key]];
    if (isDeepStrictEqual(a, b)) continue;
    if (key === 'location' && isRecord(a) && isRecord(b)) {
      for (const part of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!isDeepStrictEqual(a[part], b[part])) fields.push(`location.${part}`);
      }
    } else fields.push(key);
  }
  const geometry = isRecord(before) ? before.geometry : undefined;
  if (!isDeepStrictEqual(geometry, after.geometry)) fields.push('geometry');
  const extraRoot = isRecord(before)
    ? Object.keys(before).filter((key) => !['type', 'properties', 'geometry'].includes(key))
    : [];
  return [...fields, ...extraRoot];
}

function rank(key: string): number {
  const index = SCHEMA_ORDER.indexOf(key);
  return index < 0 ? SCHEMA_ORDER.length : index;
}
