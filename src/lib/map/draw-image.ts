/**
 * Draws the images generated-images.ts names, with the browser's 2D canvas (system
 * fonts, CPU-side), as RGBA pixels for map.addImage.
 */
import type { Theme } from '../theme/palette.ts';
import {
  LABEL_FONT_FAMILY,
  clusterRadius,
  clusterStyle,
  labelStyle,
  wrapLines,
  type LabelImage,
  type LabelKind,
} from './generated-images.ts';

export interface DrawnImage {
  width: number;
  height: number;
  data: Uint8Array;
}

let shared: CanvasRenderingContext2D | null = null;

function context(): CanvasRenderingContext2D | null {
  if (typeof document === 'undefined') return null;
  shared ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  return shared;
}

function pixels(ctx: CanvasRenderingContext2D, width: number, height: number): DrawnImage {
  const data = ctx.getImageData(0, 0, width, height).data;
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

function prepare(ctx: CanvasRenderingContext2D, width: number, height: number, ratio: number) {
  ctx.canvas.width = width;
  ctx.canvas.height = height;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
}

/** A label at `ratio` device pixels per CSS pixel, or null where there is no canvas. */
export function drawLabelImage(
  image: LabelImage,
  ratio: number,
  theme: Theme = 'light',
): DrawnImage | null {
  const ctx = context();
  return ctx ? drawLabel(ctx, image.label, image.text, ratio, theme) : null;
}

/**
 * A cluster badge showing `visible` sites, in an image sized for all `total` of them, so
 * that the badge can be redrawn in place (map.updateImage needs the same size) when the
 * filter changes. Nothing is drawn when no site is visible.
 */
export function drawClusterImage(
  visible: number,
  total: number,
  ratio: number,
  theme: Theme = 'light',
): DrawnImage | null {
  const ctx = context();
  return ctx ? drawCluster(ctx, visible, total, ratio, theme) : null;
}

function drawLabel(
  ctx: CanvasRenderingContext2D,
  kind: LabelKind,
  text: string,
  ratio: number,
  theme: Theme,
): DrawnImage {
  const style = labelStyle(kind, theme);
  const font = `${style.size}px ${LABEL_FONT_FAMILY}`;
  const spacing = `${style.letterSpacing}em`;
  const setFont = () => {
    ctx.font = font;
    ctx.letterSpacing = spacing;
  };
  setFont();
  const lines = wrapLines(text, style.maxWidth * style.size, (l) => ctx.measureText(l).width);
  const lineHeight = style.size * 1.2;
  const pad = style.haloWidth + 1;
  const textWidth = Math.max(...lines.map((l) => ctx.measureText(l).width));
  const width = Math.ceil((textWidth + 2 * pad) * ratio);
  const height = Math.ceil((lines.length * lineHeight + 2 * pad) * ratio);
  prepare(ctx, width, height, ratio);
  setFont(); // resizing the canvas reset it
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = style.haloWidth * 2;
  ctx.strokeStyle = style.halo;
  ctx.fillStyle = style.colour;
  const centre = width / ratio / 2;
  lines.forEach((line, i) => {
    const y = pad + lineHeight * (i + 0.5);
    ctx.strokeText(line, centre, y);
    ctx.fillText(line, centre, y);
  });
  return pixels(ctx, width, height);
}

function drawCluster(
  ctx: CanvasRenderingContext2D,
  count: number,
  total: number,
  ratio: number,
  theme: Theme,
): DrawnImage {
  const CLUSTER_STYLE = clusterStyle(theme);
  const half = clusterRadius(total) + CLUSTER_STYLE.strokeWidth;
  const size = Math.ceil(2 * half * ratio);
  prepare(ctx, size, size, ratio);
  if (count === 0) return pixels(ctx, size, size);
  const radius = clusterRadius(count);
  const centre = size / ratio / 2;
  ctx.beginPath();
  ctx.arc(centre, centre, radius, 0, 2 * Math.PI);
  ctx.fillStyle = CLUSTER_STYLE.fill;
  ctx.fill();
  ctx.lineWidth = CLUSTER_STYLE.strokeWidth;
  ctx.strokeStyle = CLUSTER_STYLE.stroke;
  ctx.stroke();
  ctx.font = `600 ${CLUSTER_STYLE.textSize}px ${LABEL_FONT_FAMILY}`;
  ctx.letterSpacing = '0em';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = CLUSTER_STYLE.text;
  ctx.fillText(String(count), centre, centre);
  return pixels(ctx, size, size);
}
