/** Pixels of a screenshot, read in a blank page of the same browser. */
import { launch } from './harness.ts';

export type Rgb = [number, number, number];

export function hex(colour: string): Rgb {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `top` at `opacity` over `under`, as the screen composites it. */
export function over(top: Rgb, opacity: number, under: Rgb): Rgb {
  return top.map((c, i) => Math.round(c * opacity + under[i]! * (1 - opacity))) as Rgb;
}

export const distance = (a: readonly number[], b: readonly number[]): number =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/**
 * Decodes a PNG screenshot in a blank page of the same browser and reads the pixels of the
 * (2r+1)² square around each point (those inside the image).
 */
export async function readPixels(
  png: Buffer,
  points: { x: number; y: number }[],
  radius: number,
): Promise<Rgb[][]> {
  const reader = await (await launch()).newPage();
  try {
    return await reader.evaluate(
      async ({ b64, points, radius }) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const image = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        return points.map(({ x, y }) => {
          const around: [number, number, number][] = [];
          for (let dy = -radius; dy <= radius; dy++) {
            for (let dx = -radius; dx <= radius; dx++) {
              const px = Math.round(x) + dx;
              const py = Math.round(y) + dy;
              if (px < 0 || py < 0 || px >= bitmap.width || py >= bitmap.height) continue;
              const i = (py * bitmap.width + px) * 4;
              around.push([image[i]!, image[i + 1]!, image[i + 2]!]);
            }
          }
          return around;
        });
      },
      { b64: png.toString('base64'), points, radius },
    );
  } finally {
    await reader.close();
  }
}

/** The mean colour of the (2r+1)² pixels around each point of a PNG screenshot. */
export async function meanColours(
  png: Buffer,
  points: { x: number; y: number }[],
  radius = 0,
): Promise<Rgb[]> {
  const squares = await readPixels(png, points, radius);
  return squares.map((square) => {
    const sum = [0, 0, 0];
    for (const pixel of square) for (let k = 0; k < 3; k++) sum[k]! += pixel[k]!;
    return sum.map((v) => Math.round(v / square.length)) as Rgb;
  });
}
