/**
 * Ids are unique across honours, sites, figures and events, also after Unicode NFKC
 * normalisation and case folding (so `Qingquanjie` and full-width `ｑｉｎｇｑｕａｎｊｉｅ` clash
 * with `qingquanjie`).
 */
import type { Item } from './items.ts';
import type { FieldProblem } from './validation-error.ts';

export function idKey(id: string): string {
  return id.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/** A problem for every item whose `field` repeats an earlier item's, naming the earlier one. */
export function findDuplicateIds(items: readonly Item[], field: string): Map<Item, FieldProblem> {
  const firstByKey = new Map<string, Item>();
  const duplicates = new Map<Item, FieldProblem>();
  for (const item of items) {
    const id = item.fields?.[field];
    if (typeof id !== 'string') continue;
    const key = idKey(id);
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, item);
      continue;
    }
    const where = first.file === item.file ? first.location : `${first.file} › ${first.location}`;
    duplicates.set(item, { field, message: `${JSON.stringify(id)} duplicates ${where}` });
  }
  return duplicates;
}
