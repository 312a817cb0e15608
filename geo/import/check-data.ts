/**
 * The merged data through the whole check:data validator, in memory. What it finds in a site
 * that came from the sheet is reported against that row (with the column, where the field has
 * one); anything else as check:data prints it.
 */
import type { SiteColumnKey } from '../../src/lib/data/site-columns.ts';
import { GEO_FILES } from '../validate/geo-files.ts';
import { checkGeoFiles } from '../validate/validate-geo-files.ts';
import { formatError, type ValidationError } from '../validate/validation-error.ts';
import { problemText } from './messages.ts';
import type { SheetProblem } from './problems.ts';
import type { ImportedRow } from './row-to-site.ts';

const FIELD_COLUMNS: readonly [RegExp, SiteColumnKey[]][] = [
  [/^(id|name_zh|name_en|category|district|summary_zh|summary_en)$/, []],
  [/^location\.precision$/, ['precision']],
  [/^location\.note_zh$/, ['location_note_zh']],
  [/^location\.note_en$/, ['location_note_en']],
  [/^geometry(\.|$)/, ['lon', 'lat']],
  [/^source(\[\d+\])?\.section$/, ['source_section']],
  [/^(source(\[\d+\])?(\.doc)?|secondary)$/, ['source']],
];

/** The columns a field of a site comes from; [] when the sheet has no column for it. */
export function columnsOfField(field: string): SiteColumnKey[] {
  for (const [pattern, columns] of FIELD_COLUMNS) {
    if (pattern.test(field)) return columns.length ? columns : [field as SiteColumnKey];
  }
  return [];
}

/**
 * `files` with the merged sites in place; `rowOf` names the row each imported feature came
 * from. Returns one problem per error.
 */
export function checkMergedData(
  files: Readonly<Record<string, string>>,
  features: readonly unknown[],
  rowOf: ReadonlyMap<unknown, ImportedRow>,
): SheetProblem[] {
  const { errors } = checkGeoFiles(files);
  return errors.map((error) => toProblem(error, features, rowOf));
}

function toProblem(
  error: ValidationError,
  features: readonly unknown[],
  rowOf: ReadonlyMap<unknown, ImportedRow>,
): SheetProblem {
  const index = /^features\[(\d+)\]/.exec(error.location)?.[1];
  const imported =
    error.file === GEO_FILES.sites && index !== undefined
      ? rowOf.get(features[Number(index)])
      : undefined;
  if (!imported) {
    const line = formatError(error);
    return { severity: 'error', headers: [], text: { zh: line, en: line } };
  }
  const columns = columnsOfField(error.field);
  const headers = columns.map((key) => imported.headers[key]);
  const known = headers.every((header) => header !== undefined) && headers.length > 0;
  return {
    severity: 'error',
    row: imported.row,
    headers: known ? (headers as string[]) : [],
    field: known ? undefined : error.field,
    text: problemText.checkData(error.message),
  };
}
