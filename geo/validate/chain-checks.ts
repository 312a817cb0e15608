/**
 * Links from an item to another of its own file (an honour's `superseded_by`, a site's
 * `parent`): never to the item itself, and never round in a cycle.
 */
import type { Item } from './items.ts';
import type { FieldProblem } from './validation-error.ts';

/** `"x" is the honour itself, expected another honour`, when an item links to itself. */
export function checkSelfLink(
  fields: Record<string, unknown> | undefined,
  field: string,
  noun: string,
): FieldProblem[] {
  const target = fields?.[field];
  if (typeof target !== 'string' || target !== fields?.id) return [];
  return [
    { field, message: `${JSON.stringify(target)} is the ${noun} itself, expected another ${noun}` },
  ];
}

/**
 * A problem for each item on a cycle of `field` links (a → b → a, or longer), naming the cycle
 * from that item. A link to the item itself is left to checkSelfLink; an item whose chain only
 * runs into a cycle is not on it. The first item of an id wins.
 */
export function findLinkCycles(items: readonly Item[], field: string): Map<Item, FieldProblem> {
  const next = new Map<string, string>();
  const byId = new Map<string, Item>();
  for (const item of items) {
    const { id, [field]: target } = item.fields ?? {};
    if (typeof id !== 'string' || byId.has(id)) continue;
    byId.set(id, item);
    if (typeof target === 'string' && target !== id) next.set(id, target);
  }
  const problems = new Map<Item, FieldProblem>();
  for (const [id, item] of byId) {
    const chain = [id];
    let current = next.get(id);
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = next.get(current);
    }
    if (current !== id) continue;
    const cycle = [...chain, id].join(' → ');
    problems.set(item, {
      field,
      message: `${JSON.stringify(chain[1])} leads round a cycle (${cycle}), expected a chain that ends`,
    });
  }
  return problems;
}
