/**
 * A problem in a sheet, and how it is printed: one line, the row as Excel numbers it, the
 * header as the sheet writes it, in the maintainer's language:
 * `第 3 行「经度」: 40.85 像是纬度（经纬度是否填反？）` /
 * `row 3, "lon": 40.85 looks like a latitude (lon and lat swapped?)`.
 */
import type { Lang, Text } from './messages.ts';

export type Severity = 'error' | 'warning';

export interface SheetProblem {
  severity: Severity;
  /** The row as Excel shows it (1 is the header); undefined for a problem of no row. */
  row?: number;
  /** The headers of the cells concerned, as written in the sheet (may be none). */
  headers: readonly string[];
  /** A field of the data that has no column (e.g. `parent`), for check:data's findings. */
  field?: string;
  text: Text;
}

export function rowError(row: number, headers: readonly string[], text: Text): SheetProblem {
  return { severity: 'error', row, headers, text };
}

export function rowWarning(row: number, headers: readonly string[], text: Text): SheetProblem {
  return { severity: 'warning', row, headers, text };
}

export function formatProblem(problem: SheetProblem, lang: Lang): string {
  const body = problem.text[lang];
  const where = problem.row === undefined ? '' : locate(problem, lang);
  const line = where === '' ? body : `${where}: ${body}`;
  if (problem.severity === 'error') return line;
  return lang === 'zh' ? `警告：${line}` : `warning: ${line}`;
}

function locate(problem: SheetProblem, lang: Lang): string {
  const { row, headers, field } = problem;
  if (lang === 'zh') {
    const cells = headers.map((header) => `「${header}」`).join('');
    return `第 ${row} 行${cells}${field ? `（${field}）` : ''}`;
  }
  const cells = headers.map((header) => `, ${JSON.stringify(header)}`).join('');
  return `row ${row}${cells}${field ? ` (${field})` : ''}`;
}

/**
 * Problems in reading order: by row, then by the column of their first cell (`columnOf` gives
 * a header's position in the sheet), then as found. Problems of no row come last.
 */
export function sortProblems(
  problems: readonly SheetProblem[],
  columnOf: (header: string) => number = () => 0,
): SheetProblem[] {
  const column = (problem: SheetProblem) =>
    problem.headers.length ? columnOf(problem.headers[0]) : -1;
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        (a.problem.row ?? Infinity) - (b.problem.row ?? Infinity) ||
        column(a.problem) - column(b.problem) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}

export const isError = (problem: SheetProblem) => problem.severity === 'error';
