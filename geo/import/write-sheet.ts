/**
 * Rows as a file a maintainer edits: an .xlsx workbook (exceljs; the header frozen and
 * explained in a note on each header cell, lists to choose category, division, datum and
 * precision from, positions shown to six decimals) or a .csv (UTF-8 with a byte-order mark,
 * as the app's own CSV exports).
 */
import ExcelJS from 'exceljs';
import { SITE_COLUMNS, type SiteColumnKey } from '../../src/lib/data/site-columns.ts';
import { toCsv } from '../../src/lib/exports/csv.ts';
import type { ExportCell } from './export-rows.ts';
import type { Lang } from './messages.ts';

/** Rows the lists and formats are set for, beyond the ones written. */
const EDITABLE_ROWS = 500;
/** The workbook's metadata dates, fixed so that an export of the same data says the same. */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

export function csvText(rows: readonly (readonly ExportCell[])[]): string {
  return toCsv(rows);
}

/** The values offered in a column's list (any other spelling the import knows still works). */
export type ColumnChoices = Partial<Record<SiteColumnKey, readonly string[]>>;

interface WithRangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export async function xlsxBytes(
  rows: readonly (readonly ExportCell[])[],
  lang: Lang,
  choices: ColumnChoices,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'hohhot-rule-of-law-map export:sites';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet(lang === 'zh' ? '地点' : 'sites', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  for (const row of rows) sheet.addRow([...row]);
  const last = Math.max(rows.length, EDITABLE_ROWS);
  SITE_COLUMNS.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width =
      column.key.startsWith('summary') || column.key.startsWith('location') ? 40 : 16;
    const head = sheet.getCell(1, index + 1);
    head.font = { bold: true };
    head.note = lang === 'zh' ? column.note_zh : column.note_en;
    if (column.key === 'lon' || column.key === 'lat') sheetColumn.numFmt = '0.000000';
    const list = choices[column.key];
    if (list) {
      const letter = sheetColumn.letter;
      (sheet as unknown as WithRangeValidations).dataValidations.add(
        `${letter}2:${letter}${last}`,
        {
          type: 'list',
          allowBlank: true,
          formulae: [`"${list.join(',')}"`],
          // A warning, not a refusal: the import reads other spellings too (codes, 高德…).
          showErrorMessage: true,
          errorStyle: 'warning',
        },
      );
    }
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
