import type { MessageKey } from '../i18n/messages.ts';
import type { FactKey, SortKey } from './compare-rows.ts';
// The labels these keys name come with this code (the compare view's chunk and the exports').
import '../i18n/messages-compare-view.ts';

/** The message that names a table column or a side-by-side fact. */
export function columnLabelKey(key: SortKey | FactKey): MessageKey {
  if (key.startsWith('sites.')) return `category.${key.slice('sites.'.length)}` as MessageKey;
  return `compare.col.${key}` as MessageKey;
}

/** Columns of the comparison table, after the name: site categories go between honours and the total. */
export function tableColumns(categories: readonly string[]): SortKey[] {
  return [
    'kind',
    'status',
    'honours',
    ...categories.map((c) => `sites.${c}` as SortKey),
    'sites',
    'area',
    'townships',
    'villages',
  ];
}

/** Columns showing numbers (right-aligned, tabular figures); honours show names, sorted by count. */
export function isNumericColumn(key: SortKey | FactKey): boolean {
  return !['name', 'kind', 'status', 'honours'].includes(key);
}
