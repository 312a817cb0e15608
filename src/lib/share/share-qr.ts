/**
 * The QR code of a link, drawn in the page by `qrcode` (no request): error correction M and
 * the standard quiet zone of four modules. And the PNG to download: the code with the title,
 * the as-of date and the link beside it (layout: qr-card-layout.ts). Needs a browser.
 */
import QRCode from 'qrcode';
import { qrCardLayout, QR_CARD_SIZES, type QrCardLine, type QrCardText } from './qr-card-layout.ts';

/** The code's side in CSS pixels, quiet zone included. */
export const QR_SIZE = 232;

const FONT_FAMILY = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', sans-serif";
const INK = '#1f2a33';
const MUTED = '#4a5660';

/** Draw `text`'s code into `canvas`, `scale` device pixels per CSS pixel (sharp on HiDPI). */
export async function drawQr(canvas: HTMLCanvasElement, text: string, scale = 1): Promise<void> {
  await QRCode.toCanvas(canvas, text, {
    errorCorrectionLevel: 'M',
    margin: 4,
    width: Math.round(QR_SIZE * scale),
    color: { dark: '#000000', light: '#ffffff' },
  });
  // qrcode sizes the element to its pixels; shown at QR_SIZE CSS pixels whatever the scale.
  canvas.style.width = `${QR_SIZE}px`;
  canvas.style.height = `${QR_SIZE}px`;
}

const FONTS: Record<QrCardLine['kind'], [number, string]> = {
  title: [QR_CARD_SIZES.titleFont, 'bold'],
  note: [QR_CARD_SIZES.noteFont, 'normal'],
  link: [QR_CARD_SIZES.linkFont, 'normal'],
};

/** The downloadable image: `qrCanvas` (already drawn) with `text` beside it, as PNG. */
export function composeQrPng(qrCanvas: HTMLCanvasElement, text: QrCardText): Promise<Blob> {
  const scale = qrCanvas.width / QR_SIZE;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('no 2D canvas context'));
  const font = (kind: QrCardLine['kind']) => {
    const [size, weight] = FONTS[kind];
    return `${weight} ${Math.round(size * scale)}px ${FONT_FAMILY}`;
  };
  const measure = (t: string, kind: QrCardLine['kind']) => {
    context.font = font(kind);
    return context.measureText(t).width;
  };
  const layout = qrCardLayout(qrCanvas.width, text, measure, scale);
  canvas.width = layout.width;
  canvas.height = layout.height;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = false;
  context.drawImage(qrCanvas, layout.qr.x, layout.qr.y, layout.qr.size, layout.qr.size);
  for (const line of layout.lines) {
    context.font = font(line.kind);
    context.fillStyle = line.kind === 'title' ? INK : MUTED;
    context.fillText(line.text, layout.textX, line.y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
