/** A spreadsheet as the import reads it: rows of text cells, numbered as Excel numbers them. */

export interface SheetCell {
  /** The cell's text, trimmed; numbers as JavaScript writes them (111.673881). */
  text: string;
  /** Excel would run it as a formula (a formula cell, or CSV text starting with `=`). */
  formula: boolean;
}

export interface SheetRow {
  /** The row number Excel shows (1 is the first row). */
  number: number;
  cells: SheetCell[];
}

export interface Sheet {
  format: 'xlsx' | 'csv';
  /** The worksheet's name (xlsx) or the text encoding found (csv). */
  detail: string;
  /** Every row that has any text, in order; the first is row 1 when row 1 has text. */
  rows: SheetRow[];
}

export const emptyCell: SheetCell = { text: '', formula: false };

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((cell) => cell.text === '');
}

/** Cell text as the import uses it: CRLF inside a cell becomes LF, the ends are trimmed. */
export function cleanCellText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}
