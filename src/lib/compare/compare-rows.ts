/**
 * The comparison of the nine divisions as plain rows: built from the data files, sorted by
 * any column, and narrowed to the picked divisions as aligned facts. Pure functions.
 */
import type { DistrictProperties, Honour, SiteFeature } from '../data/schema.ts';
import { statusOf } from '../data/status.ts';
import {
  LEVELS,
  SITE_CATEGORIES,
  STATUSES,
  type DistrictCode,
  type Level,
  type SiteCategory,
  type Status,
} from '../data/vocab.ts';
import type { Lang } from '../i18n/messages.ts';
import type { CompareSort, SiteCountKey, SortDirection, SortKey } from './sort-keys.ts';

export type DivisionKind = DistrictProperties['kind'];
const KINDS: readonly DivisionKind[] = ['district', 'county', 'banner'];

export interface CompareRow {
  code: DistrictCode;
  name_zh: string;
  name_en: string;
  kind: DivisionKind;
  status: Status;
  /** The division's honours, highest level first, then newest. */
  honours: Honour[];
  /** Sites per category: every site of the division on this map, whatever the filters. */
  sites: Record<SiteCategory, number>;
  siteTotal: number;
  area_km2: number;
  /** Townships and streets, from the NBS 2023 codes (null where not counted). */
  townships: number | null;
  /** Villages and communities, from the NBS 2023 codes (null where not counted). */
  villages: number | null;
}

export interface CompareInput {
  districts: readonly DistrictProperties[];
  sites: readonly SiteFeature[];
  honours: readonly Honour[];
}

/** Highest level first (national, region, city), then newest, unknown years last. */
function byLevelThenYear(a: Honour, b: Honour): number {
  return (
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
    (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
    a.id.localeCompare(b.id)
  );
}

function zeroCounts(): Record<SiteCategory, number> {
  return Object.fromEntries(SITE_CATEGORIES.map((c) => [c, 0])) as Record<SiteCategory, number>;
}

/** One row per division, in the order of `districts`. */
export function compareRows({ districts, sites, honours }: CompareInput): CompareRow[] {
  return districts.map((d) => {
    const counts = zeroCounts();
    for (const f of sites) if (f.properties.district === d.code) counts[f.properties.category] += 1;
    return {
      code: d.code,
      name_zh: d.name_zh,
      name_en: d.name_en,
      kind: d.kind,
      status: statusOf(d.code, honours),
      honours: honours.filter((h) => h.holder === d.code).sort(byLevelThenYear),
      sites: counts,
      siteTotal: Object.values(counts).reduce((a, b) => a + b, 0),
      area_km2: d.area_km2,
      townships: d.townships ?? null,
      villages: d.villages ?? null,
    };
  });
}

/** A division's honours grouped by level, highest first; levels it holds nothing at are left out. */
export function honoursByLevel(honours: readonly Honour[]): { level: Level; honours: Honour[] }[] {
  return LEVELS.map((level) => ({
    level,
    honours: honours.filter((h) => h.level === level).sort(byLevelThenYear),
  })).filter((group) => group.honours.length > 0);
}

/** Categories at least one of the rows has a site in, in the vocabulary's order. */
export function presentCategories(rows: readonly CompareRow[]): SiteCategory[] {
  return SITE_CATEGORIES.filter((c) => rows.some((r) => r.sites[c] > 0));
}

/* ---------------------------------------------------------------- sorting */

export type { SiteCountKey, SortDirection, SortKey } from './sort-keys.ts';

function siteCategoryOf(key: SortKey): SiteCategory | null {
  const category = key.startsWith('sites.') ? key.slice('sites.'.length) : '';
  return (SITE_CATEGORIES as readonly string[]).includes(category)
    ? (category as SiteCategory)
    : null;
}

/** The value a column sorts by (null: not known, always sorted last). */
export function sortValue(
  row: CompareRow,
  key: SortKey,
  lang: Lang = 'zh',
): string | number | null {
  const category = siteCategoryOf(key);
  if (category) return row.sites[category];
  switch (key) {
    case 'name':
      return lang === 'zh' ? row.name_zh : row.name_en;
    case 'kind':
      return KINDS.indexOf(row.kind);
    case 'status':
      return STATUSES.indexOf(row.status);
    case 'honours':
      return row.honours.length;
    case 'sites':
      return row.siteTotal;
    case 'area':
      return row.area_km2;
    case 'townships':
      return row.townships;
    case 'villages':
      return row.villages;
    default:
      return null;
  }
}

/**
 * Rows sorted by a column. Names sort by pinyin (Chinese) or alphabetically (English);
 * unknown values go last in either direction; ties keep code order.
 */
export function sortRows(
  rows: readonly CompareRow[],
  key: SortKey,
  direction: SortDirection,
  lang: Lang = 'zh',
): CompareRow[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN-u-co-pinyin' : 'en');
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key, lang);
    const vb = sortValue(b, key, lang);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
      return a.code.localeCompare(b.code);
    }
    const order =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : collator.compare(String(va), String(vb));
    return sign * order || a.code.localeCompare(b.code);
  });
}

/** The rows in the compare table's order: its sort, or as given (code order) when unsorted. */
export function tableOrder(
  rows: readonly CompareRow[],
  sort: CompareSort | null,
  lang: Lang = 'zh',
): readonly CompareRow[] {
  return sort ? sortRows(rows, sort.key, sort.direction, lang) : rows;
}

/* ---------------------------------------------------------------- side by side */

export type FactKey =
  'kind' | 'status' | 'honours' | 'sites' | SiteCountKey | 'area' | 'townships' | 'villages';

export interface FactRow {
  key: FactKey;
  /** One value per picked division, in the order they were picked. */
  values: (string | number | null)[];
  /** The picked divisions do not all share this value. */
  differs: boolean;
  /** For a number that differs: the largest value, to be marked. Otherwise null. */
  highest: number | null;
}

/** The rows of the picked divisions, in the order picked (unknown codes are skipped). */
export function pickedRows(rows: readonly CompareRow[], codes: readonly string[]): CompareRow[] {
  return codes.flatMap((code) => rows.filter((r) => r.code === code));
}

function factRow(key: FactKey, values: (string | number | null)[]): FactRow {
  const differs = values.some((v) => v !== values[0]);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const highest = differs && numbers.length === values.length ? Math.max(...numbers) : null;
  return { key, values, differs, highest };
}

/**
 * The same facts for each picked division, aligned: one row per fact. Site counts are
 * listed for the categories at least one picked division has a site in.
 */
export function compareFacts(rows: readonly CompareRow[], codes: readonly string[]): FactRow[] {
  const picked = pickedRows(rows, codes);
  if (picked.length === 0) return [];
  const of = (value: (r: CompareRow) => string | number | null) => picked.map(value);
  return [
    factRow(
      'kind',
      of((r) => r.kind),
    ),
    factRow(
      'status',
      of((r) => r.status),
    ),
    factRow(
      'honours',
      of((r) => r.honours.length),
    ),
    factRow(
      'sites',
      of((r) => r.siteTotal),
    ),
    ...presentCategories(picked).map((c) =>
      factRow(
        `sites.${c}`,
        of((r) => r.sites[c]),
      ),
    ),
    factRow(
      'area',
      of((r) => r.area_km2),
    ),
    factRow(
      'townships',
      of((r) => r.townships),
    ),
    factRow(
      'villages',
      of((r) => r.villages),
    ),
  ];
}
