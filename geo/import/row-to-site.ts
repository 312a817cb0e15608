/**
 * One data row → one site, or the row's problems: every cell is checked and every problem
 * reported, in the maintainer's terms (the row, the header as written).
 */
import type { SiteColumnKey } from '../../src/lib/data/site-columns.ts';
import type { Precision, SiteCategory } from '../../src/lib/data/vocab.ts';
import { idKey } from '../validate/unique-ids.ts';
import {
  categoryLabelsZh,
  parseCategory,
  parseDistrict,
  parsePrecision,
  type ImportContext,
} from './context.ts';
import type { Header } from './header.ts';
import { noteWithDatum } from './location-note.ts';
import { problemText } from './messages.ts';
import type { SheetProblem } from './problems.ts';
import { RowReport, rowCells, type RowCell, type RowCells } from './row-cells.ts';
import { readPosition } from './row-position.ts';
import { onlyGradeC, readSources } from './row-sources.ts';
import { readTexts, type TextKey } from './row-texts.ts';
import type { SheetRow } from './sheet.ts';
import { siteFeature, type SiteFeatureJson } from './site-feature.ts';
import { SITE_CATEGORIES } from '../../src/lib/data/vocab.ts';
import { SLUG, slugFromName } from './slug.ts';

export interface ImportedRow {
  row: number;
  /** The site's id, when the row gives or implies a usable one. */
  id: string | undefined;
  /** The site; undefined when the row (or the header) has an error. */
  feature: SiteFeatureJson | undefined;
  /** The header of each column, as written, for messages about the row's fields. */
  headers: Partial<Record<SiteColumnKey, string>>;
  problems: SheetProblem[];
}

/** `seen`: the rows of the ids met so far (by idKey), to report a repeated id; updated. */
export function rowToSite(
  row: SheetRow,
  header: Header,
  context: ImportContext,
  seen: Map<string, number>,
): ImportedRow {
  const report = new RowReport(row.number);
  const cells = rowCells(row, header, report);
  const texts = readTexts(cells, report);
  const id = readId(cells, context, seen, report);
  const category = readChoice(cells.category, report, parseCategory, (text) =>
    problemText.unknownCategory(text, categoryLabelsZh, SITE_CATEGORIES),
  );
  const district = readChoice(
    cells.district,
    report,
    (text) => parseDistrict(context, text),
    problemText.unknownDistrict,
  );
  const precision = readChoice(
    cells.precision,
    report,
    parsePrecision,
    problemText.unknownPrecision,
  );
  const position = readPosition(cells, precision, district, context, report);
  const source = readSources(cells, context, report);
  const headers = Object.fromEntries(
    [...header.columns.values()].map((column) => [column.key, column.header]),
  );
  const complete =
    !report.failed &&
    header.problems.every((problem) => problem.severity !== 'error') &&
    id !== undefined &&
    category !== undefined &&
    district !== undefined &&
    precision !== undefined &&
    position !== undefined &&
    source !== undefined &&
    hasAll(texts);
  const feature = complete
    ? siteFeature(
        {
          id,
          ...texts,
          category: category as SiteCategory,
          district,
          precision: precision as Precision,
          note: noteWithDatum(
            { zh: texts.location_note_zh, en: texts.location_note_en },
            position.datum,
          ),
          point: position.point,
          source,
          secondary: onlyGradeC(source, context),
        },
        context.sites.get(id),
      )
    : undefined;
  return { row: row.number, id, feature, headers, problems: report.problems };
}

function hasAll(texts: Partial<Record<TextKey, string>>): texts is Record<TextKey, string> {
  return (
    texts.name_zh !== undefined &&
    texts.name_en !== undefined &&
    texts.summary_zh !== undefined &&
    texts.summary_en !== undefined &&
    texts.location_note_zh !== undefined &&
    texts.location_note_en !== undefined
  );
}

function readChoice<T>(
  cell: RowCell | undefined,
  report: RowReport,
  parse: (text: string) => T | undefined,
  unknown: (text: string) => { zh: string; en: string },
): T | undefined {
  if (!cell) return undefined;
  if (cell.text === '') {
    report.error([cell], problemText.required());
    return undefined;
  }
  const value = parse(cell.text);
  if (value === undefined) report.error([cell], unknown(cell.text));
  return value;
}

/** The row's id: as given, or made from the English name; unique in the sheet and the data. */
function readId(
  cells: RowCells,
  context: ImportContext,
  seen: Map<string, number>,
  report: RowReport,
): string | undefined {
  const given = cells.id?.text ?? '';
  const where = [given !== '' ? cells.id : (cells.id ?? cells.name_en)];
  let id = given;
  if (given !== '' && !SLUG.test(given)) {
    report.error(where, problemText.notSlug(given));
    return undefined;
  }
  if (given === '') {
    const name = cells.name_en?.text ?? '';
    if (name === '') return undefined; // 英文名称 reports itself as missing
    id = slugFromName(name);
    if (id === '') {
      report.error(where, problemText.noSlug());
      return undefined;
    }
  }
  const first = seen.get(idKey(id));
  if (first !== undefined) {
    report.error(where, problemText.duplicateRow(id, first));
    return undefined;
  }
  seen.set(idKey(id), report.row);
  const file = context.otherIds.get(idKey(id));
  if (file) {
    report.error(where, problemText.idTaken(id, file));
    return undefined;
  }
  if (given === '' && context.sites.has(id)) {
    report.warning(where, problemText.generatedIdUpdates(id));
  }
  return id;
}
