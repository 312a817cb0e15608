/**
 * `npm run import:sites` without the files: a sheet and the data folder's texts in, the
 * problems, the changes and the new texts out. Every row is checked on its own (all problems
 * at once), the merged data by the whole check:data validator; on any error nothing is to
 * be written.
 */
import { GEO_FILES } from '../validate/geo-files.ts';
import { isRecord } from '../validate/describe-value.ts';
import { parseJsonText } from '../validate/parse-json.ts';
import { checkMergedData } from './check-data.ts';
import { SEARCH_KEYS_FILE } from './data-files.ts';
import { buildContext } from './context.ts';
import { readHeader } from './header.ts';
import { mergeSites, type SiteChange } from './merge-sites.ts';
import { isError, sortProblems, type SheetProblem } from './problems.ts';
import { rowToSite, type ImportedRow } from './row-to-site.ts';
import type { Sheet } from './sheet.ts';
import { formatSitesText, searchKeysText } from './write-geo.ts';

export interface ImportOptions {
  /** Remove the sites the sheet does not name. */
  replace: boolean;
}

export interface FileWrite {
  /** The data file, as GEO_FILES names it (`geo/sites.geojson`). */
  file: string;
  text: string;
}

export type ImportOutcome =
  | { kind: 'no-header' }
  | {
      kind: 'checked';
      /** Errors and warnings, in row order. */
      problems: SheetProblem[];
      /** When there is no error: what happens to each site. */
      changes: SiteChange[] | undefined;
      /** When there is no error: the files whose text changes, with their new text. */
      writes: FileWrite[] | undefined;
    };

export async function importSheet(
  sheet: Sheet,
  files: Readonly<Record<string, string>>,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const [first, ...rows] = sheet.rows;
  const header = first?.number === 1 ? readHeader(first) : undefined;
  if (!header) return { kind: 'no-header' };
  const context = buildContext(files);
  const seen = new Map<string, number>();
  const imported: ImportedRow[] = rows.map((row) => rowToSite(row, header, context, seen));
  const rowOf = new Map<unknown, ImportedRow>();
  const features = imported.flatMap((row) => (row.feature ? [row.feature] : []));
  for (const row of imported) if (row.feature) rowOf.set(row.feature, row);
  const sheetProblems = [...header.problems, ...imported.flatMap((row) => row.problems)];
  const columns = new Map([...header.columns.values()].map((c) => [c.header, c.index]));
  const inOrder = (list: SheetProblem[]) =>
    sortProblems(list, (text) => columns.get(text) ?? Infinity);

  const today = featuresOf(files[GEO_FILES.sites]);
  if (!today) {
    // Today's file cannot be read: say so as check:data does, and never replace it.
    const problems = inOrder([...sheetProblems, ...checkMergedData(files, [], rowOf)]);
    return { kind: 'checked', problems, changes: undefined, writes: undefined };
  }
  const merged = mergeSites(today, features, options.replace);
  const sitesText = await formatSitesText(merged.features);
  const mergedFiles = { ...files, [GEO_FILES.sites]: sitesText };
  const problems = inOrder([
    ...sheetProblems,
    ...checkMergedData(mergedFiles, merged.features, rowOf),
  ]);
  if (problems.some(isError)) {
    return { kind: 'checked', problems, changes: undefined, writes: undefined };
  }
  const districts = JSON.parse(files[GEO_FILES.districts]) as unknown;
  const keysText = searchKeysText(districts, JSON.parse(sitesText));
  const writes = [
    { file: GEO_FILES.sites, text: sitesText },
    { file: SEARCH_KEYS_FILE, text: keysText },
  ].filter((write) => files[write.file] !== write.text);
  return { kind: 'checked', problems, changes: merged.changes, writes };
}

/** Today's features; undefined when the file is missing or is not a feature collection. */
function featuresOf(text: string | undefined): unknown[] | undefined {
  if (text === undefined) return undefined;
  const result = parseJsonText(text);
  return result.ok && isRecord(result.value) && Array.isArray(result.value.features)
    ? result.value.features
    : undefined;
}
