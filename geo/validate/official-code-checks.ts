/**
 * A site's `official_code` (12-digit NBS statistical code) names a community listed in
 * geo/communities.json, and that community lies in the site's declared division.
 */
import { DISTRICT_CODES } from '../../src/lib/data/vocab.ts';
import type { DivisionIndex } from './division-index.ts';
import { GEO_FILES } from './geo-files.ts';
import type { FieldProblem } from './validation-error.ts';

/** Community code → the unit (division or statistical zone) it belongs to. */
export type CommunityDivisions = ReadonlyMap<string, string>;

const STATISTICAL_CODE = /^\d{12}$/;

export function checkOfficialCode(
  properties: Record<string, unknown>,
  communities: CommunityDivisions | undefined,
  divisions: DivisionIndex | undefined,
): FieldProblem[] {
  const { official_code: code, district } = properties;
  if (typeof code !== 'string' || !STATISTICAL_CODE.test(code)) return [];
  const quoted = JSON.stringify(code);
  if (communities && !communities.has(code)) {
    return [{ field: 'official_code', message: `${quoted} is not in ${GEO_FILES.communities}` }];
  }
  const actual = communities?.get(code) ?? code.slice(0, 6);
  if (typeof district !== 'string' || actual === district) return [];
  if (!DISTRICT_CODES.includes(district as never) && district !== 'city') return [];
  const name = (unit: string) => {
    const division = divisions?.byCode.get(unit);
    return division ? `${unit} ${division.name_zh}` : JSON.stringify(unit);
  };
  return [
    {
      field: 'official_code',
      message: `${quoted} is in ${name(actual)}, not in declared ${name(district)}`,
    },
  ];
}
