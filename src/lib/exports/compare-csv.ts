/** The comparison table of the nine divisions as CSV cells (names in Chinese and English). */
import type { CompareRow } from '../compare/compare-rows.ts';
// The comparison's column names come with the export code.
import '../i18n/messages-compare-view.ts';
import { SITE_CATEGORIES } from '../data/vocab.ts';
import type { Lang, MessageKey } from '../i18n/messages.ts';
import type { CsvCell } from './csv.ts';

export type Translate = (key: MessageKey) => string;

/**
 * Header and one row per division; every category gets a column, so files line up. The
 * last column carries the data's "as of" date on every row, so a row copied elsewhere keeps it.
 */
export function compareCsvTable(
  rows: readonly CompareRow[],
  t: Translate,
  lang: Lang,
  asOf: string | null = null,
): CsvCell[][] {
  const header: CsvCell[] = [
    t('compare.col.code'),
    t('compare.col.nameZh'),
    t('compare.col.nameEn'),
    t('compare.col.kind'),
    t('compare.col.status'),
    t('compare.col.honours'),
    ...SITE_CATEGORIES.map((c) => t(`category.${c}`)),
    t('compare.col.sites'),
    t('compare.col.area'),
    t('compare.col.townships'),
    t('compare.col.villages'),
    t('sources.asOfLabel'),
  ];
  const body = rows.map((r): CsvCell[] => [
    r.code,
    r.name_zh,
    r.name_en,
    t(`kind.${r.kind}`),
    t(`status.${r.status}`),
    r.honours
      .map((h) => {
        const year = h.year ?? t('panel.yearUnknown');
        return `${lang === 'zh' ? h.name_zh : h.name_en} (${t(`level.${h.level}`)}, ${year})`;
      })
      .join('; '),
    ...SITE_CATEGORIES.map((c) => r.sites[c]),
    r.siteTotal,
    r.area_km2,
    r.townships,
    r.villages,
    asOf ?? '',
  ]);
  return [header, ...body];
}
