/**
 * The header row: which column holds what. Headers are recognised in Chinese or English, in
 * any order (全角 letters, case, spaces and a trailing `*` do not matter). An unknown header
 * is reported and its column ignored; a column named twice, or a required one missing, is an
 * error.
 */
import { SITE_COLUMNS, type SiteColumnKey } from '../../src/lib/data/site-columns.ts';
import { problemText } from './messages.ts';
import { rowError, rowWarning, type SheetProblem } from './problems.ts';
import type { SheetRow } from './sheet.ts';

export interface HeaderColumn {
  key: SiteColumnKey;
  /** 0-based position of the cell in each row. */
  index: number;
  /** The header as the sheet writes it. */
  header: string;
}

export interface Header {
  columns: ReadonlyMap<SiteColumnKey, HeaderColumn>;
  problems: SheetProblem[];
}

/** How a header is compared: NFKC, lower case, spaces and hyphens as `_`, no trailing `*`. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/\s*\*$/, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const KEY_BY_HEADER = new Map<string, SiteColumnKey>(
  SITE_COLUMNS.flatMap((column) => [
    [headerKey(column.zh), column.key],
    [headerKey(column.en), column.key],
  ]),
);

export function columnOf(header: string): SiteColumnKey | undefined {
  return KEY_BY_HEADER.get(headerKey(header));
}

/** The header row's columns; undefined when it names no known column (not a header row). */
export function readHeader(row: SheetRow): Header | undefined {
  const columns = new Map<SiteColumnKey, HeaderColumn>();
  const problems: SheetProblem[] = [];
  row.cells.forEach(({ text }, index) => {
    if (text === '') return;
    const key = columnOf(text);
    if (!key) {
      problems.push(rowWarning(row.number, [text], problemText.unknownColumn()));
      return;
    }
    const first = columns.get(key);
    if (first) {
      problems.push(rowError(row.number, [text], problemText.duplicateColumn(first.header)));
      return;
    }
    columns.set(key, { key, index, header: text });
  });
  if (columns.size === 0) return undefined;
  for (const column of SITE_COLUMNS) {
    if (column.required && !columns.has(column.key)) {
      problems.push(rowError(row.number, [], problemText.missingColumn(column.zh, column.en)));
    }
  }
  return { columns, problems };
}
