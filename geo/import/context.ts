/**
 * What a row is checked against, read from the data folder's files: the divisions (with the
 * validator's own index, so "inside the division" means what check:data means), the source
 * documents, today's sites, and the ids the other files use. Vocabularies are the app's: a
 * category may be written as its code or as the label the app shows.
 */
import { CITY, PRECISIONS, SITE_CATEGORIES } from '../../src/lib/data/vocab.ts';
import type { Precision, SiteCategory } from '../../src/lib/data/vocab.ts';
import { exploreEn, exploreZh } from '../../src/lib/i18n/messages-explore.ts';
import { CITY_LABEL_ZH, PRECISION_LABELS_ZH } from '../../src/lib/data/site-columns.ts';
import { isRecord } from '../validate/describe-value.ts';
import { indexDivisions, type DivisionIndex } from '../validate/division-index.ts';
import { GEO_FILES } from '../validate/geo-files.ts';
import { listItems } from '../validate/items.ts';
import { parseJsonText } from '../validate/parse-json.ts';
import { indexDocuments, type KnownDocuments } from '../validate/source-documents.ts';
import { idKey } from '../validate/unique-ids.ts';
import type { Text } from './messages.ts';

export interface DivisionName {
  code: string;
  name_zh: string;
  name_en: string;
}

export interface ImportContext {
  divisions: DivisionIndex | undefined;
  /** Division names by code. */
  divisionNames: ReadonlyMap<string, DivisionName>;
  documents: KnownDocuments | undefined;
  /** Today's site features, by id, as they are in the file. */
  sites: ReadonlyMap<string, Record<string, unknown>>;
  /** The file of every id that honours, figures and events use (by idKey). */
  otherIds: ReadonlyMap<string, string>;
}

const parsed = (text: string | undefined): unknown => {
  if (text === undefined) return undefined;
  const result = parseJsonText(text);
  return result.ok ? result.value : undefined;
};

const featuresOf = (value: unknown): unknown[] =>
  isRecord(value) && Array.isArray(value.features) ? value.features : [];

export function buildContext(files: Readonly<Record<string, string>>): ImportContext {
  const districtFeatures = featuresOf(parsed(files[GEO_FILES.districts]));
  const divisionNames = new Map<string, DivisionName>();
  for (const feature of districtFeatures) {
    const p = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    if (typeof p.code === 'string' && typeof p.name_zh === 'string') {
      const name_en = typeof p.name_en === 'string' ? p.name_en : p.code;
      divisionNames.set(p.code, { code: p.code, name_zh: p.name_zh, name_en });
    }
  }
  const sources = parsed(files[GEO_FILES.sources]);
  const documents =
    sources === undefined
      ? undefined
      : indexDocuments(listItems(GEO_FILES.sources, sources, '', 'source documents'));
  const sites = new Map<string, Record<string, unknown>>();
  for (const feature of featuresOf(parsed(files[GEO_FILES.sites]))) {
    const id = isRecord(feature) && isRecord(feature.properties) ? feature.properties.id : null;
    if (typeof id === 'string' && !sites.has(id)) sites.set(id, feature as Record<string, unknown>);
  }
  const otherIds = new Map<string, string>();
  for (const key of ['honours', 'figures', 'events'] as const) {
    const list = parsed(files[GEO_FILES[key]]);
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (isRecord(item) && typeof item.id === 'string')
        otherIds.set(idKey(item.id), GEO_FILES[key]);
    }
  }
  return {
    divisions: indexDivisions(districtFeatures),
    divisionNames,
    documents,
    sites,
    otherIds,
  };
}

/** `玉泉区（150104）` / `150104 Yuquan District`, for messages. */
export function divisionText(context: ImportContext, code: string): Text {
  const name = context.divisionNames.get(code);
  return name
    ? { zh: `${name.name_zh}（${code}）`, en: `${code} ${name.name_en}` }
    : { zh: code, en: code };
}

const lookupKey = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** A category by its code, or its label as the app shows it in Chinese or English. */
export function parseCategory(text: string): SiteCategory | undefined {
  const key = lookupKey(text);
  return SITE_CATEGORIES.find(
    (category) =>
      category === key.replace(/[\s-]+/g, '_') ||
      lookupKey(exploreZh[`category.${category}`]) === key ||
      lookupKey(exploreEn[`category.${category}`]) === key,
  );
}

export const categoryLabelsZh = SITE_CATEGORIES.map((c) => exploreZh[`category.${c}`]);

/** A division by its code, its Chinese or English name, or the city as 全市 / city. */
export function parseDistrict(context: ImportContext, text: string): string | undefined {
  const key = lookupKey(text);
  if (key === CITY || key === CITY_LABEL_ZH) return CITY;
  for (const name of context.divisionNames.values()) {
    if ([name.code, name.name_zh, name.name_en].some((known) => lookupKey(known) === key)) {
      return name.code;
    }
  }
  return undefined;
}

const PRECISION_ALIASES: Readonly<Record<string, Precision>> = {
  'district seat': 'district_seat',
  seat: 'district_seat',
  精确位置: 'exact',
  近似位置: 'approximate',
  旗县区驻地: 'district_seat',
  政府驻地: 'district_seat',
};

/** A precision by its code, 精确 / 近似 / 驻地 / 无, or a few spellings of them. */
export function parsePrecision(text: string): Precision | undefined {
  const key = lookupKey(text);
  return (
    PRECISIONS.find((p) => p === key || PRECISION_LABELS_ZH[p] === key) ?? PRECISION_ALIASES[key]
  );
}
