/**
 * The compare table's columns as sort keys, and a sort: in their own small module, because
 * the link (url-state.ts, on the start path) names a sort while the table itself loads with
 * the compare view.
 */
import { SITE_CATEGORIES, type SiteCategory } from '../data/vocab.ts';

export type SiteCountKey = `sites.${SiteCategory}`;
export type SortKey =
  | 'name'
  | 'kind'
  | 'status'
  | 'honours'
  | 'sites'
  | SiteCountKey
  | 'area'
  | 'townships'
  | 'villages';

/** Every sort key, in the table's column order. */
export const SORT_KEYS: readonly SortKey[] = [
  'name',
  'kind',
  'status',
  'honours',
  'sites',
  ...SITE_CATEGORIES.map((c): SiteCountKey => `sites.${c}`),
  'area',
  'townships',
  'villages',
];

/** The same words as `aria-sort`. */
export type SortDirection = 'ascending' | 'descending';

export interface CompareSort {
  key: SortKey;
  direction: SortDirection;
}

/** The next sort when a column's header is pressed: ascending first, then flipped. */
export function nextSort(current: CompareSort | null, key: SortKey): CompareSort {
  const flip = current?.key === key && current.direction === 'ascending';
  return { key, direction: flip ? 'descending' : 'ascending' };
}

/** A sort as the link writes it: `area` ascending, `-area` descending, '' for code order. */
export function sortLinkValue(sort: CompareSort | null): string {
  if (!sort) return '';
  return sort.direction === 'descending' ? `-${sort.key}` : sort.key;
}

/** A link's `sort=` value as a sort; null for '' and for anything that names no column. */
export function sortFromLinkValue(value: string): CompareSort | null {
  const descending = value.startsWith('-');
  const key = descending ? value.slice(1) : value;
  if (!(SORT_KEYS as readonly string[]).includes(key)) return null;
  return { key: key as SortKey, direction: descending ? 'descending' : 'ascending' };
}
