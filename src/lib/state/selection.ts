import { DISTRICT_CODES, type DistrictCode } from '../data/vocab.ts';

export function isDistrictCode(value: unknown): value is DistrictCode {
  return typeof value === 'string' && (DISTRICT_CODES as readonly string[]).includes(value);
}

/** What the user has selected: a division, a site, or a village/community found by search. */
export type Selection =
  | { kind: 'district'; code: DistrictCode }
  | { kind: 'site'; id: string }
  | { kind: 'community'; code: string };

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  return a.kind === 'site'
    ? a.id === (b as { id: string }).id
    : a.code === (b as { code: string }).code;
}
