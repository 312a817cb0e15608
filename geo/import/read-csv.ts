/**
 * A CSV file's rows, with csv-parse. Record n is row n, as Excel shows the file (a quoted
 * cell may span lines and is still one row). A cell Excel would run as a formula is marked;
 * a leading apostrophe that protects such text (as the export and the app's CSV write it)
 * is removed.
 */
import { parse } from 'csv-parse/sync';
import { decodeText } from './decode-text.ts';
import { cleanCellText, isBlankRow, type Sheet, type SheetCell, type SheetRow } from './sheet.ts';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const PROTECTED = /^'[=+\-@\t\r]/;

export function csvCell(raw: string): SheetCell {
  if (PROTECTED.test(raw)) return { text: cleanCellText(raw.slice(1)), formula: false };
  const text = cleanCellText(raw);
  const formula = text.startsWith('=') || (/^[+\-@]/.test(text) && !NUMBER.test(text));
  return { text, formula };
}

/** Throws csv-parse's error for text that is not CSV (an unclosed quote…). */
export function readCsv(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeText(bytes);
  const records = parse(text, {
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  const rows: SheetRow[] = records
    .map((record, index) => ({ number: index + 1, cells: record.map(csvCell) }))
    .filter((row) => !isBlankRow(row));
  return { format: 'csv', detail: encoding, rows };
}
