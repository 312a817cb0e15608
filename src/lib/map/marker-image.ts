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
function coverage(poly: [number, number][], size: number, subRows = 4): Float32Array {
  const out = new Float32Array(size * size);
  const toPx = (u: number) => ((u + 1) / 2) * size;
  for (let py = 0; py < size; py++) {
    for (let s = 0; s < subRows; s++) {
      const y = ((py + (s + 0.5) / subRows) / size) * 2 - 1;
      const xs: number[] = [];
      for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
        const [xi, yi] = poly[i];
        const [xj, yj] = poly[j];
        if (yi > y !== yj > y) xs.push(toPx(((xj - xi) * (y - yi)) / (yj - yi) + xi));
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const [x0, x1] = [Math.max(0, xs[k]), Math.min(size, xs[k + 1])];
        for (let px = Math.floor(x0); px < Math.ceil(x1); px++) {
          const covered = Math.min(px + 1, x1) - Math.max(px, x0);
          if (covered > 0) out[py * size + px] += covered / subRows;
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
}: MarkerImageOptions): PatternImage {
  const layers: { scale: number; rgb: [number, number, number] }[] = [
    { scale: 0.92, rgb: hexToRgb(outline) },
    { scale: 0.78, rgb: hexToRgb(colour) },
  ];
  if (hollow) layers.push({ scale: 0.42, rgb: [255, 255, 255] });
  const base = shapeVertices(shape);
  // Composite the layers with "over": premultiplied colour and alpha per pixel.
  const rgba = new Float32Array(size * size * 4);
  for (const layer of layers) {
    const poly = base.map(([x, y]): [number, number] => [x * layer.scale, y * layer.scale]);
    const cover = coverage(poly, size);
    for (let p = 0; p < size * size; p++) {
      const a = Math.min(1, cover[p]);
      if (a === 0) continue;
      const i = p * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = layer.rgb[c] * a + rgba[i + c] * (1 - a);
      rgba[i + 3] = a + rgba[i + 3] * (1 - a);
    }
  }
  const data = new Uint8Array(size * size * 4);
  for (let p = 0; p < size * size; p++) {
    const i = p * 4;
    const alpha = rgba[i + 3];
    if (alpha === 0) continue;
    for (let c = 0; c < 3; c++) data[i + c] = Math.round(rgba[i + c] / alpha);
    data[i + 3] = Math.round(alpha * 255);
  }
  return { width: size, height: size, data };
}

/** The ring drawn around the selected site: a thick orange circle with a white edge. */
export function selectionRingImage(size = 56): PatternImage {
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) / c;
      const i = (y * size + x) * 4;
      if (d > 0.72 && d <= 0.96) {
        const edge = d < 0.78 || d > 0.9;
        data.set(edge ? [255, 255, 255, 255] : [213, 94, 0, 255], i);
      }
    }
  }
  return { width: size, height: size, data };
}
