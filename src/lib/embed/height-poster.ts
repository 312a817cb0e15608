/**
 * A framed map tells its host page how tall its content is, so the host can size the frame:
 * `{ type: 'hohhot-map:height', height }` (whole CSS pixels, rounded up), posted to the parent
 * when the height changes, and nothing else (docs/embed.md). On the start path: keep it tiny.
 */
export const HEIGHT_MESSAGE_TYPE = 'hohhot-map:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/** The message for a measured height, or null for one that is not a usable size. */
export function heightMessage(measured: number): HeightMessage | null {
  if (!Number.isFinite(measured) || measured <= 0) return null;
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(measured) };
}

/** A sender that passes a height on only when its whole-pixel value changes. */
export function heightSender(send: (message: HeightMessage) => void): (measured: number) => void {
  let last: number | null = null;
  return (measured) => {
    const message = heightMessage(measured);
    if (!message || message.height === last) return;
    last = message.height;
    send(message);
  };
}

/**
 * Post `element`'s height to the parent page while it is framed (a page that is not framed
 * posts nothing). Returns the cleanup.
 */
export function startHeightPoster(win: Window, element: HTMLElement): () => void {
  if (win.parent === win) return () => undefined;
  const send = heightSender((message) => win.parent.postMessage(message, '*'));
  const measure = () => send(element.getBoundingClientRect().height);
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  measure();
  return () => observer.disconnect();
}
