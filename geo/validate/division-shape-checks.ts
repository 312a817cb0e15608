/** A division's seat and label point lie inside the division itself. */
import { booleanPointInPolygon } from '@turf/turf';
import type { DistrictFeature } from '../../src/lib/data/schema.ts';
import { formatPosition } from './describe-value.ts';
import type { FieldProblem } from './validation-error.ts';

export function checkDivisionPoints(feature: DistrictFeature): FieldProblem[] {
  const { code, name_zh } = feature.properties;
  return (['seat', 'label'] as const)
    .filter((field) => !booleanPointInPolygon(feature.properties[field], feature))
    .map((field) => ({
      field,
      message: `${formatPosition(feature.properties[field])} lies outside ${code} ${name_zh}, expected a point inside it`,
    }));
}
