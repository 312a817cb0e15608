/**
 * One data row as the columns of the header name them, and the row's problems as they are
 * found (each naming the row and the cells' headers as written).
 */
import { SITE_COLUMN_KEYS, type SiteColumnKey } from '../../src/lib/data/site-columns.ts';
import type { Header } from './header.ts';
import { problemText, type Text } from './messages.ts';
import { rowError, rowWarning, type SheetProblem } from './problems.ts';
import { emptyCell, type SheetRow } from './sheet.ts';

export interface RowCell {
  text: string;
  /** The column's header as the sheet writes it. */
  header: string;
}

/** The row's cells by column; a column the sheet does not have is absent. */
export type RowCells = Partial<Record<SiteColumnKey, RowCell>>;

export class RowReport {
  readonly problems: SheetProblem[] = [];

  constructor(readonly row: number) {}

  error(cells: readonly (RowCell | undefined)[], text: Text): void {
    this.problems.push(rowError(this.row, headersOf(cells), text));
  }

  warning(cells: readonly (RowCell | undefined)[], text: Text): void {
    this.problems.push(rowWarning(this.row, headersOf(cells), text));
  }

  get failed(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }
}

const headersOf = (cells: readonly (RowCell | undefined)[]) =>
  cells.filter((cell) => cell !== undefined).map((cell) => cell.header);

/** The row's cells by column key; a formula is kept as its text, with a warning. */
export function rowCells(row: SheetRow, header: Header, report: RowReport): RowCells {
  const cells: RowCells = {};
  for (const key of SITE_COLUMN_KEYS) {
    const column = header.columns.get(key);
    if (!column) continue;
    const { text, formula } = row.cells[column.index] ?? emptyCell;
    const cell = { text, header: column.header };
    if (formula) report.warning([cell], problemText.formula(text));
    cells[key] = cell;
  }
  return cells;
}
