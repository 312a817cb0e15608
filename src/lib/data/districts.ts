import type { DistrictCollection, DistrictProperties } from './schema.ts';
import type { DistrictCode } from './vocab.ts';

/** Division properties by code (built once; never changes). */
export function indexDistricts(
  districts: DistrictCollection,
): ReadonlyMap<DistrictCode, DistrictProperties> {
  return new Map(districts.features.map((f) => [f.properties.code, f.properties]));
}
