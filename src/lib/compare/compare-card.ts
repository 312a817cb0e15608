/**
 * What a division's card shows in the phone layout: always its name, kind, status and
 * honours; then the figure of the map's measure and the one the cards are sorted by; every
 * other column of the table behind a details disclosure. Pure.
 */
import type { Measure, NumericMeasure } from '../data/measures.ts';
import type { CompareSort, SortKey } from './sort-keys.ts';

export interface CardLayout {
  /** The map's measure when it is a number (the status is on every card anyway). */
  measure: NumericMeasure | null;
  /** The column the cards are sorted by, when it is a figure not otherwise on the card. */
  sortFigure: SortKey | null;
  /** The table's other columns, in its order, behind the disclosure. */
  details: SortKey[];
}

/** On every card, whatever the sort: the name, kind, status and the honours themselves. */
const ALWAYS_SHOWN: readonly SortKey[] = ['name', 'kind', 'status'];

/** The table column that holds the same number as a measure (none for the density). */
const MEASURE_COLUMN: Record<NumericMeasure, SortKey | null> = {
  honours: 'honours',
  site_density: null,
  villages: 'villages',
};

export function cardLayout(
  columns: readonly SortKey[],
  measure: Measure,
  sort: CompareSort | null,
): CardLayout {
  const numeric = measure === 'status' ? null : measure;
  const measureColumn = numeric ? MEASURE_COLUMN[numeric] : null;
  const sortFigure =
    sort && !ALWAYS_SHOWN.includes(sort.key) && sort.key !== measureColumn ? sort.key : null;
  const details = columns.filter(
    (key) =>
      !ALWAYS_SHOWN.includes(key) &&
      key !== 'honours' && // listed on the card, by name
      key !== measureColumn &&
      key !== sortFigure,
  );
  return { measure: numeric, sortFigure, details };
}
