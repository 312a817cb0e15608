/**
 * The row's position: 经度 / 纬度 in the row's 坐标系, converted to WGS84 and rounded to six
 * decimals, then held to the rules check:data applies to a site's point: none for precision
 * "none", one for every other; in range and not swapped; on the division's seat for
 * "district_seat", inside the declared division (or one of the nine, for the city) otherwise.
 */
import { PRECISION_LABELS_ZH } from '../../src/lib/data/site-columns.ts';
import { CITY, type Precision } from '../../src/lib/data/vocab.ts';
import { divisionContaining, isInBounds } from '../validate/division-index.ts';
import { divisionText, type ImportContext } from './context.ts';
import { parseDatum, roundPoint, toWgs84, type Datum } from './datum.ts';
import { problemText } from './messages.ts';
import type { RowCell, RowCells, RowReport } from './row-cells.ts';

/** As check:data: a district_seat point must be the seat to within this. */
const SEAT_TOLERANCE_DEGREES = 1e-6;
const DEGREES = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export interface RowPosition {
  /** WGS84 [lon, lat], six decimals; null for no point. */
  point: [number, number] | null;
  /** The datum the sheet gave, for the location note; undefined without a point. */
  datum: Datum | undefined;
}

/**
 * `precision` and `district` are the row's parsed values (undefined when they failed; the
 * checks that need them are then skipped). Undefined when the position has an error.
 */
export function readPosition(
  cells: RowCells,
  precision: Precision | undefined,
  district: string | undefined,
  context: ImportContext,
  report: RowReport,
): RowPosition | undefined {
  const { lon: lonCell, lat: latCell, datum: datumCell } = cells;
  if (!lonCell || !latCell || !datumCell) return undefined; // the header reports the column
  const given = [lonCell, latCell].filter((cell) => cell.text !== '');
  if (precision === 'none') {
    for (const cell of given) report.error([cell], problemText.pointNotAllowed());
    return given.length ? undefined : { point: null, datum: undefined };
  }
  if (given.length < 2 && precision !== undefined) {
    for (const cell of [lonCell, latCell].filter((c) => c.text === '')) {
      report.error([cell], problemText.pointNeeded(PRECISION_LABELS_ZH[precision], precision));
    }
  }
  const point = readDegrees(lonCell, latCell, context, report);
  const datum = readDatum(datumCell, given.length > 0, report);
  if (!point || !datum || precision === undefined) return undefined;
  const wgs84 = roundPoint(toWgs84(point, datum));
  if (district !== undefined && context.divisions) {
    const ok =
      precision === 'district_seat'
        ? checkSeat(wgs84, district, cells, context, report)
        : checkInside(wgs84, district, [lonCell, latCell], context, report);
    if (!ok) return undefined;
  }
  return { point: wgs84, datum };
}

function readDegrees(
  lonCell: RowCell,
  latCell: RowCell,
  context: ImportContext,
  report: RowReport,
): [number, number] | undefined {
  const values = [lonCell, latCell].map((cell) => {
    if (cell.text === '') return undefined;
    const text = cell.text.normalize('NFKC').replace(/°$/, '').trim();
    if (DEGREES.test(text)) return Number(text);
    report.error([cell], problemText.notNumber(cell.text));
    return undefined;
  });
  const [lon, lat] = values;
  if (lon === undefined || lat === undefined) return undefined;
  const divisions = context.divisions;
  if (divisions && !isInBounds(divisions, [lon, lat]) && isInBounds(divisions, [lat, lon])) {
    report.error([lonCell], problemText.looksLikeLat(lonCell.text));
    return undefined;
  }
  let inRange = true;
  if (Math.abs(lon) > 180) {
    report.error([lonCell], problemText.outOfRange(lonCell.text, 180));
    inRange = false;
  }
  if (Math.abs(lat) > 90) {
    report.error([latCell], problemText.outOfRange(latCell.text, 90));
    inRange = false;
  }
  return inRange ? [lon, lat] : undefined;
}

function readDatum(cell: RowCell, hasPoint: boolean, report: RowReport): Datum | undefined {
  if (cell.text === '') {
    if (hasPoint) report.error([cell], problemText.datumNeeded());
    return undefined;
  }
  const datum = parseDatum(cell.text);
  if (!datum) report.error([cell], problemText.unknownDatum(cell.text));
  return datum;
}

function checkSeat(
  point: [number, number],
  district: string,
  cells: RowCells,
  context: ImportContext,
  report: RowReport,
): boolean {
  if (district === CITY) {
    report.error([cells.precision], problemText.seatNeedsDivision());
    return false;
  }
  const division = context.divisions?.byCode.get(district);
  if (!division) return true; // check:data reports the unusable division
  const atSeat = point.every(
    (value, i) => Math.abs(value - division.seat[i]) <= SEAT_TOLERANCE_DEGREES,
  );
  if (!atSeat) {
    const text = problemText.notSeat(point, divisionText(context, district), division.seat);
    report.error([cells.lon, cells.lat], text);
  }
  return atSeat;
}

function checkInside(
  point: [number, number],
  district: string,
  cells: readonly RowCell[],
  context: ImportContext,
  report: RowReport,
): boolean {
  if (!context.divisions) return true;
  const actual = divisionContaining(context.divisions, point);
  if (actual && (district === CITY || actual.code === district)) return true;
  const declared = district === CITY ? undefined : divisionText(context, district);
  const found = actual ? divisionText(context, actual.code) : undefined;
  report.error(cells, problemText.notInDivision(point, found, declared));
  return false;
}
