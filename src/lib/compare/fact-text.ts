/**
 * The text of a comparison's value, shared by the tables and the cards: numbers formatted
 * for the language, '—' where not known, a kind or status by its label. Pure.
 */
import type { Status } from '../data/vocab.ts';
import type { Lang } from '../i18n/langs.ts';
import { formatNumber } from '../i18n/translate.ts';
import { sortValue, type CompareRow, type DivisionKind, type FactKey } from './compare-rows.ts';
import type { Translate } from './sort-options.ts';
import type { SortKey } from './sort-keys.ts';

/** A side-by-side fact's value: a kind or status by its label, a number, or '—'. */
export function factText(
  key: FactKey,
  value: string | number | null,
  lang: Lang,
  t: Translate,
): string {
  if (value === null) return '—';
  if (typeof value === 'number') return formatNumber(lang, value);
  return key === 'kind' ? t(`kind.${value as DivisionKind}`) : t(`status.${value as Status}`);
}

/** A number column of a division (a count, the area…), or '—' where not known. */
export function figureText(row: CompareRow, key: SortKey, lang: Lang): string {
  const value = sortValue(row, key, lang);
  return typeof value === 'number' ? formatNumber(lang, value) : '—';
}
