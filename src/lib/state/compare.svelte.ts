/**
 * The comparison of divisions: which are picked, in the order picked, and how the compare
 * table is sorted. Part of AppState (`app.comparison`).
 */
import { SORT_KEYS, type CompareSort } from '../compare/sort-keys.ts';
import type { DistrictCode } from '../data/vocab.ts';
import { isDistrictCode } from './selection.ts';

/** At most this many divisions side by side. */
export const MAX_COMPARE = 4;

export class ComparisonState {
  #codes = $state.raw<readonly DistrictCode[]>([]);
  #sort = $state.raw<CompareSort | null>(null);

  /** Divisions picked for side-by-side comparison, in the order picked (2 to 4 are shown). */
  get codes(): readonly DistrictCode[] {
    return this.#codes;
  }

  /** Pick these divisions: unknown codes and repeats are dropped, at most MAX_COMPARE kept. */
  set(codes: readonly string[]): void {
    this.#codes = codes
      .filter((code, i) => codes.indexOf(code) === i)
      .filter(isDistrictCode)
      .slice(0, MAX_COMPARE);
  }

  /** Add or remove a division from the comparison (adding beyond four is refused). */
  toggle(code: string): void {
    if (!isDistrictCode(code)) return;
    if (this.#codes.includes(code)) this.#codes = this.#codes.filter((c) => c !== code);
    else if (this.#codes.length < MAX_COMPARE) this.#codes = [...this.#codes, code];
  }

  /** The compare table's sort; null: the divisions in code order. */
  get sort(): CompareSort | null {
    return this.#sort;
  }

  setSort(sort: CompareSort | null): void {
    const known =
      sort === null ||
      (SORT_KEYS.includes(sort.key) &&
        (sort.direction === 'ascending' || sort.direction === 'descending'));
    if (known) this.#sort = sort;
  }
}
