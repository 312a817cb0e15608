/** districts.geojson holds exactly the nine divisions of DISTRICT_CODES, once each. */
import { DISTRICT_CODES } from '../../src/lib/data/vocab.ts';
import type { Item } from './items.ts';
import type { FieldProblem } from './validation-error.ts';

export function checkDivisionSet(items: readonly Item[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (items.length !== DISTRICT_CODES.length) {
    problems.push({
      field: 'features',
      message: `found ${items.length} features, expected exactly ${DISTRICT_CODES.length} divisions`,
    });
  }
  const codes = new Set(items.map((item) => item.fields?.code));
  const missing = DISTRICT_CODES.filter((code) => !codes.has(code));
  if (missing.length > 0) {
    problems.push({
      field: 'features',
      message: `no feature for ${missing.join(', ')}, expected one for each code in DISTRICT_CODES`,
    });
  }
  return problems;
}

/** `adjacent` lists other divisions only, and each neighbour lists this one back. */
export function findAdjacencyProblems(items: readonly Item[]): Map<Item, FieldProblem[]> {
  const listed = new Map<string, readonly unknown[]>();
  for (const item of items) {
    const { code, adjacent } = item.fields ?? {};
    if (typeof code === 'string' && Array.isArray(adjacent)) listed.set(code, adjacent);
  }
  const problems = new Map<Item, FieldProblem[]>();
  for (const item of items) {
    const code = item.fields?.code;
    const adjacent = typeof code === 'string' ? listed.get(code) : undefined;
    if (!adjacent) continue;
    const found = adjacent.flatMap((other, index): FieldProblem[] => {
      const field = `adjacent[${index}]`;
      if (other === code) {
        return [{ field, message: `"${code}" is the division itself, expected a neighbour` }];
      }
      const back = typeof other === 'string' ? listed.get(other) : undefined;
      if (!back || back.includes(code)) return [];
      return [{ field, message: `"${other}" does not list ${code} back, expected both ways` }];
    });
    if (found.length > 0) problems.set(item, found);
  }
  return problems;
}
