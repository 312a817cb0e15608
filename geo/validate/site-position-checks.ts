/**
 * A site's point against its declared precision and division: no point for precision "none",
 * a point for every other; [lon, lat] in range and not swapped; inside the declared division
 * ("exact", "approximate") or exactly on its seat ("district_seat").
 */
import { CITY, DISTRICT_CODES, PRECISIONS } from '../../src/lib/data/vocab.ts';
import { formatPosition, isFinitePair, isRecord, quote } from './describe-value.ts';
import {
  describeDivision,
  divisionContaining,
  isInBounds,
  type DivisionIndex,
} from './division-index.ts';
import type { FieldProblem } from './validation-error.ts';

const SEAT_TOLERANCE_DEGREES = 1e-6;
const COORDINATES = 'geometry.coordinates';

export function checkSitePosition(
  properties: Record<string, unknown>,
  geometry: unknown,
  divisions: DivisionIndex | undefined,
): FieldProblem[] {
  const precision = isRecord(properties.location) ? properties.location.precision : undefined;
  if (!PRECISIONS.includes(precision as never)) return []; // the schema reports it
  if (precision === 'none') {
    return geometry === null || geometry === undefined
      ? []
      : [
          {
            field: 'geometry',
            message: `found ${quote(geometry)}, expected null for precision "none"`,
          },
        ];
  }
  if (geometry === null) {
    return [
      {
        field: 'geometry',
        message: `null, expected a Point for precision ${JSON.stringify(precision)}`,
      },
    ];
  }
  const point = isRecord(geometry) ? geometry.coordinates : undefined;
  if (!isFinitePair(point)) return []; // the schema reports the shape
  const rangeProblem = checkLonLat(point, divisions);
  if (rangeProblem) return [{ field: COORDINATES, message: rangeProblem }];
  if (!divisions) return [];
  const district = properties.district;
  if (typeof district !== 'string') return [];
  return precision === 'district_seat'
    ? checkSeat(point, district, divisions)
    : checkInsideDivision(point, district, divisions);
}

/** Out of range, or swapped: a point that fits Hohhot only as [lat, lon]. */
export function checkLonLat(
  point: readonly [number, number],
  divisions: DivisionIndex | undefined,
): string | undefined {
  const [lon, lat] = point;
  const swapped = [lat, lon] as const;
  if (divisions && !isInBounds(divisions, point) && isInBounds(divisions, swapped)) {
    return `${formatPosition(point)} looks swapped ([lat, lon]); expected [lon, lat]`;
  }
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    return `${formatPosition(point)} is out of range, expected longitude -180…180 and latitude -90…90`;
  }
  return undefined;
}

function checkSeat(
  point: readonly [number, number],
  district: string,
  divisions: DivisionIndex,
): FieldProblem[] {
  if (district === CITY) {
    return [
      {
        field: 'location.precision',
        message: `"district_seat" needs a division, but district is "city"`,
      },
    ];
  }
  const division = divisions.byCode.get(district);
  if (!division) return [];
  const atSeat = point.every(
    (value, i) => Math.abs(value - division.seat[i]) <= SEAT_TOLERANCE_DEGREES,
  );
  if (atSeat) return [];
  return [
    {
      field: COORDINATES,
      message:
        `${formatPosition(point)} is not the seat of ${describeDivision(division)}, ` +
        `expected ${formatPosition(division.seat)} for precision "district_seat"`,
    },
  ];
}

function checkInsideDivision(
  point: readonly [number, number],
  district: string,
  divisions: DivisionIndex,
): FieldProblem[] {
  const declared = divisions.byCode.get(district);
  if (!declared && district !== CITY) return [];
  const actual = divisionContaining(divisions, point);
  if (actual && (district === CITY || actual.code === district)) return [];
  // With a division unreadable, "outside all nine" may be wrong: its own error comes first.
  if (!actual && divisions.byCode.size < DISTRICT_CODES.length) return [];
  const where = actual ? `lies in ${describeDivision(actual)}` : 'lies outside all nine divisions';
  const declaredText = declared ? `not in declared ${describeDivision(declared)}` : 'not in Hohhot';
  return [{ field: COORDINATES, message: `${formatPosition(point)} ${where}, ${declaredText}` }];
}
