import type { Honour } from './schema.ts';
import { DISTRICT_CODES, type DistrictCode, type Status } from './vocab.ts';

/**
 * A division's rule-of-law demonstration status, derived from honours.json: the
 * autonomous-region demonstration title if the division holds one, otherwise
 * "none named" (the source names no title for it, which is not the same as failing).
 */
export function statusOf(code: DistrictCode, honours: readonly Honour[]): Status {
  const held = honours.some(
    (h) => h.holder === code && h.kind === 'demonstration' && h.level === 'region',
  );
  return held ? 'region_demonstration' : 'none_named';
}

export function deriveStatuses(honours: readonly Honour[]): Record<DistrictCode, Status> {
  return Object.fromEntries(
    DISTRICT_CODES.map((code) => [code, statusOf(code, honours)]),
  ) as Record<DistrictCode, Status>;
}

/** How many divisions hold each status, in the order of `statuses`. */
export function countByStatus(
  statuses: Record<DistrictCode, Status>,
  order: readonly Status[],
): { status: Status; count: number }[] {
  const values = Object.values(statuses);
  return order.map((status) => ({ status, count: values.filter((s) => s === status).length }));
}

/** The honours a holder (`city`, a division code or a site id) holds, newest first. */
export function honoursOf(holder: string, honours: readonly Honour[]): Honour[] {
  return honours
    .filter((h) => h.holder === holder)
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.id.localeCompare(b.id));
}
