/**
 * The row's texts: present, plain (no HTML, entity or script, by the validator's own test),
 * Chinese where Chinese is due and not Chinese only where English is.
 */
import { findMarkup, hasChinese, isOnlyChinese } from '../validate/text-checks.ts';
import { problemText } from './messages.ts';
import type { RowCell, RowCells, RowReport } from './row-cells.ts';

export const TEXT_KEYS = [
  'name_zh',
  'name_en',
  'location_note_zh',
  'location_note_en',
  'summary_zh',
  'summary_en',
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

/** The texts that passed, by key; a failed or absent one is left out. */
export function readTexts(cells: RowCells, report: RowReport): Partial<Record<TextKey, string>> {
  const texts: Partial<Record<TextKey, string>> = {};
  for (const key of TEXT_KEYS) {
    const cell = cells[key];
    if (!cell) continue;
    if (checkText(key, cell, report)) texts[key] = cell.text;
  }
  return texts;
}

function checkText(key: TextKey, cell: RowCell, report: RowReport): boolean {
  if (cell.text === '') {
    report.error([cell], problemText.required());
    return false;
  }
  const markup = findMarkup(cell.text);
  if (markup) {
    report.error([cell], problemText.markup(markup.kind, markup.found));
    return false;
  }
  if (key.endsWith('_zh') && !hasChinese(cell.text)) {
    report.error([cell], problemText.noChinese(cell.text));
    return false;
  }
  if (key.endsWith('_en') && isOnlyChinese(cell.text)) {
    report.error([cell], problemText.onlyChinese(cell.text));
    return false;
  }
  return true;
}
