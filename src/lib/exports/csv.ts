/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel shows Chinese),
 * CRLF line ends and RFC 4180 quoting. Text that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) is prefixed with a quote mark.
 */
export type CsvCell = string | number | null;

export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, made safe and quoted where needed. Finite numbers are written as they are. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table (first row the header) as the text of a .csv file, BOM included. */
export function toCsv(table: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + table.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
