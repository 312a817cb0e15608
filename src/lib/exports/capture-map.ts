/**
 * Reads the live map's canvas while it holds a frame. MapLibre clears its WebGL drawing
 * buffer after each frame, so the canvas is read inside the `render` event of a repaint
 * asked for here. MapView exposes the map as `window.__hohhotMap`; only the three methods
 * below are used, so this module does not import maplibre-gl. A frame is read once the map is
 * idle: a paint change (the theme drawn light for the image) eases in over a few frames.
 */
interface RenderingMap {
  getCanvas(): HTMLCanvasElement;
  once(type: 'render' | 'idle', listener: () => void): unknown;
  triggerRepaint(): void;
}

function liveMap(): RenderingMap | null {
  return (window as unknown as { __hohhotMap?: RenderingMap }).__hohhotMap ?? null;
}

/**
 * Run `read` on the map canvas during the first frame after the map is idle (its paint
 * transitions done) and return what it returns.
 */
export function withMapFrame<T>(read: (canvas: HTMLCanvasElement) => T | Promise<T>): Promise<T> {
  const map = liveMap();
  if (!map) return Promise.reject(new Error('the map is not ready'));
  return new Promise((resolve, reject) => {
    const readFrame = () => {
      try {
        resolve(read(map.getCanvas()));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    map.once('idle', () => {
      map.once('render', readFrame);
      map.triggerRepaint();
    });
    map.triggerRepaint();
  });
}
