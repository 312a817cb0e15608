import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import UPNG from 'upng-js';

/** Device pixels per SVG unit (px at zoom 9): sharp at the default view on a 1.5× screen. */
const SCALE = 0.6;
/** Colours kept: the fills, hatch, lines and their edges' blends (a small PNG). */
const COLOURS = 48;

export interface Picture {
  png: Buffer;
  fileName: string;
}

/** An SVG picture (src/lib/map/first-view-svg.ts, firstViewPicture) as a small PNG. */
export function renderPicture(svg: string, name: string): Picture {
  const rendered = new Resvg(svg, { fitTo: { mode: 'zoom', value: SCALE } }).render();
  const rgba = rendered.pixels;
  const png = Buffer.from(
    UPNG.encode(
      [rgba.buffer.slice(rgba.byteOffset, rgba.byteOffset + rgba.byteLength) as ArrayBuffer],
      rendered.width,
      rendered.height,
      COLOURS,
    ),
  );
  const hash = createHash('sha256').update(png).digest('base64url').slice(0, 8);
  return { png, fileName: `assets/${name}-${hash}.png` };
}
