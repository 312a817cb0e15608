/** Which of several markers under the pointer it means: the one drawn nearest to it. Pure. */

export interface Point2 {
  x: number;
  y: number;
}

/** The candidate whose centre is nearest the pointer (the first of equals), or undefined. */
export function nearestMarker<T extends { centre: Point2 }>(
  candidates: readonly T[],
  pointer: Point2,
): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = Math.hypot(candidate.centre.x - pointer.x, candidate.centre.y - pointer.y);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** A marker's fan offset as the layer reads it (an array, or its JSON text from a query). */
export function offsetOf(raw: unknown): [number, number] {
  const value = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number')
    ? [value[0] as number, value[1] as number]
    : [0, 0];
}
