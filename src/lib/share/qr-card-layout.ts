/**
 * The downloaded QR image: the code on the left, and beside it the map's title, the as-of
 * date and the link. Pure: text widths come from a `measure` function (the canvas's
 * measureText in the browser); sizes are in device pixels (`scale` per CSS pixel).
 */
import { wrapText, type Measure } from '../exports/stamp-layout.ts';

export const QR_CARD_SIZES = {
  padding: 24,
  gap: 20,
  textWidth: 300,
  titleFont: 20,
  titleLine: 28,
  noteFont: 14,
  noteLine: 20,
  linkFont: 12,
  linkLine: 16,
} as const;

export interface QrCardText {
  title: string;
  asOf: string;
  link: string;
}

export interface QrCardLine {
  text: string;
  /** Baseline, from the image's top. */
  y: number;
  kind: 'title' | 'note' | 'link';
}

export interface QrCardLayout {
  width: number;
  height: number;
  qr: { x: number; y: number; size: number };
  textX: number;
  lines: QrCardLine[];
}

/**
 * Where everything goes for a QR code `qrSize` pixels square. `measure(text, kind)` gives a
 * text's width in the font of its kind; long titles and links wrap (a link anywhere).
 */
export function qrCardLayout(
  qrSize: number,
  text: QrCardText,
  measure: (text: string, kind: QrCardLine['kind']) => number,
  scale = 1,
): QrCardLayout {
  const s = (n: number) => Math.round(n * scale);
  const size = Number.isFinite(qrSize) && qrSize > 0 ? Math.round(qrSize) : 0;
  const padding = s(QR_CARD_SIZES.padding);
  const textX = padding + size + s(QR_CARD_SIZES.gap);
  const textWidth = s(QR_CARD_SIZES.textWidth);
  const lines: QrCardLine[] = [];
  let y = padding;
  const add = (value: string, kind: QrCardLine['kind'], font: number, line: number) => {
    const by: Measure = (t) => measure(t, kind);
    for (const part of value ? wrapText(value, textWidth, by) : []) {
      y += s(line);
      lines.push({ text: part, y: y - s(line - font) / 2, kind });
    }
  };
  add(text.title, 'title', QR_CARD_SIZES.titleFont, QR_CARD_SIZES.titleLine);
  add(text.asOf, 'note', QR_CARD_SIZES.noteFont, QR_CARD_SIZES.noteLine);
  y += s(QR_CARD_SIZES.noteLine) / 2;
  add(text.link, 'link', QR_CARD_SIZES.linkFont, QR_CARD_SIZES.linkLine);
  const height = Math.max(size, y - padding) + 2 * padding;
  return {
    width: textX + textWidth + padding,
    height,
    qr: { x: padding, y: Math.round((height - size) / 2), size },
    textX,
    lines,
  };
}
