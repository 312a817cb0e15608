/**
 * The first worksheet of an .xlsx workbook, with exceljs: every cell as text, with Excel's row
 * numbers. A formula cell is kept as its formula's text (`=HYPERLINK(…)`) and marked.
 */
import ExcelJS from 'exceljs';
import { cleanCellText, isBlankRow, type Sheet, type SheetCell, type SheetRow } from './sheet.ts';

export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) return { format: 'xlsx', detail: '', rows: [] };
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetCell[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellOf(row.getCell(column)));
    const sheetRow = { number, cells };
    if (!isBlankRow(sheetRow)) rows.push(sheetRow);
  });
  return { format: 'xlsx', detail: worksheet.name, rows };
}

function cellOf(cell: ExcelJS.Cell): SheetCell {
  const value = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula) {
    return { text: cleanCellText(`=${cell.formula}`), formula: true };
  }
  return { text: cleanCellText(valueText(value)), formula: false };
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return '';
}
