/**
 * When the page's first contentful frame has reached the screen (the paint-timing entry,
 * which Chromium, Firefox and Safari stamp with the frame's presentation time), so the
 * first view can be timed honestly and MapLibre's heavy start-up does not hold that frame
 * back. Falls back to two animation frames where paint timing is missing.
 */
export function firstContentfulPaint(fallback: () => Promise<number> = twoFrames): Promise<number> {
  const supported =
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  if (!supported) return fallback();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      resolve(entry.startTime);
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** performance.now() two animation frames from now: the next frame has been produced. */
export function twoFrames(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );
}

/** Sets `name` once, at `startTime` (later calls keep the first mark). */
export function markOnce(name: string, startTime: number): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name, { startTime });
}

/**
 * Resolves once the page's first contentful frame is on screen, or after `limit` ms (a
 * hidden page paints nothing, and what waits on this must start anyway).
 */
export function afterFirstPaint(limit = 500): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limit);
    void firstContentfulPaint().then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * When the element marked `elementtiming="<identifier>"` (an image) was first drawn on screen
 * (Element Timing's render time), or the first contentful paint where Element Timing is
 * missing.
 */
export function elementPainted(identifier: string): Promise<number> {
  const supported =
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('element');
  if (!supported) return firstContentfulPaint();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        identifier?: string;
        renderTime?: number;
        loadTime?: number;
      })[]) {
        if (entry.identifier !== identifier) continue;
        observer.disconnect();
        resolve(entry.renderTime || entry.loadTime || entry.startTime);
        return;
      }
    });
    observer.observe({ type: 'element', buffered: true });
  });
}
