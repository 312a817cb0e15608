/**
 * Search over divisions, sites and villages/communities: by Chinese name, English name,
 * pinyin (with or without tones, or initials such as `yqq`) and any other text. Pure: the
 * entries are built once, with every key already normalised, and each keystroke only scans them.
 * The pinyin comes from geo/search-keys.json and geo/communities.json, made at data-build time.
 */
import type { CommunitiesFile } from '../data/communities-schema.ts';
import type { DistrictProperties, SiteProperties } from '../data/schema.ts';

/** Pinyin of one Chinese name, as geo/build/build-search-keys.ts writes it. */
export interface PinyinKeys {
  /** Toneless, syllables run together, ü written v: yuquanqu. */
  py: string;
  /** With tone marks, syllables separated by spaces: yù quán qū. */
  pyt: string;
  /** Initials of the syllables: yqq. */
  pyi: string;
}

/** geo/search-keys.json: pinyin of every division (by code) and site (by id). */
export interface SearchKeysFile {
  districts: Record<string, PinyinKeys>;
  sites: Record<string, PinyinKeys>;
}

export type SearchKind = 'district' | 'site' | 'community';

export interface SearchEntry {
  kind: SearchKind;
  /** A division code, a site id or a community code. */
  id: string;
  label_zh: string;
  label_en: string;
  detail_zh: string;
  detail_en: string;
  /** Names and pinyin, normalised: exact and prefix matches on these rank first. */
  keys: string[];
  /** Every other text field, normalised: matches here rank last. */
  text: string[];
}

export interface SearchInput {
  districts: readonly DistrictProperties[];
  sites: readonly SiteProperties[];
  pinyin: SearchKeysFile;
  /** geo/communities.json once loaded; without it, no community entries. */
  communities?: CommunitiesFile | null;
  /** The detail of a city-wide site (one not in any division). */
  cityWide: { zh: string; en: string };
}

/**
 * One form for queries and keys: NFKC, lowercase, tone marks and tone digits dropped
 * (yù quán, yu4quan2 → yuquan), ü as v, no spaces or apostrophes (xi'an → xian).
 */
export function normaliseQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])[0-5](?![0-9])/g, '$1')
    .replace(/[\s'‘’]/g, '')
    .normalize('NFC');
}

function uniqueKeys(values: readonly (string | undefined)[]): string[] {
  const keys = values.map((value) => normaliseQuery(value ?? '')).filter((key) => key !== '');
  return [...new Set(keys)];
}

const pinyinOf = (keys: PinyinKeys | undefined) => [keys?.py, keys?.pyi, keys?.pyt];

function districtEntry(district: DistrictProperties, pinyin: SearchKeysFile): SearchEntry {
  return {
    kind: 'district',
    id: district.code,
    label_zh: district.name_zh,
    label_en: district.name_en,
    detail_zh: district.name_en,
    detail_en: district.name_zh,
    keys: uniqueKeys([
      district.name_zh,
      district.name_en,
      ...pinyinOf(pinyin.districts[district.code]),
    ]),
    text: [],
  };
}

function siteEntry(
  site: SiteProperties,
  pinyin: SearchKeysFile,
  districtNames: ReadonlyMap<string, { zh: string; en: string }>,
  cityWide: { zh: string; en: string },
): SearchEntry {
  const place = districtNames.get(site.district) ?? cityWide;
  return {
    kind: 'site',
    id: site.id,
    label_zh: site.name_zh,
    label_en: site.name_en,
    detail_zh: place.zh,
    detail_en: place.en,
    keys: uniqueKeys([site.name_zh, site.name_en, ...pinyinOf(pinyin.sites[site.id])]),
    text: uniqueKeys([
      site.summary_zh,
      site.summary_en,
      ...site.facts.flatMap((fact) => [fact.text_zh, fact.text_en]),
    ]),
  };
}

function communityEntries(
  file: CommunitiesFile,
  districtNames: ReadonlyMap<string, { zh: string; en: string }>,
): SearchEntry[] {
  const unitNames = new Map(districtNames);
  for (const unit of file.units) unitNames.set(unit.code, { zh: unit.name_zh, en: unit.name_en });
  const townshipNames = new Map(file.townships.map((t) => [t.code, t.name]));
  return file.communities.map((community) => {
    const township = townshipNames.get(community.township) ?? '';
    const unit = unitNames.get(community.division) ?? { zh: '', en: '' };
    return {
      kind: 'community',
      id: community.code,
      label_zh: community.short,
      label_en: community.short,
      detail_zh: [township, unit.zh].filter(Boolean).join(' · '),
      detail_en: [township, unit.en].filter(Boolean).join(', '),
      keys: uniqueKeys([community.short, community.py, community.pyi]),
      text: uniqueKeys([community.name, township]),
    };
  });
}

/** Every searchable entry: divisions, then sites, then villages and communities. */
export function buildSearchEntries(input: SearchInput): SearchEntry[] {
  const districtNames = new Map(
    input.districts.map((d) => [d.code as string, { zh: d.name_zh, en: d.name_en }]),
  );
  return [
    ...input.districts.map((district) => districtEntry(district, input.pinyin)),
    ...input.sites.map((site) => siteEntry(site, input.pinyin, districtNames, input.cityWide)),
    ...(input.communities ? communityEntries(input.communities, districtNames) : []),
  ];
}

const KIND_ORDER: Record<SearchKind, number> = { district: 0, site: 1, community: 2 };

/** 0 exact name or pinyin, 1 prefix of one, 2 inside one, 3 inside other text; null: no match. */
function rankOf(entry: SearchEntry, query: string): number | null {
  if (entry.keys.includes(query)) return 0;
  if (entry.keys.some((key) => key.startsWith(query))) return 1;
  if (entry.keys.some((key) => key.includes(query))) return 2;
  if (entry.text.some((text) => text.includes(query))) return 3;
  return null;
}

/**
 * The best `limit` entries for a query: by how well they match, then divisions before sites
 * before communities, then in their original order.
 */
export function searchEntries(
  entries: readonly SearchEntry[],
  query: string,
  limit = 8,
): SearchEntry[] {
  const normalised = normaliseQuery(query);
  if (normalised === '' || limit <= 0) return [];
  const matches: { entry: SearchEntry; rank: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    const rank = rankOf(entry, normalised);
    if (rank !== null) matches.push({ entry, rank, index });
  });
  matches.sort(
    (a, b) =>
      a.rank - b.rank || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.index - b.index,
  );
  return matches.slice(0, limit).map((match) => match.entry);
}
