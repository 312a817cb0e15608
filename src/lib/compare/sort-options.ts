/**
 * The phone layout's sort select: one option per column and direction, whose values are the
 * link's `sort=` values (`area`, `-villages`, '' for code order), each with a label that says
 * which end comes first. Pure: the component passes its translator in.
 */
import type { MessageKey } from '../i18n/messages.ts';
import { columnLabelKey } from './column-labels.ts';
import { sortLinkValue, type CompareSort, type SortDirection, type SortKey } from './sort-keys.ts';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface SortOption {
  /** The link's `sort=` value, and the option's value. */
  value: string;
  sort: CompareSort | null;
}

const DIRECTIONS: readonly SortDirection[] = ['ascending', 'descending'];

/**
 * Code order first, then the name and each column, ascending then descending. A current sort
 * whose column is not among them (a category no division has a site in, from a link) is kept
 * as the last option, so the select can always show what the cards are sorted by.
 */
export function sortOptions(
  columns: readonly SortKey[],
  current: CompareSort | null = null,
): SortOption[] {
  const keys: SortKey[] = ['name', ...columns.filter((k) => k !== 'name')];
  if (current && !keys.includes(current.key)) keys.push(current.key);
  return [
    { value: '', sort: null },
    ...keys.flatMap((key) =>
      DIRECTIONS.map((direction) => {
        const sort = { key, direction };
        return { value: sortLinkValue(sort), sort };
      }),
    ),
  ];
}

/** The first value of a column that sorts by a fixed order (kind, status), per direction. */
const ORDER_ENDS: Partial<Record<SortKey, Record<SortDirection, MessageKey>>> = {
  kind: { ascending: 'kind.district', descending: 'kind.banner' },
  status: {
    ascending: 'compare.status.region_demonstration',
    descending: 'compare.status.none_named',
  },
};

/** How an option says its direction: names by letter, counts by number, the area by size. */
function directionKey(key: SortKey, direction: SortDirection): MessageKey {
  const up = direction === 'ascending';
  if (key === 'name') return up ? 'compare.sort.nameAscending' : 'compare.sort.nameDescending';
  if (key === 'area') return up ? 'compare.sort.smallest' : 'compare.sort.largest';
  return up ? 'compare.sort.fewest' : 'compare.sort.most';
}

/** The option's text, e.g. "村（社区）：由多到少" or "Kind: District first". */
export function sortOptionLabel(sort: CompareSort | null, t: Translate): string {
  if (!sort) return t('compare.sort.codeOrder');
  const column = t(columnLabelKey(sort.key));
  const ends = ORDER_ENDS[sort.key];
  if (ends) return t('compare.sort.first', { column, first: t(ends[sort.direction]) });
  return t(directionKey(sort.key, sort.direction), { column });
}
