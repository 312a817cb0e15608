/**
 * A saved map image: the map canvas with its title, legend, data source, date and
 * attribution drawn around it on a 2D canvas. Needs a browser (canvas); the layout it
 * follows is the pure `stampLayout`.
 */
import { STAMP_SIZES, stampLayout, wrapText } from './stamp-layout.ts';

export interface MapStamp {
  title: string;
  /** What the colours show (the legend's title). */
  legendTitle: string;
  /** `hatched`: drawn with the map's diagonal hatch (a title held). */
  legendRows: { colour: string; label: string; hatched?: boolean }[];
  source: string;
  date: string;
  attribution: string;
}

const FONT_FAMILY = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', sans-serif";
const INK = '#1f2a33';
const MUTED = '#4a5660';

/** White diagonal stripes over a swatch, as the map hatches a held title. */
function hatch(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  context.save();
  context.beginPath();
  context.rect(x, y, w, h);
  context.clip();
  context.strokeStyle = 'rgb(255 255 255 / 70%)';
  context.lineWidth = Math.max(1, h / 7);
  for (let d = -h; d < w; d += h / 2) {
    context.moveTo(x + d, y + h);
    context.lineTo(x + d + h, y);
  }
  context.stroke();
  context.restore();
}

/**
 * Draw the stamped image now (call it while the map canvas still holds its frame, e.g. in
 * MapLibre's `render` event) and encode it as PNG.
 */
export function composeMapPng(mapCanvas: HTMLCanvasElement, stamp: MapStamp): Promise<Blob> {
  const scale = mapCanvas.clientWidth > 0 ? mapCanvas.width / mapCanvas.clientWidth : 1;
  const font = (size: number, weight = 'normal') =>
    `${weight} ${Math.round(size * scale)}px ${FONT_FAMILY}`;

  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('no 2D canvas context'));

  context.font = font(STAMP_SIZES.noteFont);
  const maxWidth = mapCanvas.width - 2 * Math.round(STAMP_SIZES.padding * scale);
  const notes = [stamp.source, stamp.date, stamp.attribution].flatMap((text) =>
    wrapText(text, maxWidth, (t) => context.measureText(t).width),
  );
  const layout = stampLayout(
    mapCanvas.width,
    mapCanvas.height,
    scale,
    stamp.legendRows.length,
    notes,
  );
  canvas.width = layout.width;
  canvas.height = layout.height;

  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(mapCanvas, 0, layout.mapY);
  context.strokeStyle = MUTED;
  context.lineWidth = Math.max(1, Math.round(scale));
  context.strokeRect(0, layout.mapY, mapCanvas.width, mapCanvas.height);

  context.fillStyle = INK;
  context.font = font(STAMP_SIZES.titleFont, 'bold');
  context.fillText(stamp.title, layout.padding, layout.titleY);
  context.fillStyle = MUTED;
  context.font = font(STAMP_SIZES.subtitleFont);
  context.fillText(stamp.legendTitle, layout.padding, layout.subtitleY);

  const swatch = Math.round(STAMP_SIZES.swatch * scale);
  context.font = font(STAMP_SIZES.subtitleFont);
  stamp.legendRows.forEach((row, i) => {
    const { top, baseline } = layout.legendRows[i];
    context.fillStyle = row.colour;
    context.fillRect(layout.padding, top, swatch * 1.4, swatch);
    if (row.hatched) hatch(context, layout.padding, top, swatch * 1.4, swatch);
    context.strokeStyle = MUTED;
    context.strokeRect(layout.padding, top, swatch * 1.4, swatch);
    context.fillStyle = INK;
    context.fillText(row.label, layout.padding + swatch * 2, baseline);
  });

  context.fillStyle = MUTED;
  context.font = font(STAMP_SIZES.noteFont);
  for (const note of layout.notes) context.fillText(note.text, layout.padding, note.baseline);

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
