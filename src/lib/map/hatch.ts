/**
 * The hatch pattern drawn over divisions that hold a demonstration title, as raw RGBA
 * pixels (MapLibre's `addImage` takes them directly): diagonal white stripes on
 * transparent, so the status colour shows through (dark stripes in the dark theme).
 */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export function hatchPattern(
  size = 16,
  stripe = 3,
  alpha = 150,
  rgb: readonly [number, number, number] = [255, 255, 255],
): PatternImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // A stripe wherever x + y falls in the first `stripe` pixels of each period;
      // the period equals the size, so the tile repeats seamlessly.
      if ((x + y) % size < stripe) {
        const i = (y * size + x) * 4;
        data[i] = rgb[0];
        data[i + 1] = rgb[1];
        data[i + 2] = rgb[2];
        data[i + 3] = alpha;
      }
    }
  }
  return { width: size, height: size, data };
}
