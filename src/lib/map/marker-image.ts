import type { MarkerShape } from './categories.ts';
import type { PatternImage } from './hatch.ts';

/** Vertices of a shape on the unit circle (radius 1, centred on 0,0), clockwise from the top. */
export function shapeVertices(shape: MarkerShape): [number, number][] {
  const regular = (n: number, rotation = 0, radius = 1) =>
    Array.from({ length: n }, (_, i): [number, number] => {
      const a = rotation + (i * 2 * Math.PI) / n - Math.PI / 2;
      return [radius * Math.cos(a), radius * Math.sin(a)];
    });
  switch (shape) {
    case 'circle':
      return regular(48);
    case 'square':
      return regular(4, Math.PI / 4, 1.05);
    case 'diamond':
      return regular(4, 0, 1.1);
    case 'triangle':
      return regular(3, 0, 1.2).map(([x, y]): [number, number] => [x, y + 0.15]);
    case 'pentagon':
      return regular(5);
    case 'hexagon':
      return regular(6, Math.PI / 6);
    case 'star':
      return Array.from({ length: 10 }, (_, i): [number, number] => {
        const r = i % 2 === 0 ? 1.15 : 0.5;
        const a = (i * Math.PI) / 5 - Math.PI / 2;
        return [r * Math.cos(a), r * Math.sin(a)];
      });
  }
}

/**
 * Coverage (0..1) of each pixel by a polygon given in unit coordinates (-1..1 across the
 * image): 4 sub-scanlines per row, exact horizontal coverage along each one.
 */
export function coverage(poly: [number, number][], size: number, subRows = 4): Float32Array {
  const out = new Float32Array(size * size);
  const n = poly.length;
  // Vertices in pixels, and one row's crossings: plain arrays of numbers, no tuples, so the
  // loops stay cheap before the JIT warms up (this runs once, at start-up).
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = ((poly[i][0] + 1) / 2) * size;
    py[i] = ((poly[i][1] + 1) / 2) * size;
  }
  const xs = new Float64Array(n);
  const weight = 1 / subRows;
  for (let row = 0; row < size; row++) {
    for (let s = 0; s < subRows; s++) {
      const y = row + (s + 0.5) * weight;
      let count = 0;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const yi = py[i];
        const yj = py[j];
        if (yi > y !== yj > y) {
          // Insertion sort as the crossings come: a row crosses a marker a few times.
          const x = ((px[j] - px[i]) * (y - yi)) / (yj - yi) + px[i];
          let k = count++;
          while (k > 0 && xs[k - 1] > x) {
            xs[k] = xs[k - 1];
            k--;
          }
          xs[k] = x;
        }
      }
      for (let k = 0; k + 1 < count; k += 2) {
        const x0 = Math.max(0, xs[k]);
        const x1 = Math.min(size, xs[k + 1]);
        const end = Math.ceil(x1);
        for (let p = Math.floor(x0); p < end; p++) {
          const covered = Math.min(p + 1, x1) - Math.max(p, x0);
          if (covered > 0) out[row * size + p] += covered * weight;
        }
      }
    }
  }
  return out;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export interface MarkerImageOptions {
  shape: MarkerShape;
  colour: string;
  /** Hollow: white inside a thick coloured ring, for positions that are not surveyed. */
  hollow: boolean;
  /** Image size in pixels (drawn at pixelRatio 2). */
  size?: number;
  outline?: string;
  /** The core of a hollow marker (white on the light map). */
  core?: string;
}

/**
 * Rasterise a marker as RGBA with anti-aliased edges: a dark outline, then the colour, then
 * (hollow) a white core. Pure, so the same pixels come out every time.
 */
export function markerImage({
  shape,
  colour,
  hollow,
  size = 36,
  outline = '#1f2a33',
  core = '#ffffff',
}: MarkerImageOptions): PatternImage {
  const layers: { scale: number; rgb: [number, number, number] }[] = [
    { scale: 0.92, rgb: hexToRgb(outline) },
    { scale: 0.78, rgb: hexToRgb(colour) },
  ];
  if (hollow) layers.push({ scale: 0.42, rgb: hexToRgb(core) });
  const base = shapeVertices(shape);
  // Composite the layers with "over": premultiplied colour and alpha per pixel.
  const rgba = new Float32Array(size * size * 4);
  for (const layer of layers) {
    const poly = base.map(([x, y]): [number, number] => [x * layer.scale, y * layer.scale]);
    const cover = coverage(poly, size);
    const [r, g, b] = layer.rgb;
    for (let p = 0; p < size * size; p++) {
      const a = Math.min(1, cover[p]);
      if (a === 0) continue;
      const i = p * 4;
      rgba[i] = r * a + rgba[i] * (1 - a);
      rgba[i + 1] = g * a + rgba[i + 1] * (1 - a);
      rgba[i + 2] = b * a + rgba[i + 2] * (1 - a);
      rgba[i + 3] = a + rgba[i + 3] * (1 - a);
    }
  }
  const data = new Uint8Array(size * size * 4);
  for (let p = 0; p < size * size; p++) {
    const i = p * 4;
    const alpha = rgba[i + 3];
    if (alpha === 0) continue;
    data[i] = Math.round(rgba[i] / alpha);
    data[i + 1] = Math.round(rgba[i + 1] / alpha);
    data[i + 2] = Math.round(rgba[i + 2] / alpha);
    data[i + 3] = Math.round(alpha * 255);
  }
  return { width: size, height: size, data };
}

/** The ring drawn around the selected site: a thick orange circle with a white (light) edge. */
export function selectionRingImage(
  size = 56,
  ring = '#d55e00',
  ringEdge = '#ffffff',
): PatternImage {
  const [r, g, b] = hexToRgb(ring);
  const [er, eg, eb] = hexToRgb(ringEdge);
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) / c;
      const i = (y * size + x) * 4;
      if (d > 0.72 && d <= 0.96) {
        const edge = d < 0.78 || d > 0.9;
        data[i] = edge ? er : r;
        data[i + 1] = edge ? eg : g;
        data[i + 2] = edge ? eb : b;
        data[i + 3] = 255;
      }
    }
  }
  return { width: size, height: size, data };
}
