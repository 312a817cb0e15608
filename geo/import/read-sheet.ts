/**
 * A sheet file from disk, or the one reason it cannot be read (the tool then exits 2):
 * missing, not .xlsx or .csv, not readable as one, or empty.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileText, type Text } from './messages.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import type { Sheet } from './sheet.ts';

export type SheetResult = { ok: true; sheet: Sheet } | { ok: false; reason: Text };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** `shownPath` is how messages name the file (as the maintainer typed it). */
export async function readSheetFile(path: string, shownPath = path): Promise<SheetResult> {
  const fail = (reason: Text): SheetResult => ({ ok: false, reason });
  if (!existsSync(path) || !statSync(path).isFile()) return fail(fileText.fileMissing(shownPath));
  const extension = extname(path).toLowerCase();
  if (extension === '.xls') return fail(fileText.oldXls(shownPath));
  if (extension !== '.xlsx' && extension !== '.csv') return fail(fileText.notSheet(shownPath));
  const bytes = new Uint8Array(readFileSync(path));
  if (bytes.length === 0) return fail(fileText.empty(shownPath));
  const zipped = ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
  if (extension === '.xlsx' && !zipped) {
    return fail(fileText.notZip(shownPath));
  }
  if (extension === '.csv' && zipped) {
    return fail(fileText.zipNamedCsv(shownPath));
  }
  let sheet: Sheet;
  try {
    sheet = extension === '.xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(fileText.unreadable(shownPath, reason.split('\n')[0]));
  }
  if (sheet.rows.length === 0) return fail(fileText.empty(shownPath));
  return { ok: true, sheet };
}
