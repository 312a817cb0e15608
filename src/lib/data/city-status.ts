/**
 * The city's rule-of-law government status as it stands, derived from honours.json: its
 * demonstration titles that nothing supersedes, national first, then the newest. What a
 * later title superseded (a shortlisting) is history, shown with what replaced it.
 */
import type { Honour } from './schema.ts';
import { LEVELS } from './vocab.ts';

/** Whether an honour has been replaced by another one of the list. */
export function isSuperseded(honour: Honour, honours: readonly Honour[]): boolean {
  return honour.superseded_by !== undefined && honours.some((h) => h.id === honour.superseded_by);
}

/**
 * The holder's current demonstration titles: not superseded, not a count of unnamed holders
 * (the city's 3 demonstration villages are theirs, not the city's), national before regional
 * before city level, and newest first within a level.
 */
export function currentStatus(holder: string, honours: readonly Honour[]): Honour[] {
  return honours
    .filter(
      (h) =>
        h.holder === holder &&
        h.kind === 'demonstration' &&
        !h.holder_count &&
        !isSuperseded(h, honours),
    )
    .sort(
      (a, b) =>
        LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
        (b.year ?? 0) - (a.year ?? 0) ||
        a.id.localeCompare(b.id),
    );
}

/** A superseded honour with the honour that replaced it. */
export interface SupersededHonour {
  honour: Honour;
  by: Honour;
}

/** The holder's superseded honours, each with its replacement (the status's history). */
export function statusHistory(holder: string, honours: readonly Honour[]): SupersededHonour[] {
  return honours.flatMap((honour) => {
    if (honour.holder !== holder) return [];
    const by = honours.find((h) => h.id === honour.superseded_by);
    return by ? [{ honour, by }] : [];
  });
}
