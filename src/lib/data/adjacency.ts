import type { DistrictProperties } from './schema.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

const BEARING: Record<Direction, number> = { up: 0, right: 90, down: 180, left: 270 };

/** Compass bearing in degrees from one [lon, lat] to another (planar; fine at city scale). */
export function bearing(from: number[], to: number[]): number {
  const dx = (to[0] - from[0]) * Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180);
  const dy = to[1] - from[1];
  return ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
}

/**
 * The neighbouring division (sharing a border, from the build's turf adjacency) that lies
 * most nearly in the arrow's direction, judged from label point to label point; null when
 * no neighbour lies within 90° of it.
 */
export function neighbourInDirection(
  from: DistrictProperties,
  direction: Direction,
  districts: readonly DistrictProperties[],
): DistrictProperties | null {
  let best: DistrictProperties | null = null;
  let bestDiff = 90;
  for (const code of from.adjacent) {
    const other = districts.find((d) => d.code === code);
    if (!other) continue;
    const diff = Math.abs(
      ((bearing(from.label, other.label) - BEARING[direction] + 540) % 360) - 180,
    );
    if (diff < bestDiff) {
      bestDiff = diff;
      best = other;
    }
  }
  return best;
}
