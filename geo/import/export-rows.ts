/**
 * Today's sites as rows of the template's columns (export:sites), the header first: names,
 * category, division and precision as a maintainer writes them (in Chinese: 法院, 玉泉区,
 * 驻地; in English: court, Yuquan District, district_seat), positions in WGS84. Importing the
 * rows again gives back the same sites, byte for byte.
 */
import type { Citation, SiteFeature } from '../../src/lib/data/schema.ts';
import {
  CITY_LABEL_ZH,
  PRECISION_LABELS_ZH,
  SITE_COLUMNS,
  siteColumnHeaders,
  type SiteColumnKey,
} from '../../src/lib/data/site-columns.ts';
import { CITY } from '../../src/lib/data/vocab.ts';
import { exploreZh } from '../../src/lib/i18n/messages-explore.ts';
import type { DivisionName } from './context.ts';
import type { Lang } from './messages.ts';

export type ExportCell = string | number | null;

export function exportRows(
  sites: readonly SiteFeature[],
  divisions: ReadonlyMap<string, DivisionName>,
  lang: Lang,
): ExportCell[][] {
  const rows = sites.map((site) => {
    const values = siteValues(site, divisions, lang);
    return SITE_COLUMNS.map((column) => values[column.key]);
  });
  return [siteColumnHeaders(lang), ...rows];
}

function siteValues(
  { properties: p, geometry }: SiteFeature,
  divisions: ReadonlyMap<string, DivisionName>,
  lang: Lang,
): Record<SiteColumnKey, ExportCell> {
  const zh = lang === 'zh';
  const division = divisions.get(p.district);
  const refs = citationList(p.source);
  return {
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    category: zh ? exploreZh[`category.${p.category}`] : p.category,
    district:
      p.district === CITY
        ? zh
          ? CITY_LABEL_ZH
          : CITY
        : ((zh ? division?.name_zh : division?.name_en) ?? p.district),
    lon: geometry ? geometry.coordinates[0] : null,
    lat: geometry ? geometry.coordinates[1] : null,
    datum: geometry ? 'WGS84' : null,
    precision: zh ? PRECISION_LABELS_ZH[p.location.precision] : p.location.precision,
    location_note_zh: p.location.note_zh,
    location_note_en: p.location.note_en,
    summary_zh: p.summary_zh,
    summary_en: p.summary_en,
    source: refs.map((ref) => ref.doc).join(';'),
    source_section: withoutTrailingEmpty(refs.map((ref) => ref.section ?? '')).join(';'),
  };
}

function citationList(source: Citation) {
  return Array.isArray(source) ? source : [source];
}

function withoutTrailingEmpty(parts: string[]): string[] {
  const kept = [...parts];
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept;
}
